nums = [5, 3, 5, 1, 3, 9, 1]
print(sorted(set(nums)), sorted({n % 4 for n in nums}), len({n for n in nums if n > 2}))
seen = set()
ordered = []
for n in nums:
    if n not in seen:
        seen.add(n)
        ordered.append(n)
print(ordered)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted({w[0] for w in words}), len(set("".join(words))))
print(sorted({(x, y) for x in range(3) for y in range(3) if x + y == 2}))
print(sorted({1, 2, 3} - {2}), {True, 1, 1.0}, {0.0, -0.0, 0}, sorted({2 ** 64, 2 ** 64 + 0.0, 1}))
print(sorted(map(sorted, [{3, 1}, {2}])))
