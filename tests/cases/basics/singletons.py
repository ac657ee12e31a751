print(None, repr(None), type(None).__name__, None is None, None == None, bool(None))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., repr(...), type(...).__name__, ... is Ellipsis)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
def returns_nothing():
    pass
def returns_bare():
    return
print(returns_nothing(), returns_bare(), returns_nothing() is None)
print([None] * 2, {None: "value"}[None], hash(None) == hash(None), str(None) == "None")
print(None.__class__, None.__bool__(), (None,), sorted([3, 1], key=lambda v: (v is None, v)))
x = ...
print(x, [1, ...], {"e": ...})
print(1 .__add__("a"), int.__add__(1, 2), (1).__radd__(1.0))
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
nothing = None
try:
    nothing()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(None, object), issubclass(type(None), object), None.__eq__(None), None.__ne__(1))
