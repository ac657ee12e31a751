class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("Money.__add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("Money.__radd__", other)
        if other == 0:
            return self
        return self.__add__(other)
    def __sub__(self, other):
        return NotImplemented
    def __rsub__(self, other):
        print("Money.__rsub__", other)
        return Money(other - self.cents)
m = Money(100)
print(m + Money(5))
print(m + 7)
print(7 + m)
print(sum([Money(1), Money(2), Money(3)]))
print(10 - m)
try:
    m - m
except TypeError as e:
    print("TypeError:", e)
try:
    m + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    "str" + m
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__ (subclass reflected wins)"
print(Base() + Sub())
print(Base() + Base())
class OnlyR:
    def __rmul__(self, o):
        return f"rmul with {o!r}"
    def __rpow__(self, o):
        return f"rpow with {o!r}"
    def __rtruediv__(self, o):
        return f"rtruediv with {o!r}"
    def __rfloordiv__(self, o):
        return "rfloordiv"
    def __rmod__(self, o):
        return "rmod"
    def __rand__(self, o):
        return "rand"
    def __ror__(self, o):
        return "ror"
    def __rxor__(self, o):
        return "rxor"
    def __rlshift__(self, o):
        return "rlshift"
    def __rrshift__(self, o):
        return "rrshift"
    def __rmatmul__(self, o):
        return "rmatmul"
    def __rsub__(self, o):
        return "rsub"
o = OnlyR()
print(3 * o, 2 ** o, 1 / o, 1 // o, 1 % o, 1 & o, 1 | o, 1 ^ o, 1 << o, 1 >> o, 1 @ o, 1 - o, [1] * o)
