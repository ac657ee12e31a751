# STORE_SUBSCR_{LIST_INT,DICT}: warm up, then break the guards.


def put(c, k, v):
    c[k] = v


lst = [0] * 150
for i in range(150):
    put(lst, i, i * 2)
print("list warm", sum(lst), lst[:5])
put(lst, -1, "last")
put(lst, -150, "first")
print(lst[0], lst[-1])
for k in (150, -151, 2 ** 70):
    try:
        put(lst, k, 0)
    except IndexError as e:
        print("IndexError:", e)
put(lst, True, "true-index")
print(lst[1])
put(lst, slice(0, 148), [])
print(lst)
for k in ("a", 1.5):
    try:
        put(lst, k, 0)
    except TypeError as e:
        print("TypeError:", e)

# Tuples and strings at the warmed site.
for c in ((1, 2), "ab", frozenset()):
    try:
        put(c, 0, 9)
    except TypeError as e:
        print("TypeError:", e)

d = {}
for i in range(150):
    put(d, i % 50, i)
print("dict warm", len(d), d[0], d[49])
put(d, 1.0, "float-key")
put(d, True, "bool-key")
print(d[1], len(d))
try:
    put(d, [1], 0)
except TypeError as e:
    print("TypeError:", e)


class LoggingList(list):
    def __setitem__(self, k, v):
        list.__setitem__(self, k, ("logged", v))


class LoggingDict(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, ("logged", v))


class PlainDict(dict):
    pass


ll = LoggingList([0, 0])
put(ll, 1, "x")
ld = LoggingDict()
put(ld, "k", "v")
pd = PlainDict()
put(pd, "k", "v")
print(ll, ld, pd)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 3

    def __eq__(self, other):
        return self.v % 3 == other.v % 3

    def __repr__(self):
        return "Key(%d)" % self.v


kd = {}
for i in range(100):
    put(kd, Key(i), i)
print(kd)

# Dict mutated while being filled through the same site from a __hash__.
class SneakyKey:
    def __init__(self, target, v):
        self.target = target
        self.v = v

    def __hash__(self):
        self.target["sneaky"] = self.v
        return 7

    def __eq__(self, other):
        return False


sd = {}
put(sd, SneakyKey(sd, 1), "a")
print(sorted(map(str, sd.values())))

# Polymorphic site: list, dict, bytearray, custom object.
class Sink:
    def __init__(self):
        self.log = []

    def __setitem__(self, k, v):
        self.log.append((k, v))


targets = [[0] * 10, {}, bytearray(10), Sink()]
for i in range(160):
    put(targets[i % 4], i % 10, i % 256)
print(targets[0], sorted(targets[1].items())[:3], targets[2], targets[3].log[-2:])

# Augmented item assignment (BINARY_SUBSCR + STORE_SUBSCR) on warmed sites.
counts = [0] * 5
hist = {}
for i in range(200):
    counts[i % 5] += i
    hist[i % 7] = hist.get(i % 7, 0) + 1
print(counts, sorted(hist.items()))
counts[2] += 2 ** 70
print(counts[2])
