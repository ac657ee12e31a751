# Class instantiation specialized as CALL_ALLOC_AND_ENTER_INIT: the __init__ frame
# runs in the loop; its return value must be None; errors and class changes after
# warm-up behave as CPython's.
class P:
    def __init__(self, x):
        self.x = x


class Q:
    def __init__(self, x):
        if x == 7:
            return 5
        if x == 8:
            raise ValueError("eight")
        self.x = x


def make(c, i):
    return c(i)


total = 0
for i in range(12):
    total += make(P, i).x
    try:
        print(make(Q, i).x)
    except Exception as e:
        print(type(e).__name__, e)
print(total)

# Replace __init__ after warm-up; then give the class a __new__.
for i in range(60):
    p = make(P, i)
P.__init__ = lambda self, x: setattr(self, "x", -x)
print(make(P, 3).x)


def new(cls, x):
    o = object.__new__(cls)
    o.y = "from new"
    return o


P.__new__ = new
q = make(P, 4)
print(q.x, q.y)


class WithDefaults:
    def __init__(self, a, b=2):
        self.s = a + b


for i in range(5):
    print(WithDefaults(i).s, WithDefaults(i, 10).s)


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


try:
    Deep(10000)
except RecursionError:
    print("RecursionError")
d = Deep(50)
n = 0
while d:
    d = d.child
    n += 1
print(n)
