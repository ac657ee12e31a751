class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
s = Slotted(1, 2)
print(s.x, s.y, hasattr(s, "__dict__"), Slotted.__slots__)
s.x = 10
print(s.x)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del s.y
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)
class Child(Slotted):
    pass
c = Child(1, 2)
c.anything = "ok"
print(c.anything, hasattr(c, "__dict__"))
class ChildSlots(Slotted):
    __slots__ = ("z",)
cs = ChildSlots(1, 2)
cs.z = 3
print(cs.x, cs.y, cs.z)
try:
    cs.w = 4
except AttributeError as e:
    print("AttributeError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
print(type(Slotted.x).__name__)
class Single:
    __slots__ = "only"
o = Single()
o.only = "single string slot"
print(o.only)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
