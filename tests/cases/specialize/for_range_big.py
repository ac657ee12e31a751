# FOR_ITER_RANGE warmed on small ranges, then ranges beyond 64-bit bounds.


def total(it):
    s = 0
    for x in it:
        s += x
    return s


def collect(it):
    out = []
    for x in it:
        out.append(x)
    return out


print("warm", [total(range(i)) for i in range(150)][-1], [collect(range(i)) for i in range(100)][-1][-3:])
print(total(range(2 ** 63 - 2, 2 ** 63 + 2)), total(range(-(2 ** 63) + 1, -(2 ** 63) - 2, -1)))
print(total(range(0, 2 ** 100, 2 ** 98)), total(range(2 ** 64, 0, -(2 ** 62))))
print(collect(range(2 ** 63 - 2, 2 ** 63 + 1)))
print(collect(range(9223372036854775806, 9223372036854775800, -2)))
print(total(range(2 ** 63 - 1, 2 ** 63 + 1)), collect(range(-(2 ** 63), -(2 ** 63) - 3, -1)))
print(range(2 ** 64)[-1], collect(range(2 ** 64, 2 ** 64 + 2)))
