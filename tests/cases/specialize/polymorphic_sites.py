# One call/attribute/binop site seeing many classes and types in turn.


class A:
    def __init__(self):
        self.x = 1

    def m(self):
        return "A.m"


class B:
    def __init__(self):
        self.y = 0
        self.x = 2

    def m(self):
        return "B.m"


class C(A):
    def m(self):
        return "C.m+" + super().m()


class D:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 4

    def m(self):
        return "D.m"


class E:
    x = 5

    @staticmethod
    def m():
        return "E.m"


class F:
    @property
    def x(self):
        return 6

    m = lambda self: "F.m"


class G:
    def __getattr__(self, name):
        return 7 if name == "x" else (lambda: "G." + name)


class NS:
    def __init__(self, **kw):
        self.__dict__.update(kw)


H = NS(x=8, m=lambda: "H.m")


def site(o):
    return o.x, o.m()


objs = [A(), B(), C(), D(), E(), F(), G(), H, E]
seq = []
for rnd in range(3):
    # Phase 1: warm with one class, then rotate through all of them.
    for i in range(60):
        seq.append(site(objs[rnd]))
    for i in range(180):
        seq.append(site(objs[i % len(objs)]))
print(seq[:2], seq[60:69])
print(len(seq), sum(x for x, _ in seq))
print(sorted(set(m for _, m in seq)))


# Binop site seeing many operand types.
def plus(a, b):
    return a + b


pairs = [(1, 2), (1.5, 2), ("a", "b"), ([1], [2]), ((1,), (2,)), (2 ** 80, 1), (True, True),
         (1, 2.5), (b"x", b"y"), (1j, 1)]
res = []
for i in range(200):
    a, b = pairs[(i // 3) % len(pairs)] if i > 60 else (i, i)
    res.append(plus(a, b))
print(res[58:64])
print(res[-10:])


# Subscript site seeing many container types.
def first(c):
    return c[0]


cs = [[1], (2,), {0: 3}, "4", b"5", range(6, 7), [[7]], {0: "d"}]
print([first(cs[i % len(cs)]) for i in range(160)][-8:])


# Call site seeing Python functions, builtins, classes, bound methods, lambdas, callables.
class Call:
    def __call__(self, x):
        return ("Call", x)


class Klass:
    def __init__(self, x):
        self.v = x

    def __repr__(self):
        return "Klass(%r)" % self.v


def pyf(x):
    return ("pyf", x)


def pyd(x, y=1):
    return ("pyd", x, y)


callees = [pyf, abs, Klass, [].append, lambda x: ("lam", x), Call(), str, pyd, int.bit_length, len]
out = []
for i in range(200):
    f = callees[i % len(callees)] if i >= 50 else pyf
    try:
        out.append(f(i if f is not len else "abc"))
    except TypeError as e:
        out.append("TypeError")
print(out[48:62])


# Store site seeing many object layouts.
def setx(o, v):
    o.x = v


targets = [A(), B(), C(), D(), NS(), Klass(0)]
for i in range(200):
    setx(targets[i % len(targets)] if i > 50 else targets[0], i)
print([t.x for t in targets])
for bad in (E, F(), 5):
    try:
        setx(bad, 1)
        print("ok", getattr(bad, "x"))
    except AttributeError as e:
        print("AttributeError:", e)


# Comparison site across types.
def cmp(a, b):
    return a < b


vals = [1, 2.0, 3, -1.5, 2 ** 70, True, 0]
print(sum(cmp(vals[i % 7], vals[(i * 5) % 7]) for i in range(200)))
