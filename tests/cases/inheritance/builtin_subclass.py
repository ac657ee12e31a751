class MyList(list):
    def sum(self):
        return sum(self)
    def __repr__(self):
        return "MyList(" + super().__repr__() + ")"
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), ml[1:3], type(ml[1:3]).__name__, isinstance(ml, list))
class Str(str):
    def shout(self):
        return self.upper() + "!"
s = Str("hey")
print(s.shout(), s + "x", type(s + "x").__name__, s == "hey", len(s), repr(s))
class Int(int):
    def __add__(self, other):
        return Int(int(self) + int(other) + 1000)
i = Int(5)
print(i + 1, 1 + i, type(i * 2).__name__, i == 5, hash(i) == hash(5))
class D(dict):
    pass
d = D(a=1)
d["b"] = 2
print(d, type(d).__name__, d.get("a"))
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise E(404, "not found")
except Exception as e:
    print(type(e).__name__, e.code, e, e.args)
class Temperature(float):
    def __new__(cls, v, unit="C"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"{float(self)}°{self.unit}"
t = Temperature(21.5)
print(t, t + 1, Temperature(3, "F"), t.unit, t > 20)
class T(tuple):
    pass
print(T((1, 2)), type(T((1, 2))).__name__)
