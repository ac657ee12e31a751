# list.sort / sorted: stability, key, reverse, errors, mutation during sort
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'x')]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[0], reverse=True))
l = list(range(100, 0, -3)) + list(range(50))
l.sort()
print(l[:10], l[-5:], len(l))
import_order = [5, 3, 8, 1, 9, 2, 7]
import_order.sort(reverse=True)
print(import_order)
for bad in ([1, "a"], ["a", 1], [None, 1], [1, 2, None], [3, 1, None], [1.5, "x", 2]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "K(%d)" % self.v
ks = [K(3), K(1), K(2), K(1)]
ks.sort()
print(ks)
log = []
class L:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
sorted([L(i) for i in [4, 2, 5, 1, 3]])
print(log)
x = [3, 1, 2]
def bad_key(v):
    x.append(v)
    return v
try:
    x.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e)
print(x)
y = [3, 1, 2]
def raising_key(v):
    if v == 2:
        raise KeyError(v)
    return v
try:
    y.sort(key=raising_key)
except KeyError as e:
    print("KeyError:", e)
print(y)
z = [3, 1, 2]
def peek(v):
    print("during sort:", z, len(z))
    return v
z.sort(key=peek)
print(z)
print(sorted("hello world"), sorted({3: 1, 1: 2}), sorted([], key=len))
e = []
e.sort(key=1)
print(e)
try:
    [].sort(1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    sorted([2, 1], key=1)
except TypeError as ex:
    print("TypeError:", ex)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
big = [(i * 7919) % 1000 for i in range(300)]
print(sorted(big) == sorted(big, key=lambda v: v), sorted(big)[:5], sorted(big, reverse=True)[:5])
