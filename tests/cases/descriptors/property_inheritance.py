class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        print("Base setter", value)
        self._v = value
class Child(Base):
    @Base.v.getter
    def v(self):
        return self._v * 100
c = Child()
print(c.v)
c.v = 2
print(c.v)
class OverrideWhole(Base):
    @property
    def v(self):
        return "read-only now"
o = OverrideWhole()
print(o.v)
try:
    o.v = 5
except AttributeError as e:
    print("AttributeError:", e)
class UsesSuper(Base):
    @property
    def v(self):
        return f"super gives {super().v}"
    @v.setter
    def v(self, value):
        Base.v.fset(self, value * 2)
u = UsesSuper()
u.v = 21
print(u.v)
class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)
r = Computed(3, 4)
print(r.area, r.perimeter)
r.w = 10
print(r.area, r.perimeter, type(Computed.area).__name__, "area" in vars(r))
class ClassLevel:
    counter = 0
    @property
    def next_id(self):
        ClassLevel.counter += 1
        return ClassLevel.counter
cl = ClassLevel()
print(cl.next_id, cl.next_id, ClassLevel().next_id)
