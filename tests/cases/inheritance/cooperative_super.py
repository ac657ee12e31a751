class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        super().__init__()
class A(Base):
    def __init__(self, a=None, **kw):
        print("A.__init__", a)
        super().__init__(**kw)
class B(Base):
    def __init__(self, b=None, **kw):
        print("B.__init__", b)
        super().__init__(**kw)
class C(A, B):
    def __init__(self, **kw):
        print("C.__init__")
        super().__init__(**kw)
C(a=1, b=2, extra=3)
print([k.__name__ for k in C.__mro__])
class Logged:
    def process(self, x):
        return [f"Logged({x})"]
class Validated(Logged):
    def process(self, x):
        return ["Validated"] + super().process(x)
class Cached(Logged):
    def process(self, x):
        return ["Cached"] + super().process(x)
class Service(Validated, Cached):
    def process(self, x):
        return ["Service"] + super().process(x)
print(Service().process(7))
s = super(Validated, Service())
print(s.process(1))
print(type(s).__name__)
class M:
    def m(self):
        return "M"
class N(M):
    def m(self):
        f = lambda: super(N, self).m()
        return "N+" + f()
print(N().m())
class NoZeroArg(M):
    def m(self):
        def inner():
            return super().m()
        try:
            return inner()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
print(NoZeroArg().m())
