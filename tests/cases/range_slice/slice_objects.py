s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None, None, -1), slice(1, 2))
lst = list(range(10))
print(lst[s], lst[slice(3)], lst[slice(None, None, -1)], lst[slice(-3, None)], "abcdef"[slice(1, None, 2)])
print(s.indices(3), slice(None).indices(10), slice(-3, None, -1).indices(10), slice(0, 100, 3).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
class Sliceable:
    def __getitem__(self, key):
        return key
o = Sliceable()
print(o[1], o[1:2], o[::3], o[1:2, 3], o[...], o[:, 1], o["k"], o[-1:])
print(o[1:2].start, o[:].stop, o[::].step)
t = tuple(range(8))
print(t[1:7:2], t[::-3], t[-2:-8:-2], t[7:0:-1])
print("hello world"[-5:], "hello world"[:-6], "x"[5:10], [][1:], (1, 2)[::-1])
a = list(range(6))
a[slice(0, 2)] = ["s"]
print(a)
del a[slice(None, None, 2)]
print(a)
