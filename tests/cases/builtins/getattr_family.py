class Obj:
    x = 1
    def __init__(self):
        self.y = 2
o = Obj()
print(getattr(o, "x"), getattr(o, "y"), getattr(o, "z", "default"), getattr(Obj, "x"), getattr(o, "__class__").__name__)
try:
    getattr(o, "z")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(o, "nope"), hasattr(5, "real"), hasattr(None, "__class__"))
setattr(o, "z", 3)
setattr(o, "with space", "odd but allowed")
print(o.z, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "z")
print(hasattr(o, "z"))
try:
    delattr(o, "z")
except AttributeError as e:
    print("AttributeError:", e)
class Raises:
    @property
    def boom(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Raises(), "boom")
except ValueError as e:
    print("hasattr propagates ValueError:", e)
print(getattr(Raises(), "missing_q", None))
name = "dyn"
setattr(Obj, name, lambda self: "dynamic method")
print(o.dyn())
