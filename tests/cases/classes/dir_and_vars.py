class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    cls_attr = "c"
    def __init__(self):
        self.inst_attr = "i"
    def method(self):
        pass
    @property
    def prop(self):
        return 1
    @staticmethod
    def smethod():
        pass
t = Thing()
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print(vars(t), sorted(k for k in vars(Thing) if not k.startswith("__")))
t.extra = 5
print(vars(t), "extra" in dir(t))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
