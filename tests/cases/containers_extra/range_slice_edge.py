def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: range()); t(lambda: range(1, 2, 3, 4)); t(lambda: range(1.5)); t(lambda: range(1, 2, 0))
t(lambda: range(a=1)); t(lambda: range(3).index(5)); t(lambda: range(3).index("a")); t(lambda: range(3).count("a"))
t(lambda: range(3)[5]); t(lambda: range(3)["a"]); t(lambda: range(True, 5)); t(lambda: range(10)[-1])
r = range(2, 20, 3)
print(r.start, r.stop, r.step, len(r), r[2], r[-1], 5 in r, 6 in r, 5.0 in r, "x" in r, r.index(8), r.count(8), r.count(9))
print(list(reversed(r)), list(reversed(range(0))), list(reversed(range(10, 0, -4))), bool(range(0)), bool(r))
print(range(0) == range(5, 5), range(1, 5, 10) == range(1, 2), range(3) == range(3), range(3) != range(4), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 9, 7)), hash(range(5)) == hash(range(0, 5, 1)))
print(range(5).__len__(), range(5).__getitem__(2), list(range(5).__iter__()), range(5).__contains__(4), range(3).__reversed__().__length_hint__())
print(type(iter(range(3))).__name__, type(reversed(range(3))).__name__, iter(range(5)).__length_hint__())
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(1, Idx()), list(range(Idx())))
t(lambda: slice()); t(lambda: slice(1, 2, 3, 4)); t(lambda: slice(1, 2).indices(-1)); t(lambda: hash(slice(1)))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(1, 2), s.indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1) != slice(2), [1, 2, 3, 4][slice(1, 3)], "hello"[slice(None, None, -1)])
t(lambda: slice(0, 1, 0).indices(3)); t(lambda: slice("a").indices(3))
print(range(10)[2:8:2], range(10)[::-1], range(10)[-3:], range(0, 10, 3)[1:])
