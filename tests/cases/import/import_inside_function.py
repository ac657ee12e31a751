def lazy():
    import _simple_mod
    from math import sqrt
    return _simple_mod.VALUE, sqrt(9)
print("before call")
print(lazy())
print(lazy())
try:
    _simple_mod
except NameError as e:
    print("NameError:", e)
def shadow():
    import math as m
    return m.floor(2.5)
print(shadow())
