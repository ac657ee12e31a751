# STORE_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_ADD after class and instance changes.


class P:
    def __init__(self):
        self.a = 0


def set_a(o, v):
    o.a = v


def set_b(o, v):
    o.b = v


ps = [P() for _ in range(150)]
for i, p in enumerate(ps):
    set_a(p, i)
    set_b(p, -i)
print(sum(p.a for p in ps), sum(p.b for p in ps))

# __setattr__ added to the class after warm-up.
log = []


def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 10)


P.__setattr__ = logging_setattr
set_a(ps[0], 5)
set_b(ps[1], 6)
print(ps[0].a, ps[1].b, log)
del P.__setattr__
set_a(ps[0], 5)
print(ps[0].a)


# Data descriptor (property with setter) added on the class.
def setter(self, v):
    self.__dict__["a"] = ("via property", v)


P.a = property(lambda self: self.__dict__["a"], setter)
set_a(ps[2], 7)
print(ps[2].a)
del P.a
set_a(ps[2], 8)
print(ps[2].a)

# Read-only property: AttributeError at the warmed store.
class _RO:
    @property
    def b(self):
        return "ro"


P.b = _RO.__dict__["b"]
try:
    set_b(ps[3], 1)
except AttributeError as e:
    print("AttributeError:", e)
del P.b

# Many attributes added to one instance (dict grows past inline values).
big = P()
for i in range(150):
    setattr(big, "f%d" % i, i)
set_a(big, "big-a")
set_b(big, "big-b")
print(big.a, big.b, big.f149, len(vars(big)))

# Objects without __dict__ or with __slots__ at the warm site.
class Slotted:
    __slots__ = ("a",)


s = Slotted()
set_a(s, 1)
print(s.a)
try:
    set_b(s, 1)
except AttributeError as e:
    print("AttributeError:", e)
for bad in (1, "s", None, object()):
    try:
        set_a(bad, 1)
    except AttributeError as e:
        print("AttributeError:", e)


# Class attribute store through a class object at the same site.
class K:
    a = 0


set_a(K, "class-level")
print(K.a, K().a)


# Store followed by immediate load of the same attribute in a loop (shape stable).
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n = self.n + 1
        return self.n


c = Counter()
for _ in range(200):
    c.inc()
print(c.n)
c.__dict__.clear()
try:
    c.inc()
except AttributeError as e:
    print("AttributeError:", e)
c.n = 2 ** 70
print(c.inc())
