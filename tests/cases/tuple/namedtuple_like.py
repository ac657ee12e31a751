class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
p = Point(3, 4)
print(p, p.x, p.y, p[0], len(p), isinstance(p, tuple), p == (3, 4), hash(p) == hash((3, 4)))
x, y = p
print(x, y, p + (5,), type(p + (5,)).__name__, type(p[:1]).__name__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
