# array.array: construction, typecodes, sequence protocol, methods.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A, A.__module__)
for tc in "bBhHiIlLqQfd":
    a = A(tc, [1, 2, 3])
    print(tc, a, a.itemsize, a.typecode, len(a), a[0], a[-1], type(a[1]).__name__)
print(A("u", "héllo"), A("u"), A("d"), A("i", range(4)), A("d", [0]) * 3)
print(A("d", [1, 2.5, True]), A("f", [0.1, 1e39, -2.5]), A("b", b"\x01\xff"), A("B", bytearray(b"ab")))

a = A("i", [5, 1, 4])
a.append(2)
a.extend([7, 7])
a.extend(A("i", [9]))
a.insert(0, 0)
a.insert(100, 100)
a.insert(-1, -1)
print(a, a.count(7), a.index(7), a.index(7, 6), 4 in a, 42 in a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(7)
a.reverse()
print(a, a.tolist(), list(a), [x * 2 for x in a])
a.fromlist([10, 11])
print(a, a[1:3], a[::-1], a[::2], type(a[1:2]).__name__)
a[0] = 99
a[-1] = -99
a[1:3] = A("i", [4, 4, 4])
del a[0]
del a[::3]
print(a)
b = a + A("i", [1])
b += A("i", [2])
print(b, a * 2, 2 * A("h", [3]), A("b", [1]) * 0)
b *= 2
print(b, len(b))
c = A("d", [1.0, 2.0])
print(c == A("d", [1, 2]), c == A("f", [1, 2]), c != A("d"), c < A("d", [1, 3]), A("i", [1]) >= A("i", [1]),
      c == [1.0, 2.0], A("i", [1, 2]) == A("d", [1.0, 2.0]))
print(A("i", [1, 2]).tobytes(), A("h", [-2]).tobytes(), A("d", [1.5]).tobytes(), A("f", [0.5]).tobytes())
print(A("u", "ab").tobytes(), A("Q", [2 ** 64 - 1]).tobytes(), A("b", [-1, 2]).tobytes())
e = A("i")
e.frombytes(b"\x01\x00\x00\x00\xff\xff\xff\xff")
print(e, A("H", b"\xff\xff"), A("q", A("q", [-5]).tobytes()), A("L", b"\xff" * 8), A("f", A("f", [3.25]).tobytes()))
s = A("h", [1, 256])
s.byteswap()
print(s, A("u", "xyz").tounicode())
u = A("u", "ab")
u.fromunicode("cd")
print(u, u[1], u.tounicode())
print(A("d", A("i", [1, 2])), A("i", A("i", [3])))
import copy
orig = A("i", [1, 2])
cp = copy.copy(orig) if hasattr(copy, "copy") else orig
print(cp, cp is orig)
it = iter(A("b", [1, 2, 3]))
print(next(it), list(it))
print(sum(A("d", [0.5] * 4)), max(A("i", [3, 9, 2])), sorted(A("i", [3, 1, 2])))
print(A("i", [1, 2, 3]).buffer_info()[1], hasattr(A, "__class_getitem__"))
