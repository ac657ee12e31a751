data = [("alice", (30, "NYC")), ("bob", (25, "LA"))]
for name, (age, city) in data:
    print(f"{name} is {age} in {city}")
pairs = {"a": 1, "b": 2}
for i, (k, v) in enumerate(pairs.items()):
    print(i, k, v)
matrix = [[1, 2], [3, 4]]
for (a, b), row in zip(matrix, ["r1", "r2"]):
    print(a, b, row)
print([a * b for a, b in matrix])
print({k: v for (k, v) in [("x", 1)]})
points = [(1, 2, 3), (4, 5, 6)]
xs, ys, zs = zip(*points)
print(xs, ys, zs)
((a, b), (c, d)) = ((1, 2), (3, 4))
print(a, b, c, d)
[[e]] = [[5]]
print(e)
def swap_pairs(seq):
    return [(b, a) for a, b in seq]
print(swap_pairs([(1, "one"), (2, "two")]))
s = "k1=v1;k2=v2"
print(dict(item.split("=") for item in s.split(";")))
head, *_, tail = "abcdef"
print(head, tail)
_, middle, _ = (1, 2, 3)
print(middle)
