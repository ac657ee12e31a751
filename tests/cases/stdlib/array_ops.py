# array.array: slices, subclasses, iteration, copies, comparisons, bytes round trips.
import array, copy
from array import array as A

a = A("d", [1.5, -2.0, 3.25, 0.0, 7.0])
print(a[1:4], a[::-2], a[-2:], a[10:], a[:0], a[-100:2])
a[1:3] = A("d", [9.0])
print(a)
a[::2] = A("d", [0.5, 0.25])
print(a)
del a[::-2]
print(a)
a[len(a):] = A("d", [1, 2, 3])
a[:1] = a
print(a, len(a))
del a[1:-1]
print(a, bool(a), bool(A("i")))

it = iter(A("i", [1, 2, 3]))
print(type(it).__name__, hasattr(it, "__length_hint__"), list(it), list(it))
print(list(reversed(A("h", [1, 2, 3]))), list(enumerate(A("B", b"ab"))))

class MyArr(A):
    def total(self):
        return sum(self)

m = MyArr("i", [4, 5, 6])
print(type(m).__name__, m, m.total(), len(m), m[1], m[1:], isinstance(m, A), m == A("i", [4, 5, 6]))
m.append(7)
m[0] = 1
print(m, m.tolist(), 5 in m, list(m))

c = A("l", [1, 2, 3])
d = copy.copy(c)
e = copy.deepcopy(c)
d.append(4)
print(c, d, e, c is e)
print(c.__reduce_ex__(2))
print(A("i", [1, 2]) < A("i", [1, 2, 0]), A("i", [2]) > A("i", [1, 9]), A("d", [float("nan")]) == A("d", [float("nan")]))
print(A("i", [1, 2]) == A("l", [1, 2]), A("b", [1]) != A("B", [1]), A("u", "ab") == A("u", "ab"), A("u", "a") < A("u", "b"))
try:
    print(A("i", [1]) < A("u", "a"))
except TypeError as ex:
    print("TypeError", ex)
print(A.__hash__)
for tc in "bBhHiIlLqQfd":
    x = A(tc, "ab" if tc == "u" else [1, 2])
    y = A(tc, x.tobytes())
    x.byteswap()
    print(tc, y == A(tc, "ab" if tc == "u" else [1, 2]), x.tobytes().hex())
print(A("i", [1, 2, 1, 1]).count(1), A("d", [1.0, 2.0]).index(2), A("d", [1.0, 2.0]).count(1), 2.0 in A("i", [2]))
a = A("i", [1, 2, 3])
a.extend(a)
a += a
a *= 2
print(a, len(a))
a *= 0
print(a, A("i", [1]) * -1)
a = A("i", [1, 2, 3])
a.extend((x * 10 for x in range(3)))
a.extend(range(2))
print(a)
try:
    a.extend([4, 2 ** 40, 5])
except OverflowError as ex:
    print("OverflowError", ex, a)
print(a.pop(-1), a.pop(1), a)
a.insert(-100, 42)
a.insert(100, 43)
print(a)
print(A("f", [1 / 3]), A("f", [1e300]), A("d", range(3)), A("q", [-(2 ** 63)]), A("Q", [2 ** 63]))
print(A("I", [4294967295])[0], A("L", [2 ** 64 - 1])[0], A("b", [-128])[0], A("B", A("b", [5])))
b = A("B", b"abc")
b.frombytes(bytearray(b"de"))
b.fromlist([1, 2])
print(b, b.buffer_info()[1], b.itemsize, A("u").itemsize, A("d").typecode)
try:
    A("i", [1, 2]).__setitem__(slice(None), [1])
except TypeError as ex:
    print("TypeError", ex)
try:
    A("i", [1])[2 ** 100]
except IndexError as ex:
    print("IndexError", ex)
try:
    A("i", [1]).index(1, 1)
except ValueError as ex:
    print("ValueError", ex)
print(A("i", [5, 6, 5]).index(5, 1), A("i", [5, 6, 5]).index(5, -1))
print(repr(A("u", "it's")), str(A("d", [1e100, -0.0])), A("i", [True, False]))
print(sorted(A("d", [3, 1, 2]), reverse=True), max(A("f", [0.5, 0.25])), sum(A("Q", [2 ** 63, 2 ** 63])))
class Idx:
    def __index__(self):
        return 1
print(A("i", [1, 2, 3])[Idx()], A("h", [Idx()]), A("d", [Idx()]))
