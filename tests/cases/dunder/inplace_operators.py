class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __isub__(self, o):
        print("__isub__ returns NotImplemented")
        return NotImplemented
    def __sub__(self, o):
        print("__sub__")
        return Acc(self.v - o)
    def __imul__(self, o):
        self.v *= o
        return self
    def __itruediv__(self, o):
        return "replaced by itruediv"
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __irshift__(self, o):
        self.v >>= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self
    def __imatmul__(self, o):
        return "imatmul"
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)
a = orig
a *= 10; a //= 4; a %= 7; a **= 3; a <<= 2; a >>= 1; a &= 0xFF; a |= 1; a ^= 3
print(a, a is orig)
a /= 2
print(a)
b = Acc(0)
b @= 1
print(b)
class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoInplace(self.v + o)
n = NoInplace(1)
n0 = n
n += 1
print(n.v, n is n0)
try:
    x = object()
    x += 1
except TypeError as e:
    print("TypeError:", e)
try:
    s = "a"
    s -= "b"
except TypeError as e:
    print("TypeError:", e)
lst = [1]
tup = (lst,)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)
