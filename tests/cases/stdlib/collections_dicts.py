# defaultdict, OrderedDict, Counter, ChainMap.
from collections import ChainMap, Counter, OrderedDict, defaultdict

dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
dd["a"].append(2)
print(dd, dict(dd), dd.default_factory, "c" in dd, dd.get("c"), len(dd))
dn = defaultdict(None, {1: 2})
print(dn, dn.default_factory)
try:
    dn[5]
except KeyError as e:
    print("KeyError", e)
di = defaultdict(int, a=3)
di["x"] += 1
print(di, isinstance(di, dict), type(di.copy()).__name__, di.copy() == di)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
print(defaultdict(int) | {1: 2}, repr(defaultdict()), {2: 3} | defaultdict(str))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.keys()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
o1 = OrderedDict([(1, 1), (2, 2)])
o2 = OrderedDict([(2, 2), (1, 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, OrderedDict(), OrderedDict.fromkeys("ab", 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
print(o1 | {3: 3}, type(o1.copy()).__name__)

c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c), c.total())
print(c.most_common(2), c.most_common(), c.most_common(0))
print(sorted(c.elements()))
c.update("aaz")
c.update({"b": 10})
c.subtract(a=100)
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
print(Counter(), Counter({"x": 2}), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
cc = Counter(a=1)
del cc["nope"]
del cc["a"]
print(cc)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)
ci = Counter(a=5)
ci -= Counter(a=2, b=1)
print(ci)

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), "a" in cm, cm.get("q", 0))
cm["d"] = 4
print(over, base, cm)
child = cm.new_child()
child["a"] = 100
print(child["a"], cm["a"], child.parents == cm, len(child.maps))
try:
    del cm["a"]
except KeyError as e:
    print("KeyError", e)
print(dict(ChainMap({1: 1}, {2: 2})), ChainMap())
