class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = Default(a=1)
print(d["a"], d["zz"], "zz" in d, d.get("zz"), len(d))
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for w in "the cat and the hat and the bat".split():
    c[w] += 1
print(c, type(c).__name__, isinstance(c, dict))
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper()
u["abc"] = 1
print(u, u.get("ABC"))
u.update({"x": 2})
print(u)
print(dict(u), u == {"ABC": 1, "x": 2})
