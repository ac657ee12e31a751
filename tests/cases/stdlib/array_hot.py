# array.array: item reads and stores in hot loops (specialized paths and their fallbacks).
from array import array as A


def fill(a, vals):
    out = []
    for k in range(len(vals)):
        try:
            a[k - 2] = vals[k]
            out.append(a[k - 2])
        except (TypeError, OverflowError, IndexError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


for tc, vals in [("d", [1.5, 2, -3, 1e300, True, 2.5] * 3 + ["x", 1 << 70, 7.0]),
                 ("f", [1.5, 0.1, 2, 1e300] * 3 + [None, 3.0]),
                 ("i", [1, 2, -3, 2 ** 31, 4, 5] * 3 + [1.5, 2 ** 70, -2 ** 31]),
                 ("l", [1, 2 ** 62, -3, 2 ** 63, 5] * 3 + ["s", 8]),
                 ("B", [1, 255, 256, -1, 7] * 3),
                 ("b", [1, 127, 128, -128] * 3),
                 ("H", [1, 65535] * 5), ("Q", [2 ** 64 - 1, 3] * 5),
                 ("u", ["a", "b", "cd"] * 4)]:
    a = A(tc, [0] * 30) if tc != "u" else A("u", "z" * 30)
    print(tc, fill(a, vals))
    print(tc, a)

a = A("d", [0.0] * 5)
total = 0.0
for rep in range(200):
    for k in range(-5, 5):
        a[k] = a[k] + k * 0.5
        total += a[k]
print(a, total)
b = A("i", range(10))
s = 0
for rep in range(100):
    for k in range(12):
        try:
            s += b[k]
            b[k] = b[k] + 1
        except IndexError as e:
            s -= 1
print(b, s)
class D(A):
    pass
d = D("d", [1.0, 2.0])
for k in range(50):
    d[k % 2] = d[k % 2] * 1.5 if k < 40 else d[1 - k % 2]
print(d, type(d[0]).__name__)
xs = [A("d", [1.0]), [2.0], (3.0,), A("i", [4])]
print([x[0] for x in xs * 20][-4:])
