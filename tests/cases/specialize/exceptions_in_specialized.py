# Errors raised inside specialized instructions: messages, state after the error,
# and the traceback of an error raised several inline frames deep.


class Weird:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        if self.n < 0:
            raise ValueError("negative length %d" % self.n)
        return self.n

    def __index__(self):
        if self.n > 100:
            raise OverflowError("index too big")
        return self.n

    def __hash__(self):
        if self.n == 13:
            raise KeyError("unlucky hash")
        return self.n

    def __eq__(self, other):
        return isinstance(other, Weird) and other.n == self.n

    def __repr__(self):
        return "Weird(%d)" % self.n


def size(o):
    return (
        len(o)
    )


def pick(lst, o):
    return lst[o]


def lookup(d, o):
    return d[o]


lst = list(range(200))
d = {Weird(i): i for i in range(50) if i != 13}
results = []
for i in range(-5, 150):
    w = Weird(i)
    row = []
    for fn, args in ((size, (w,)), (pick, (lst, w)), (lookup, (d, w))):
        try:
            row.append(fn(*args))
        except (ValueError, OverflowError, KeyError, IndexError) as e:
            row.append("%s(%s)" % (type(e).__name__, e))
    results.append(row)
print(results[:2])
print(results[18])
print(results[-1])
print(sum(1 for r in results for x in r if isinstance(x, str)))


# Exceptions inside property getters pushed inline keep the loop state intact.
class Acc:
    def __init__(self, v):
        self.v = v

    @property
    def checked(self):
        if self.v % 10 == 9:
            raise ArithmeticError("bad v %d" % self.v)
        return self.v


total = 0
errs = []
for i in range(150):
    a = Acc(i)
    try:
        total += a.checked
    except ArithmeticError as e:
        errs.append(str(e))
print(total, len(errs), errs[:2])


# Exceptions raised from callee frames entered by CALL_PY_EXACT_ARGS, with finally blocks.
log = []


def inner(i):
    try:
        if i % 25 == 24:
            raise LookupError(i)
        return i
    finally:
        log.append(i)


def outer(i):
    try:
        return inner(i) * 2
    except LookupError as e:
        return -int(str(e))


print(sum(outer(i) for i in range(150)), len(log), log[-3:])


# An exception in the middle of a warmed binop chain leaves earlier results.
def chain(a, b, c):
    x = a + b
    y = x * c
    z = y // (c - 3)
    return z


out = []
for i in range(150):
    try:
        out.append(chain(i, 1, i % 7))
    except ZeroDivisionError as e:
        out.append(str(e))
print(out[:8])


# StopIteration from a generator used at a warmed call site.
def gen():
    yield 1


def first(g):
    return next(g)


vals = []
for i in range(120):
    g = gen()
    vals.append(first(g))
    try:
        first(g)
    except StopIteration as e:
        vals.append(repr(e.value))
print(vals[:4], len(vals))


# Finally, an uncaught error several inline frames deep.
class Holder:
    def __init__(self, w):
        self.w = w

    @property
    def wlen(self):
        return (
            size(self.w)
        )


def measure(h):
    h.wlen


for i in range(150):
    measure(Holder(Weird(i)))
measure(Holder(Weird(-7)))
