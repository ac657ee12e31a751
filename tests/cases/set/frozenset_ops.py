f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__, frozenset(), frozenset({5}))
g = f | {10}
print(type(g).__name__, sorted(g), type({10} | f).__name__)
print(sorted(f & {1, 2, 9}), sorted(f - {1}), sorted(f ^ frozenset([1, 7])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {f: "ok"}[frozenset([1, 2, 3])])
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
c = f.copy()
print(sorted(c), c == f, frozenset("ab") == {"a", "b"})
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print(sorted(frozenset(range(5)).union([7])), frozenset([1]).issubset({1, 2}))
