Point = type("Point", (object,), {"__init__": lambda self, x: setattr(self, "x", x), "dims": 2})
p = Point(5)
print(type(p).__name__, p.x, Point.dims, Point.__bases__, Point.__module__)
print(type(p) is Point, type(type(p)) is type, type.__call__(Point, 7).x)
Child = type("Child", (Point,), {"extra": True})
print(Child.__mro__[1].__name__, Child(1).x, Child.extra, issubclass(Child, Point))
print(type("E", (), {}).__qualname__, type("Q", (), {"__qualname__": "Outer.Q"}).__qualname__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", "B")
except TypeError as e:
    print("TypeError:", e)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
print(type(3).__name__, type(3.0).__qualname__, type(int).__name__, type(lambda: 0).__name__)
print(int.__mro__, object.__mro__, type.__mro__)
print(p.__class__.__name__, p.__dict__, sorted(k for k in Point.__dict__ if not k.startswith("__")))
class WithDoc:
    "class docstring"
print(WithDoc.__doc__, type("NoDoc", (), {}).__doc__)
print(isinstance(p, Point), isinstance(Child(0), Point), Point.__name__, Child.__base__ is Point)
