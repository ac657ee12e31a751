class Base:
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return "make " + cls.__name__
    @property
    def p(self):
        return "Base.p"
class Child(Base):
    def hello(self):
        return "Child+" + super().hello()
    @classmethod
    def make(cls):
        return "Child " + super().make()
    @property
    def p(self):
        return "Child+" + super().p
c = Child()
print(c.hello(), Child.make(), c.make(), c.p)
print(super(Child, c).hello(), super(Child, Child).make(), super(Child, Child).hello is Base.hello)
s = super(Child, c)
print(s.__thisclass__ is Child, s.__self__ is c, s.__self_class__ is Child, repr(s))
print(repr(super(Child)))
for expr in ["super(1, c)", "super(Child, 1)", "super(Base, Base()).nothing"]:
    try:
        print(eval(expr))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
def no_class():
    return super()
try:
    no_class()
except RuntimeError as e:
    print("RuntimeError:", e)
class X:
    def m():
        return super()
try:
    X.m()
except RuntimeError as e:
    print("RuntimeError:", e)
class P:
    def __init__(self):
        self._v = 0
    def getv(self):
        "the v"
        return self._v
    def setv(self, v):
        self._v = v
    v = property(getv, setv)
    ro = property(lambda self: 1)
p = P()
p.v = 5
print(p.v, P.v.__doc__, P.v.fget is P.getv, P.v.fset is P.setv, P.v.fdel)
for op in [lambda: setattr(p, "ro", 2), lambda: delattr(p, "v"), lambda: P.ro.__set__(p, 1)]:
    try:
        op()
    except AttributeError as e:
        print("AttributeError:", e)
prop = property()
try:
    prop.__get__(p)
except AttributeError as e:
    print("AttributeError:", e)
print(prop.__get__(None, P) is prop, P.v.__get__(p), P.v.__set__(p, 9), p.v)
class Q:
    @property
    def x(self):
        "x doc"
        return self._x
    @x.setter
    def x(self, val):
        self._x = val * 2
    @x.deleter
    def x(self):
        del self._x
q = Q()
q.x = 4
print(q.x, Q.x.__doc__, Q.x.getter(lambda s: 0).__doc__)
del q.x
print(hasattr(q, "_x"))
class MyProp(property):
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return "wrapped:" + str(super().__get__(obj, cls))
class R:
    @MyProp
    def val(self):
        return 7
print(R().val, type(R.__dict__["val"]).__name__, isinstance(R.__dict__["val"], property))
class Cooperative(Base):
    def __init__(self):
        super().__init__()
        self.ok = True
print(Cooperative().ok)
class M1:
    def who(self):
        return ["M1"]
class M2(M1):
    def who(self):
        return ["M2"] + super().who()
class M3(M1):
    def who(self):
        return ["M3"] + super().who()
class M4(M2, M3):
    def who(self):
        return ["M4"] + super().who()
print(M4().who())
