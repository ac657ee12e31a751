class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq.__hash__ is None, OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) != OnlyEq(1))
try:
    {OnlyEq(1)}
except TypeError as e:
    print("TypeError:", e)
class EqAndHash(OnlyEq):
    def __hash__(self):
        return hash(self.v)
print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}), EqAndHash(3) in {EqAndHash(3)})
class Default:
    pass
a, b = Default(), Default()
print(a == a, a == b, a != b, len({a, b, a}), hash(a) == hash(a))
class InheritsHash(Default):
    def __eq__(self, o):
        return True
print(InheritsHash.__hash__ is None)
class KeepsHash(Default):
    def __eq__(self, o):
        return True
    __hash__ = Default.__hash__
print(KeepsHash.__hash__ is object.__hash__, len({KeepsHash(), KeepsHash()}))
class NeVia:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("__eq__ called")
        return self.v == o.v
n1, n2 = NeVia(1), NeVia(2)
print(n1 != n2)
class LtOnly:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"L{self.v}"
print(LtOnly(1) < LtOnly(2), LtOnly(3) > LtOnly(2), sorted([LtOnly(3), LtOnly(1)]))
try:
    LtOnly(1) <= LtOnly(2)
except TypeError as e:
    print("TypeError:", e)
print([OnlyEq(1)].count(OnlyEq(1)), [OnlyEq(1)].index(OnlyEq(1)), OnlyEq(2) in [OnlyEq(2)])
