class Dynamic:
    existing = "real"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.existing, d.auto_value, getattr(d, "auto_x"), hasattr(d, "auto_y"), hasattr(d, "nothing"))
try:
    d.nothing
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("access", name)
        return super().__getattribute__(name)
lg = Logged()
print(lg.x)
try:
    lg.missing_attr_q
except AttributeError as e:
    print("AttributeError:", e)
class Recorder:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
r = Recorder()
r.a = 1
r.a += 1
del r.a
print(vars(r))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    pass
t = Target()
px = Proxy(t)
px.color = "red"
print(t.color, px.color, "color" in vars(px))
print(getattr(d, "nope", "default"), getattr(d, "auto_z", "default"))
