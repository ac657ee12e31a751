# collections.namedtuple: construction, methods, defaults, errors.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
print(Point, Point.__name__, Point.__module__, Point._fields, Point.__doc__)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), type(p._replace(y=0)).__name__)
x, y = p
print(x, y, isinstance(p, tuple), Point.x.__doc__, Point.__new__.__doc__)
print(Point._field_defaults, Point.__match_args__)

P3 = namedtuple("P3", "a, b c", defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple("R", ["ok", "def", "_x", "ok"], rename=True)
print(R._fields)
One = namedtuple("One", "v")
print(One(1), One._make([2]))
E = namedtuple("E", [])
print(E(), E._fields)

for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3),
            lambda: Point._make([1]), lambda: p._replace(z=1),
            lambda: namedtuple("1bad", "x"), lambda: namedtuple("T", "x class"),
            lambda: namedtuple("T", "x _y"), lambda: namedtuple("T", "x x"),
            lambda: namedtuple("T", "a", defaults=[1, 2]), lambda: setattr(p, "x", 5)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)


class Sub(namedtuple("Base", "a b")):
    __slots__ = ()

    @property
    def total(self):
        return self.a + self.b


s = Sub(1, 2)
print(s, s.total, Sub.__mro__[1].__name__)
match p:
    case Point(a, b):
        print("matched", a, b)
M = namedtuple("M", "a", module="mymod")
print(M.__module__, sorted(Point(3, 4)._asdict().items()))
