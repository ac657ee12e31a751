class Shape:
    sides = 0
    registry = []
    def __init__(self, name):
        self.name = name
        Shape.registry.append(name)
    def describe(self):
        return f"{self.name} with {self.sides} sides"
    @classmethod
    def create(cls, *args):
        return cls(*args)
    @staticmethod
    def unit():
        return "cm"
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
    def describe(self):
        return super().describe() + " (all equal)"
shapes = [Triangle("t1"), Square.create("s1"), Shape("blob")]
for s in shapes:
    print(s, s.describe(), s.unit())
print(Shape.registry, Triangle.registry is Shape.registry)
print(Shape.describe(shapes[0]), Square.describe(shapes[1]))
print(sorted(k for k in Shape.__dict__ if not k.startswith("__")))
print("sides" in Triangle.__dict__, "describe" in Triangle.__dict__, "describe" in Square.__dict__)
method = shapes[1].describe
print(method(), method.__func__ is Square.describe, method.__self__ is shapes[1])
Shape.area = lambda self: "area unknown"
print(shapes[0].area(), Triangle("t2").area())
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, n):
        self.ops.append(f"+{n}")
        return self
    def mul(self, n):
        self.ops.append(f"*{n}")
        return self
print(Chain().add(1).mul(2).add(3).ops)
