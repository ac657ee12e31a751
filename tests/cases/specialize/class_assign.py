# __class__ assignment after LOAD_ATTR / LOAD_METHOD sites have specialized.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def get_xy(p):
    return p.x + p.y


def total(objs):
    s = 0
    for o in objs:
        s += get_xy(o)
    return s


def who(o):
    return o.name()


# __class__ assignment.


class Q:
    def __init__(self):
        self.x = 1
        self.y = 1


class R:
    x = "class-x"

    @property
    def y(self):
        return "prop-y"


objs = [Q() for _ in range(100)]
print("Q", total(objs))
for o in objs[:60]:
    o.__class__ = R
    del o.__dict__["x"]
res = []
for o in objs:
    try:
        res.append(get_xy(o))
    except TypeError as e:
        res.append("TypeError")
print(res[:2], res[-2:])


class Q2(Q):
    def name(self):
        return "Q2"


class R2(Q):
    def name(self):
        return "R2"


qs = [Q2() for _ in range(100)]
print([who(q) for q in qs][-1])
for q in qs[::2]:
    q.__class__ = R2
print([who(q) for q in qs][:4])
for q in qs:
    q.__class__ = Q2 if q.__class__ is R2 else R2
print([who(q) for q in qs][:4], sum(get_xy(q) for q in qs))
try:
    qs[0].__class__ = int
except TypeError as e:
    print("TypeError:", e)
