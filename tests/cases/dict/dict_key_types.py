d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool true"
print(d, len(d))
d2 = {0: "zero", False: "false", 0.0: "float zero"}
print(d2)
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __repr__(self):
        return f"Key({self.k!r})"
kd = {Key("a"): 1, Key("b"): 2}
print(kd[Key("a")], Key("c") in kd, kd)
kd[Key("a")] = 100
print(kd, len(kd))
t = {(1, 2): "tuple", (1, (2, 3)): "nested", frozenset({1, 2}): "fs", None: "none", "": "empty str", b"": "empty bytes"}
print(t[(1, 2)], t[(1, (2, 3))], t[frozenset({2, 1})], t[None], t[""], t[b""])
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return f"C{self.v}"
cd = {Collide(i): i for i in range(5)}
print(cd, cd[Collide(3)], len(cd))
del cd[Collide(2)]
print(cd, Collide(2) in cd)
nan = float("nan")
nd = {nan: "nan"}
print(nd[nan], float("nan") in nd)
try:
    {}[[1]] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    {{1: 2}: 3}
except TypeError as e:
    print("TypeError:", e)
