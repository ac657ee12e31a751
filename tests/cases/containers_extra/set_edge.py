def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: set(1, 2)); t(lambda: set(a=1)); t(lambda: set().pop()); t(lambda: set().remove(1))
t(lambda: frozenset(1, 2)); t(lambda: set().add()); t(lambda: set.add(frozenset(), 1)); t(lambda: hash(set()))
t(lambda: set() | [1]); t(lambda: frozenset().add); t(lambda: set().issubset(1)); t(lambda: set().union(1))
t(lambda: set() < [1]); t(lambda: {1} <= frozenset()); t(lambda: set([1]) == frozenset([1])); t(lambda: {1, 2} > {1})
t(lambda: hash(frozenset({1, 2}))); t(lambda: hash(frozenset())); t(lambda: hash(frozenset(["a"])) == hash(frozenset("a")))
t(lambda: hash(frozenset({1, 2, 3, (4, 5)}))); t(lambda: hash(frozenset([frozenset([1]), frozenset()])))
t(lambda: hash(frozenset(range(100)))); t(lambda: hash(frozenset([-1, -2, 2**70])))
s = {1, 2, 3}
s.add(4); s.discard(10); s.discard(1); s.remove(2)
print(s, len(s), 3 in s, 1 in s)
print(s.pop(), s)
s.update([5, 6], (7,), "") ; print(sorted(s))
print(sorted({1, 2, 3}.union([4], {5})), sorted({1, 2, 3}.intersection([2, 3, 4], {3, 2})), {1, 2, 3}.difference([1], [2]), sorted({1, 2}.symmetric_difference([2, 3])))
a = {1, 2, 3, 4}
a.intersection_update({1, 2, 9}, [2, 1]); print(sorted(a))
a.difference_update([1]); print(a)
a.symmetric_difference_update([2, 8]); print(a)
a.difference_update(a); print(a)
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint([2]), {1}.isdisjoint({1}), {1, 2} < {1, 2}, {1} < {1, 2})
b = {1, 2}
bb = b
b |= {3}; b &= {1, 3, 4}; b -= {1}; b ^= {5}
print(b)
f = frozenset([1, 2])
g = f
f |= {3}
print(f, g, f is g, type(f).__name__, type(f | {9}).__name__, type({9} | f).__name__, frozenset(f) is f, f.copy() is f)
print({frozenset([1]): "x"}[frozenset([1])], {1, 2} == {2, 1}, {1} != {1}, set() == frozenset())
print(set("aabbc") == {"a", "b", "c"}, len(set(range(10)) - set(range(5))), {x % 3 for x in range(10)})
class S(set):
    pass
class FS(frozenset):
    pass
x = S([1, 2])
x.add(3)
print(x, S(), FS([1]), FS(), type(x | {4}).__name__, type(x.copy()).__name__, len(x), 2 in x, isinstance(x, set))
print({1, 2} & S([2]), set.__contains__({1}, 1), set.__len__({1, 2}))
print(set([frozenset([1])]).__contains__({1}))
e = {1}
e.discard({1})
print(e, set.union({1}), frozenset.union(frozenset([1]), [2]))
t(lambda: {1}.remove({2}))
it = iter({1, 2, 3})
print(type(it).__name__, it.__length_hint__(), next(it))
