# Instance __dict__ replaced wholesale after attribute sites have specialized.


class P:
    def __init__(self):
        self.a = 0


def set_a(o, v):
    o.a = v


def set_b(o, v):
    o.b = v


def get_a(o):
    return o.a


ps = [P() for _ in range(150)]
for i, p in enumerate(ps):
    set_a(p, i)
    set_b(p, -i)
print(sum(get_a(p) for p in ps))

q = P()
q.__dict__ = {"z": 1}
try:
    get_a(q)
except AttributeError as e:
    print("AttributeError:", e)
set_a(q, 11)
set_b(q, 12)
print(sorted(q.__dict__.items()), get_a(q))
shared = {"a": "shared"}
r1, r2 = P(), P()
r1.__dict__ = shared
r2.__dict__ = shared
set_a(r1, "changed via r1")
print(get_a(r2), r1.__dict__ is r2.__dict__)
try:
    q.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
