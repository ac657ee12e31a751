class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), list(map(add5, [1, 2])))
class Idx:
    def __index__(self):
        return 2
print("abcd"[Idx()], [1, 2, 3][Idx()], bin(Idx()), range(10)[Idx():], (1, 2, 3)[:Idx()])
class Conv:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __bool__(self):
        return False
    def __round__(self, n=None):
        return f"round({n})"
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
c = Conv()
import math
print(int(c), float(c), complex(c), bool(c), round(c), round(c, 2), math.trunc(c), math.floor(c), math.ceil(c))
class Len:
    def __len__(self):
        return 3
print(len(Len()), bool(Len()))
class WithMissingInit:
    pass
print(WithMissingInit.__init__ is object.__init__)
class Neg:
    def __neg__(self):
        return "negated"
    def __pos__(self):
        return "posed"
    def __abs__(self):
        return "absed"
    def __invert__(self):
        return "inverted"
print(-Neg(), +Neg(), abs(Neg()), ~Neg())
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
