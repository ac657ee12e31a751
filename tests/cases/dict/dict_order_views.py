d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d), d)
d["alpha"] = 100
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d))
ks = d.keys()
vs = d.values()
it = d.items()
print(ks, vs, it)
d["new"] = 1
print(len(ks), list(ks), list(vs), list(it)[-1])
print("mid" in ks, 100 in vs, ("beta", 4) in it, ("beta", 5) in it)
print(sorted(ks & {"mid", "nope"}), sorted(ks | {"q"}), sorted(ks - {"alpha"}), sorted(ks ^ {"mid", "zz"}))
print(ks == {"mid", "beta", "alpha", "zeta", "new"}, sorted(it & {("new", 1)}))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[0])
try:
    for k in d:
        d["added"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(ks).__name__, type(vs).__name__, type(it).__name__)
print({1: 2}.keys() == {1}, {1: 2}.values() == {1: 2}.values())
