class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"
class Kelvin(Temp):
    scale = "K"
print(Temp.c_to_f(100), Temp(0).c_to_f(37))
t = Temp.from_f(212)
print(type(t).__name__, t.deg)
k = Kelvin.from_f(32)
print(type(k).__name__, k.deg, Kelvin.describe(), k.describe(), Temp.describe())
sm = Temp.__dict__["c_to_f"]
cm = Temp.__dict__["from_f"]
print(type(sm).__name__, type(cm).__name__, sm.__func__.__name__, cm.__func__.__name__)
print(type(Temp.c_to_f).__name__, type(Temp.from_f).__name__, Temp.from_f.__self__ is Temp)
print(sm(0), callable(sm))
def plain(x):
    return x
class Holder:
    s = staticmethod(plain)
    c = classmethod(lambda cls: cls.__name__)
print(Holder.s(5), Holder().s(6), Holder.c(), Holder().c())
