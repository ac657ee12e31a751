s = {3, 1, 2}
print(sorted(s), len(s), min(s), max(s), sum(s), 2 in s, sorted(s, reverse=True))
t = s.copy()
t.add(10)
print(sorted(s), sorted(t), s < t, t > s, s.issubset(t), t.issuperset(s))
print(sorted({(1, 2), (1, 2), (2, 1)}), sorted({frozenset({1}), frozenset({1})}, key=len))
print(set() == set(), set() == frozenset(), {1, 2} == {1, 2.0}, {0, False, 0.0} == {0})
print(sorted(set("abracadabra") - set("abc")), sorted(set("abc") | set("cde")))
u = set()
for word in "one two three two one".split():
    u.add(word)
print(sorted(u), len(u))
print(sorted({x for x in range(10)} & {x * 2 for x in range(10)}))
print(set([1, 2]).isdisjoint([3, 4]), {1}.isdisjoint({1}), set().isdisjoint(set()))
print(sorted({-1, -5, 3, 0}), sorted({"b", "a", "c"}), sorted({2.5, 1, 3}))
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({2})), str({(1,)}))
s2 = {1, 2, 3}
print(s2.discard(2), s2.add(2), sorted(s2), s2.remove(2), sorted(s2), s2.update(), sorted(s2))
try:
    s2 < [1]
except TypeError as e:
    print("TypeError:", e)
try:
    s2 | [1]
except TypeError as e:
    print("TypeError:", e)
print(sorted(s2.union([9], (8,), {7})), type(frozenset([1]) | {2}).__name__)
