def min_max(seq):
    return min(seq), max(seq)
lo, hi = min_max([3, 9, 1, 7])
print(lo, hi, min_max("hello"), type(min_max([1])).__name__)
def divmod_manual(a, b):
    return a // b, a % b
print(divmod_manual(17, 5), divmod_manual(-17, 5) == divmod(-17, 5))
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
t = 1, 2, 3
print(t, len(t), t * 2, t[::-1], sum(t))
nested = (1, (2, (3, (4,))))
print(nested[1][1][1][0], str(nested))
print(tuple(i * i for i in range(5)), tuple(), tuple("a"), (1,) == tuple([1]))
coords = [(1, 2), (3, 4), (-1, 0)]
print(sorted(coords, key=lambda p: p[0] ** 2 + p[1] ** 2), max(coords), min(coords, key=lambda p: p[1]))
print((1, 2) + (3,), (0,) * 3, (1, 2) in [(1, 2)], ((1, 2),) * 2)
record = ("Ann", 30, ("NYC", "USA"))
name, age, (city, country) = record
print(f"{name} ({age}) from {city}, {country}")
print(t.count(2), t.index(3), (1, 1, 1).count(1), tuple(reversed(t)))
print(hash((1, 2, 3)) == hash(t), {t: "tuple key"}[(1, 2, 3)])
