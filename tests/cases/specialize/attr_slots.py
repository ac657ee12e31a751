# LOAD_ATTR_SLOT / STORE_ATTR_SLOT: __slots__ classes after warm-up.


class Pt:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm1(p):
    return p.x + p.y


def shift(p, d):
    p.x = p.x + d
    p.y = p.y - d


pts = [Pt(i, i + 1) for i in range(150)]
print("warm", sum(norm1(p) for p in pts))
for p in pts:
    shift(p, 2)
print("shifted", sum(norm1(p) for p in pts), pts[3].x, pts[3].y)

# Unset slot -> AttributeError at the specialized load.
e = Pt.__new__(Pt)
e.x = 1
try:
    norm1(e)
except AttributeError as ex:
    print("AttributeError:", ex)
# Deleted slot.
d = Pt(1, 2)
del d.y
try:
    norm1(d)
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    del d.y
except AttributeError as ex:
    print("AttributeError:", ex)
d.y = 5
print("restored", norm1(d))

# Storing an attribute not in __slots__.
try:
    d.z = 3
except AttributeError as ex:
    print("AttributeError:", ex)


# Subclass with extra slots and subclass with __dict__.
class Pt3(Pt):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class PtD(Pt):
    pass


mixed = []
for i in range(120):
    if i % 3 == 0:
        mixed.append(Pt(i, 1))
    elif i % 3 == 1:
        mixed.append(Pt3(i, 2, 3))
    else:
        q = PtD(i, 3)
        q.extra = i
        mixed.append(q)
print("mixed", sum(norm1(p) for p in mixed))
for p in mixed:
    shift(p, 1)
print("mixed shifted", [(p.x, p.y) for p in mixed[:3]])

# Slot descriptor replaced on the class by a property after warm-up.
orig = Pt.__dict__["x"]
Pt.x = property(lambda self: 1000)
print("property x", norm1(pts[0]), norm1(mixed[1]))
try:
    shift(pts[0], 1)
except AttributeError as ex:
    print("AttributeError:", type(ex).__name__)
Pt.x = orig
print("slot x back", norm1(pts[0]))


# A slot named like a class attribute of a subclass.
class Shadow(Pt):
    __slots__ = ()
    y = "class-y"


try:
    s = Shadow(1, 2)
except AttributeError as ex:
    print("AttributeError:", ex)
s = Shadow.__new__(Shadow)
s.x = "x-"
print(norm1(s))


# Slots holding different types over time.
class Box:
    __slots__ = ("v",)


def getv(b):
    return b.v


b = Box()
vals = []
for i in range(100):
    b.v = [i, "s", 1.5, None, (i,)][i % 5]
    vals.append(getv(b))
print(vals[:6])
