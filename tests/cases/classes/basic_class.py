class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__doc__, Point.__name__)
print(p.move(1, 1), p.move(-4, -5).norm2())
print(type(p) is Point, isinstance(p, Point), isinstance(p, object), type(p).__name__, p.__class__.__name__)
print(sorted(vars(p).items()), sorted(p.__dict__))
p.z = 99
print(p.z, hasattr(p, "z"), hasattr(Point, "z"))
Point.dims = 3
print(p.dims)
p.dims = "instance"
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(Point.norm2(p), Point.__module__, Point.__qualname__)
class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__bases__, Empty.__mro__, e.__dict__)
print(repr(Point.__init__.__name__), Point.__dict__["dims"])
