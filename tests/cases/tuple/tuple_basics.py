t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(2), t.index(2, 2))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x for x in "xy"))
print(1, 2 == (1, 2), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99))
print(t + (4,), t * 2, 2 * (0,), (1,) * 0, 3 in t, 9 not in t)
a, b, c, d = t
print(a, b, c, d)
single = 5,
print(single, type(single).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2, 3)), hash((-1, 0)))
print({(1, 2): "a", (3,): "b"}[(1, 2)])
m = ([1], 2)
m[0].append(3)
print(m)
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError:", e)
print(repr((1, "a", None)), str(("é",)), max((3, 1)), sorted((3, 1, 2)), sum((1, 2)))
