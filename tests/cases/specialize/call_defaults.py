# CALL_PY_EXACT_ARGS / CALL_PY_WITH_DEFAULTS: function version guards.


def f(a, b=10, c=100):
    return a + b + c


def g(a, b):
    return a * b


def run_f(n):
    s = 0
    for i in range(n):
        s += f(i)
    return s


def run_f2(n):
    s = 0
    for i in range(n):
        s += f(i, 1)
    return s


def run_g(n):
    s = 0
    for i in range(n):
        s += g(i, 2)
    return s


print("f warm", run_f(150), run_f2(150))
print("g warm", run_g(150))

# __defaults__ changed after warm-up.
f.__defaults__ = (20, 200)
print("new defaults", run_f(150), run_f2(150))
f.__defaults__ = (1, 2, 3)  # now `a` also has a default
print("a default", f(), run_f(100))
f.__defaults__ = None
try:
    run_f(3)
except TypeError as e:
    print("TypeError:", e)
print(run_f.__name__, f(1, 2, 3))
f.__defaults__ = (5,)
try:
    run_f(3)
except TypeError as e:
    print("TypeError:", e)
print("one default", run_f2(100))

# __kwdefaults__.
def kw(a, *, k=1):
    return a + k


print(sum(kw(i) for i in range(150)))
kw.__kwdefaults__ = {"k": 1000}
print(kw(1))
kw.__kwdefaults__ = None
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)


# Wrong arg counts after warm-up.
def two(a, b):
    return (a, b)


def call_with(args):
    return two(*args)


print([call_with((i, i)) for i in range(100)][-1])
for args in [(), (1,), (1, 2, 3)]:
    try:
        call_with(args)
    except TypeError as e:
        print("TypeError:", e)


def site(fn, i):
    return fn(i, i)


print(sum(site(two, i)[0] for i in range(150)))
for fn in (lambda a: a, lambda a, b, c: a, lambda *a: a, lambda a, b=2, *r, **k: (a, b, r, k)):
    try:
        print(site(fn, 7))
    except TypeError as e:
        print("TypeError:", e)

# Keyword calls at the same warm site.
f.__defaults__ = (10, 100)
def kwsite(i):
    if i % 2:
        return f(i, c=1)
    return f(i, b=2)


print(sum(kwsite(i) for i in range(150)))
try:
    f(1, 2, b=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, d=4)
except TypeError as e:
    print("TypeError:", e)


# Defaults that are mutable objects are shared between calls.
def accum(x, acc=[]):
    acc.append(x)
    return len(acc)


print([accum(i) for i in range(120)][-1], len(accum.__defaults__[0]))
accum.__defaults__ = ([],)
print(accum("fresh"))


# Positional-only and keyword-only mixes, warmed then broken.
def posonly(a, b=2, /, c=3, *, d=4):
    return (a, b, c, d)


print([posonly(i) for i in range(100)][-1], posonly(1, 2, c=5, d=6))
try:
    posonly(1, b=2)
except TypeError as e:
    print("TypeError:", e)
posonly.__defaults__ = (20, 30)
print(posonly(1))


# Generators and closures as callees at a warmed site.
def make_adder(n):
    def add(x):
        return x + n
    return add


adders = [make_adder(i) for i in range(150)]
print(sum(a(1) for a in adders))


def gen(a, b=1):
    yield a
    yield b


def call_any(fn, x):
    return fn(x)


print([call_any(adders[3], i) for i in range(100)][-1], list(call_any(gen, 5)), call_any(str, 9))
