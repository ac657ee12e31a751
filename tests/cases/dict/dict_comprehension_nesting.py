squares = {n: n * n for n in range(6)}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"]["c"])
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(matrix)
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(dict(sorted({"b": 1, "a": 2}.items())))
print(max(counts, key=counts.get), min(counts.values()))
