class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.0"), Version("2.0")
print(a < b, a > b, a <= b, a >= b, a == Version("1.0"), a != b, a == "1.0", a != "1.0")
print(len({Version("1.0"), Version("1.0"), Version("1.1")}))
class Trace:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print(f"T{self.n}.__eq__(T{o.n})")
        return NotImplemented
    def __lt__(self, o):
        print(f"T{self.n}.__lt__(T{o.n})")
        return NotImplemented
    def __gt__(self, o):
        print(f"T{self.n}.__gt__(T{o.n})")
        return NotImplemented
t1, t2 = Trace(1), Trace(2)
print(t1 == t2)
print(t1 != t2)
try:
    t1 < t2
except TypeError as e:
    print("TypeError:", e)
class Sub(Trace):
    pass
s = Sub(3)
print(t1 == s)
class NoEq:
    pass
x = NoEq()
print(x == x, x != x, x == NoEq(), x is x)
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly() != 5, EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
class Weird:
    def __eq__(self, o):
        return "truthy string"
print(Weird() == 1, [Weird()] == [1], Weird() in [1, 2])
