# COMPARE_OP_{INT,FLOAT,STR}: warm up, then compare mixed and unusual operands.
import math


def lt(a, b):
    return a < b


def eq(a, b):
    return a == b


def ge(a, b):
    return a >= b


def ne(a, b):
    return a != b


def run(pairs):
    return [(lt(a, b), eq(a, b), ge(a, b), ne(a, b)) for a, b in pairs]


ints = [(i, 75) for i in range(150)]
r = run(ints)
print("int", sum(x[0] for x in r), sum(x[1] for x in r), sum(x[2] for x in r))
floats = [(i / 3, 25.0) for i in range(150)]
r = run(floats)
print("float", sum(x[0] for x in r), sum(x[1] for x in r))
strs = [("k%03d" % i, "k075") for i in range(150)]
r = run(strs)
print("str", sum(x[0] for x in r), sum(x[1] for x in r))

# Big ints at warmed int sites.
print(run([(2 ** 64, 2 ** 64 + 1), (-(2 ** 100), 2 ** 100), (2 ** 64, 2 ** 64), (10 ** 30, -5)]))
# int/float mixes, precision edge cases.
print(run([(2 ** 53 + 1, float(2 ** 53)), (1, 1.0), (0, -0.0), (2 ** 1000, 1e300), (3, 2.9999999999999996)]))
# nan and inf.
nan = float("nan")
inf = float("inf")
print(run([(nan, nan), (nan, 1), (1, nan), (inf, inf), (-inf, 2 ** 2000), (inf, 10 ** 400)]))
# bools.
print(run([(True, 1), (False, 0.0), (True, False), (True, 2)]))
# str edge cases: empty, prefixes, non-ASCII ordering, surrogates-free astral.
print(run([("", ""), ("", "a"), ("ab", "a"), ("é", "z"), ("\U0001F600", "\uffff"), ("a", "a\x00")]))


# Subclasses with overridden comparisons.
class WeirdInt(int):
    def __lt__(self, other):
        return "WeirdInt.__lt__"

    def __eq__(self, other):
        return "WeirdInt.__eq__"

    __hash__ = int.__hash__


class WeirdStr(str):
    def __ge__(self, other):
        return "WeirdStr.__ge__"

    def __ne__(self, other):
        return "WeirdStr.__ne__"


print(run([(WeirdInt(1), 2), (2, WeirdInt(1))]))
print(run([(WeirdStr("a"), "b"), ("b", WeirdStr("a"))]))

# Mismatched types: == works, < raises TypeError.
for a, b in [(1, "1"), ("a", 1), (1.5, None), ([1], (1,))]:
    print(eq(a, b), ne(a, b))
    try:
        lt(a, b)
    except TypeError as e:
        print("TypeError:", e)

# Chained comparisons and results used in branches at warmed sites.
def between(lo, x, hi):
    return lo <= x < hi


print(sum(between(10, i, 20) for i in range(150)), between(0.5, 1, 2), between("a", "b", "c"))
print(between(1, 1.5, 2), between(1, nan, 2))


# Many types through the same comparison site.
vals = [1, 2.5, "s", 3, 0.5, "t", True, 2 ** 80]
cnt = {"T": 0, "F": 0, "E": 0}
for i in range(200):
    a = vals[i % 8]
    b = vals[(i // 8) % 8]
    try:
        cnt["T" if lt(a, b) else "F"] += 1
    except TypeError:
        cnt["E"] += 1
print(cnt)


# Comparisons whose result is not a bool.
class Vec:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [self.v < other.v]


print(lt(Vec(1), Vec(2)), bool(lt(Vec(2), Vec(1))))
print(math.isclose(0.1 + 0.2, 0.3), eq(0.1 + 0.2, 0.3))
