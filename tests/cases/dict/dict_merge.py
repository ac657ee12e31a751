a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
print({**a, **b}, {**b, "extra": True, **a})
def f(**kw):
    return kw
print(f(**a, **{"q": 9}))
try:
    f(**a, **{"x": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    a | [("k", 1)]
except TypeError as e:
    print("TypeError:", e)
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", None: "none key", 3.5: "float key", frozenset({1}): "fs"})
