class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
class F(float):
    pass
class C(complex):
    pass
a = MyInt(5)
print(a, repr(a), a + 1, 1 + a, a * 2, type(a + 1).__name__, isinstance(a, int), int(a), type(int(a)).__name__)
print(MyInt("12", 8), MyInt(), MyInt(3.9), -a, abs(MyInt(-3)), a.bit_length(), a.real, type(a.real).__name__, hash(a) == hash(5))
print(a == 5, a < 6, a // 2, a % 3, divmod(a, 2), a ** 2, pow(a, 2, 3), float(a), f"{a:04d}", format(a, ""), round(a), round(a, -1))
f = F(2.5)
print(f, repr(f), f + 1, type(f + 1).__name__, F("1.5"), F(), int(f), round(f), f.is_integer(), f.hex(), F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__)
print(math_floor := __import__("math").floor(f), __import__("math").sqrt(f), f.real, f.imag, f.conjugate(), f"{f:.3f}", f == 2.5, f < 3)
c = C(1, 2)
print(c, repr(c), c + 1, type(c + 1).__name__, c.real, c.imag, c.conjugate(), abs(C(3, 4)), C("1+2j"), c == 1 + 2j)
class Idx:
    def __index__(self):
        return 3
class Flt:
    def __float__(self):
        return 2.5
class Tr0:
    def __trunc__(self):
        return 7
class Cx:
    def __complex__(self):
        return 1 + 1j
print(int(Idx()), float(Idx()), float(Flt()), complex(Flt()), complex(Cx()), complex(Idx()), bin(Idx()), hex(Idx()), oct(Idx()))
print(round(2.567, Idx()), __import__("math").sqrt(Flt()), __import__("math").factorial(Idx()), __import__("math").gcd(Idx(), 6))
class Rnd:
    def __round__(self, n=None):
        return ("round", n)
    def __abs__(self):
        return "abs"
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
print(round(Rnd()), round(Rnd(), 2), abs(Rnd()), divmod(Rnd(), 1), divmod(1, Rnd()), __import__("math").floor(Rnd()), __import__("math").ceil(Rnd()))
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
print(int.from_bytes(b"\x01\x00", "big"), MyInt.from_bytes(b"\x01", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)
print(sorted(n for n in dir(int) if not n.startswith("_")), sorted(n for n in dir(float) if not n.startswith("_")), sorted(n for n in dir(complex) if not n.startswith("_")))
print(sum([F(1.5), 2]), sum([MyInt(2), MyInt(3)]), max(1, 2) if False else 0)
print(True + 1, True * 2.5, True / 2, True // 1, -True, +True, ~False, True << 3, True ** 2)
print(type(None).__name__, type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ...)
try:
    type(None)(1)
except TypeError as e:
    print(e)
try:
    class B(bool): pass
except TypeError as e:
    print(e)
