# LOAD_ATTR_PROPERTY: property getters (frames pushed inline) after warm-up.


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 // 5 + 32


def read_f(t):
    return t.f


ts = [Temp(i) for i in range(150)]
print("warm", sum(read_f(t) for t in ts))

# Getter replaced on the class.
Temp.f = property(lambda self: -self._c)
print("replaced", sum(read_f(t) for t in ts))


# Getter raising AttributeError, without __getattr__.
class Flaky:
    def __init__(self, ok):
        self.ok = ok

    @property
    def val(self):
        if not self.ok:
            raise AttributeError("val not ready")
        return 1


def read_val(o):
    return o.val


out = []
for i in range(150):
    try:
        out.append(read_val(Flaky(i % 4 != 0)))
    except AttributeError as e:
        out.append(str(e))
print(out[:5], out.count(1))


# Getter raising AttributeError, with __getattr__ fallback.
class Fallback(Flaky):
    def __getattr__(self, name):
        return "fallback " + name


out = []
for i in range(150):
    out.append(read_val(Fallback(i % 4 != 0)))
print(out[:5], out.count(1))

# Same site sees both.
mix = []
for i in range(120):
    cls = Fallback if i % 2 else Flaky
    try:
        mix.append(read_val(cls(i % 3 != 0)))
    except AttributeError as e:
        mix.append("AE")
print(mix[:8])


# Getter raising other exceptions, and getter with recursion into itself.
class Bad:
    n = 0

    @property
    def boom(self):
        Bad.n += 1
        if Bad.n > 120:
            raise ValueError("boom %d" % Bad.n)
        return Bad.n


def read_boom(o):
    return o.boom


b = Bad()
try:
    while True:
        read_boom(b)
except ValueError as e:
    print("ValueError:", e)


# Property with a setter and deleter; getter replaced by a builtin-like callable.
class Acc:
    def __init__(self):
        self._v = 0

    def _get(self):
        return self._v

    def _set(self, v):
        self._v = v * 2

    def _del(self):
        self._v = -1

    v = property(_get, _set, _del)


def rw(o, i):
    o.v = i
    return o.v


a = Acc()
print(sum(rw(a, i) for i in range(150)))
del a.v
print(read_f.__name__, a._v)
Acc.v = property(len.__call__ if False else (lambda self: "lambda"))
print(rw.__name__, [a.v for _ in range(60)][-1])
try:
    a.v = 3
except AttributeError as e:
    print("AttributeError:", e)

# Property on the class replaced by a plain class attribute, then an instance attr.
Temp.f = 42
print([read_f(t) for t in ts][-1])
ts[0].f = "inst"
print(read_f(ts[0]), read_f(ts[1]))


# Property getter with a default argument / *args (not simple).
class Odd:
    def g(self, extra=5):
        return extra

    p = property(g)

    def h(*args):
        return len(args)

    q = property(h)


o = Odd()
print([o.p + o.q for _ in range(100)][-1])


# Property defined in a base; subclass overrides with plain attribute.
class PB:
    @property
    def name(self):
        return "PB"


class PC(PB):
    name = "PC"


class PD(PB):
    pass


def get_name(x):
    return x.name


print([get_name(x) for x in [PB(), PC(), PD()] * 50][:3])
