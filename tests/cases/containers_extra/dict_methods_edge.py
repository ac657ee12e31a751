def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: dict(1, 2)); t(lambda: dict([1])); t(lambda: dict([[1, 2, 3]])); t(lambda: dict(1))
t(lambda: {}.get()); t(lambda: {}.pop()); t(lambda: {}.popitem()); t(lambda: {}.update(1, 2))
t(lambda: {}.setdefault()); t(lambda: dict.fromkeys()); t(lambda: {}.keys(1)); t(lambda: {}.fromkeys(1))
t(lambda: dict.fromkeys([1], 2, 3)); t(lambda: {} | 1); t(lambda: hash({})); t(lambda: {}["x"])
t(lambda: dict(a=1, b=2)); t(lambda: dict([("a", 1)], b=2)); t(lambda: dict({"a": 1}, a=2)); t(lambda: dict(zip("ab", range(2))))
t(lambda: dict.fromkeys("abc")); t(lambda: dict.fromkeys(range(3), [])); t(lambda: {1: 2}.pop(1)); t(lambda: {1: 2}.pop(3, "d"))
t(lambda: {1: 2}.pop(3)); t(lambda: {}.get(1, 5)); t(lambda: {1: 2}.get(1))
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b", 7), d.setdefault("c"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); d.update(); print(d)
print(list(d.keys()), list(d.values()), list(d.items()), len(d.keys()), "x" in d.keys(), ("x", 1) in d.items(), 1 in d.values())
print(d.keys(), d.values(), d.items())
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
k = d.keys()
print(k & {"x", "q"}, sorted(k | {"q"}), sorted(k - {"x"}), sorted(k ^ {"x", "w"}), {"x", "nope"} & k, ["a", "x"] & k if False else None)
print(k == {"a", "x", "y", "z"}, k == {"x"}, k <= {"a", "x", "y", "z", "m"}, k.isdisjoint({"q"}), k.isdisjoint(["x"]))
print(d.items() & {("x", 1)}, d.items() == {("a", 1), ("x", 1), ("y", 2), ("z", 3), ("c", None)} , d.keys().mapping)
t(lambda: d.keys() & 1)
c = d.copy(); c["new"] = 1; print(len(c), len(d), c == d, type(c).__name__)
print({1: 2} | {3: 4}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3})
e = {"a": 1}
e |= {"b": 2}; e |= [("c", 3)]; print(e)
e.clear(); print(e, bool(e))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c["a"] += 1; c["a"] += 1
print(c, c["zz"], "zz" in c, c.get("zz"), len(c), type(c).__name__, isinstance(c, dict))
class D(dict):
    pass
dd = D(a=1)
dd["b"] = 2
print(dd, dd.copy(), type(dd.copy()).__name__, D.fromkeys("ab", 0), type(D.fromkeys("ab")).__name__, dd | {"c": 3}, type(dd | {}).__name__)
t(lambda: dd["missing"])
x = {}
x[1] = x
print(x)
it = iter({1: 2, 3: 4})
print(it.__length_hint__(), next(it), type(it).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
bad = {1: 1}
try:
    for kk in bad:
        bad[kk + 1] = 1
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(dict.__getitem__({1: 2}, 1), dict.__contains__({1: 2}, 1), dict.__len__({1: 2}))
