# array.array: odd arguments, big repeats, self-referential and re-entrant updates.
from array import array as A
import array
tests = [
    lambda: A.__new__(A), lambda: A.append(A("i")), lambda: A("i", [1], 3),
    lambda: A(typecode="i"), lambda: A("d", [0.0]) * (10 ** 15), lambda: A("i", [1]) * (2 ** 70),
    lambda: A("i", range(3))[::0], lambda: A("i", [1, 2]).index(), lambda: A("i").pop(1, 2),
    lambda: A("i", [1, 2, 3]).__getitem__(slice(2 ** 80, None)), lambda: A("u", "abc")[1:],
    lambda: A("i", [3]).__setitem__(-1, 2 ** 31 - 1), lambda: A("d").__delitem__(slice(None, None, -1)),
    lambda: A("b", [1, 2, 3, 4, 5]).__delitem__(slice(None, None, -2)),
    lambda: A("i", [1]) == 1,
    lambda: 3 * A("u", "ab"), lambda: A("i", [1]).__iadd__([1]), lambda: A("i").extend(5),
    lambda: A("i", [1, 2]).tobytes().hex(), lambda: A("B", memoryview(b"xy")),
    lambda: A("d", [1]).fromfile(None, -1), lambda: A("i", [5]).__copy__(), lambda: A("d", "").__len__(),
    lambda: A("u", [1.5]), lambda: A("u", ["ab"]), lambda: list(map(A("h", [7, 8]).__getitem__, [0, -1])),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
a = A("i", [1, 2, 3])
a.extend(a); a[::2] = a[:3]; a[5:1] = a; print(a)
class Bad:
    def __index__(self):
        a.extend(range(10)); return 0
a = A("i", [1])
a[Bad()] = 5
print(a)
