# BINARY_SUBSCR_{LIST_INT,TUPLE_INT,DICT}: warm up, then break the guards.


def get(c, k):
    return c[k]


lst = list(range(100, 250))
tup = tuple(lst)
print("list warm", sum(get(lst, i) for i in range(150)))
print("tuple warm", sum(get(tup, i) for i in range(150)))

# Negative and out-of-range indices at warmed sites.
print(get(lst, -1), get(lst, -150), get(tup, -1), get(tup, -150))
for c in (lst, tup, [], ()):
    for k in (150, -151, 2 ** 70, -(2 ** 70)):
        try:
            get(c, k)
        except IndexError as e:
            print("IndexError:", type(c).__name__, e)
# bool and int-subclass indices, non-int indices.
print(get(lst, True), get(tup, False))


class Idx(int):
    pass


class HasIndex:
    def __index__(self):
        return 3


print(get(lst, Idx(4)), get(lst, HasIndex()), get(tup, HasIndex()))
print(get(lst, slice(1, 4)), get(tup, slice(-2, None)))
for k in ("a", 1.0, None):
    try:
        get(lst, k)
    except TypeError as e:
        print("TypeError:", e)
    try:
        get(tup, k)
    except TypeError as e:
        print("TypeError:", e)


# list / tuple subclasses with __getitem__.
class RevList(list):
    def __getitem__(self, i):
        return "RevList[%r]" % (i,)


class PlainList(list):
    pass


class MyTuple(tuple):
    def __getitem__(self, i):
        return "MyTuple[%r]" % (i,)


print(get(RevList([1, 2]), 0), get(PlainList([7, 8]), 1), get(MyTuple((1,)), 0))

# Dict: warm up, then missing keys, __missing__, custom __eq__/__hash__.
d = {i: i * i for i in range(150)}
print("dict warm", sum(get(d, i) for i in range(150)))
try:
    get(d, 150)
except KeyError as e:
    print("KeyError:", e)
try:
    get({}, (1, "a"))
except KeyError as e:
    print("KeyError:", e, repr(e.args))
try:
    get({}, ("tuple-key",))
except KeyError as e:
    print("KeyError:", e)
print(get(d, 3.0), get(d, True), get({1.0: "one"}, 1))


class DD(dict):
    def __missing__(self, key):
        return "missing %r" % (key,)


class CountingDict(dict):
    def __getitem__(self, key):
        return "CountingDict[%r]" % (key,)


print(get(DD(a=1), "a"), get(DD(), "zz"), get(CountingDict(), 5))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v % 10)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v % 10 == other.v % 10


kd = {Key(i): i for i in range(10)}
print([get(kd, Key(i)) for i in range(100)][-5:])


class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash for you")


try:
    get(d, BadHash())
except RuntimeError as e:
    print("RuntimeError:", e)


class EqRaises:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("eq raised")


try:
    get({1: "x"}, EqRaises())
except ValueError as e:
    print("ValueError:", e)
try:
    get(d, [1])
except TypeError as e:
    print("TypeError:", e)

# One site seeing list, tuple, dict, str, range, bytes in turn.
containers = [lst, tup, d, "abcdefghij", range(5, 500), b"bytes-here", RevList([0])]
out = []
for i in range(200):
    c = containers[i % len(containers)]
    out.append(get(c, i % 5))
print(out[:7])
print(out[-7:])

# List mutated between accesses at warmed site.
m = [0] * 5
for i in range(120):
    if i == 100:
        m.clear()
    try:
        get(m, 2)
    except IndexError as e:
        print("IndexError at", i, e)
        break
