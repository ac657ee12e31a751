# LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_*: instance shape changes.


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


ps = [P(i, 2 * i) for i in range(150)]
print("warm", total(ps))

# Instances created with a different attribute order.
q = P.__new__(P)
q.y = 100
q.x = 1
print("reordered", get_xy(q), total(ps + [q] * 60))

# Attribute deleted after warm-up.
d = P(5, 6)
del d.y
try:
    get_xy(d)
except AttributeError as e:
    print("AttributeError:", e)
d.y = 60
print("re-added", get_xy(d))

# Attribute added later on a subset of instances.
for i, p in enumerate(ps):
    if i % 3 == 0:
        p.z = i


def get_z(p):
    return getattr(p, "z", None)


def read_z(p):
    return p.z


zs = []
for p in ps:
    try:
        zs.append(read_z(p))
    except AttributeError as e:
        zs.append(str(e)[:10])
print("z", zs[:4], len(zs))

# __dict__ materialised via vars() and __dict__ access.
m = [P(i, i) for i in range(100)]
print("before vars", total(m))
for o in m[::2]:
    vars(o)["x"] = 1000
for o in m[1::2]:
    o.__dict__["y"] = -1
print("after vars", total(m))
for o in m[:50]:
    o.__dict__.clear()
    o.__dict__.update(y=1, x=2)
print("after clear/update", total(m))

# STORE_ATTR_INSTANCE_VALUE then shape change.
class S:
    def __init__(self):
        self.a = 0


def bump(o):
    o.a = o.a + 1
    o.b = o.a * 2


ss = [S() for _ in range(100)]
for o in ss:
    bump(o)
    bump(o)
odd = S()
odd.__dict__["zz"] = 1
del odd.a
odd.a = 40
bump(odd)
print(ss[0].a, ss[0].b, odd.a, odd.b, sorted(vars(odd)))
# Many differently-shaped objects through the store site.
shapes = []
for i in range(80):
    o = S()
    for k in range(i % 5):
        setattr(o, "k%d" % k, k)
    bump(o)
    shapes.append((o.a, o.b, len(vars(o))))
print(shapes[:6])
