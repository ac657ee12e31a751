a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([4, 10])))
print(a <= a, {1} < a, a < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s))
s.update([5, 6], {7})
s.discard(100)
s.discard(5)
s.remove(6)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
p = s.pop()
print(p in {1, 3, 7}, len(s))
s.clear()
print(s, set(), len(set("hello")), sorted(set("hello")), {1}, {"single"}, {(1, 2)})
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
x = {1, 2, 3}
x &= {2, 3, 4}
print(sorted(x))
x |= {10}
x -= {2}
x ^= {3, 11}
print(sorted(x))
x.intersection_update([10, 11, 12])
print(sorted(x))
x.difference_update([10])
x.symmetric_difference_update([11, 99])
print(sorted(x))
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), {1} != {1.0}, {0} == {False})
print(1 in {1, 2}, [1] in [[1]], 5 not in set())
