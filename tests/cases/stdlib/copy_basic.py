# copy: shallow and deep copies, memo, __copy__/__deepcopy__, reduce protocol.
import copy

lst = [1, [2, 3], {"k": [4]}]
sh = copy.copy(lst)
dp = copy.deepcopy(lst)
print(sh == lst, sh is lst, sh[1] is lst[1], dp[1] is lst[1], dp[2]["k"] is lst[2]["k"], dp == lst)
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
for x in [1, 2.5, "s", b"b", None, True, 3j, range(3), len, int, Ellipsis, frozenset([1])]:
    print(type(x).__name__, copy.copy(x) is x, copy.deepcopy(x) is x)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s, copy.deepcopy({1: {2: 3}}))
ba = bytearray(b"ab")
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))

shared = [1, 2]
data = {"a": shared, "b": shared, "c": (shared, shared)}
d2 = copy.deepcopy(data)
print(d2["a"] is d2["b"], d2["c"][0] is d2["a"], d2["a"] is shared, d2)

rec = [1]
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2[1] is r2, r2[1] is rec, len(r2))
drec = {}
drec["self"] = drec
print(copy.deepcopy(drec)["self"] is not drec)

memo = {}
a = [1]
c1 = copy.deepcopy([a, a], memo)
print(c1[0] is c1[1], id(a) in memo, memo[id(a)] == [1], id(memo) in memo)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point([1], {"z": 2})
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.x is p.x, p3.x is p.x, type(p3).__name__, p3.__dict__)


class Hooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Hooks(self.v)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Hooks(copy.deepcopy(self.v, memo))


h = Hooks([1])
print(copy.copy(h).v, copy.deepcopy(h).v is h.v)


class Reduced:
    def __init__(self):
        self.a = 1
        self.b = [2]

    def __reduce__(self):
        return (Reduced, (), self.__dict__)

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)


r = Reduced()
rc = copy.deepcopy(r)
print(rc.a, rc.b, rc.b is r.b)
rs = copy.copy(r)
print(rs.b is r.b)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, "b"))


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
mlc = copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc.tag, mlc[1] is ml[1])
md = MyDict(a=[1])
mdc = copy.copy(md)
print(type(mdc).__name__, mdc, mdc["a"] is md["a"])


class WithState:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {"x": self.x * 10}


print(copy.copy(WithState()).x)


def gen():
    yield 1


try:
    copy.copy(gen())
except TypeError as e:
    print("TypeError", e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)


class Method:
    def m(self):
        return self


obj = Method()
bm = copy.deepcopy(obj.m)
print(bm() is obj, type(bm()).__name__)
for x in [copy, gen()]:
    try:
        copy.copy(x)
    except TypeError as e:
        print("TypeError", e)
    try:
        copy.deepcopy(x)
    except TypeError as e:
        print("TypeError", e)
