d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], d.get("two"), d.get("nine"), d.get("nine", 9))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("one"), d.pop("missing", "dflt"), d)
print(d.setdefault("two", 99), d.setdefault("four", 4), d)
d.update({"five": 5}, six=6)
d.update([("seven", 7)])
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["two"] = "changed"
print(d, c)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
d.clear()
print(d, bool(d))
print(dict(a=1, b=2), dict([("k", "v"), ("k2", "v2")]), dict({"z": 0}, y=1), dict(zip("ab", [1, 2])), dict())
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} != {1: 2})
print("one" in {"one": 1}, 1 in {"one": 1}, "x" not in {})
