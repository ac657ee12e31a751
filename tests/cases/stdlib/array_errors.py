# array.array: range checks and error messages.
from array import array as A

for tc, vals in [("b", (127, 128, -128, -129)), ("B", (255, 256, -1)),
                 ("h", (2 ** 15, -2 ** 15 - 1)), ("H", (2 ** 16, -1)),
                 ("i", (2 ** 31, -2 ** 31 - 1)), ("I", (2 ** 32 - 1, 2 ** 32, -1, 2 ** 64)),
                 ("l", (2 ** 63 - 1, 2 ** 63, -2 ** 63 - 1)), ("L", (2 ** 64 - 1, 2 ** 64, -1)),
                 ("q", (2 ** 63, -2 ** 63)), ("Q", (2 ** 64 - 1, 2 ** 64, -1)),
                 ("i", (1.5, "a", None)), ("d", ("a", None, 10 ** 400)), ("f", ("x",)),
                 ("u", ("ab", 1))]:
    for v in vals:
        try:
            A(tc, [v])
            print(tc, v, "ok")
        except (OverflowError, TypeError) as e:
            print(tc, v, type(e).__name__, e)

a = A("i", [1, 2, 3])
bad = [
    lambda: a.__setitem__(slice(0, 1), [1]), lambda: a + [1], lambda: a.extend(A("d")),
    lambda: a.extend([1.0]), lambda: a[5], lambda: a[-4], lambda: a.pop(7),
    lambda: A("i").pop(), lambda: a.remove(9), lambda: a.index(9), lambda: a["x"],
    lambda: A(5), lambda: A("z"), lambda: A("ab"), lambda: A("d", "abc"),
    lambda: A("u", [1]), lambda: a.frombytes(b"abc"), lambda: a * "x",
    lambda: a.insert("x", 1), lambda: A("i", A("d", [1.0])), lambda: a.__setitem__(0, 2 ** 40),
    lambda: a.fromlist((1,)), lambda: a.fromlist([1, "x"]),
    lambda: a.__setitem__(slice(0, 3, 2), A("i", [9])), lambda: a.__setitem__(7, 1),
    lambda: a.__delitem__(9), lambda: A("i").tounicode(), lambda: a.frombytes("s"),
    lambda: A("i", [1]) + A("d", [1]), lambda: a.append("s"),
]
for f in bad:
    try:
        f()
        print("ok", a)
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
print(a)
