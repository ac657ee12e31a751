# Sites that specialize, de-optimise after 52+ misses, and re-specialize repeatedly
# as the operand types change phase by phase.


def op(a, b):
    return a + b


def sub(c, k):
    return c[k]


def attr(o):
    return o.v


class A:
    def __init__(self, v):
        self.v = v


class B:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


class C:
    v = "class-v"


phases = [
    (lambda i: (i, 1), lambda i: ([i, i], 1), lambda i: A(i)),
    (lambda i: (i * 0.5, 0.25), lambda i: ((i, i), 0), lambda i: B(i)),
    (lambda i: ("s%d" % (i % 10), "!"), lambda i: ({i: i}, i), lambda i: C()),
    (lambda i: (2 ** 70 + i, i), lambda i: ("abc", i % 3), lambda i: A("a%d" % (i % 10))),
]
for cycle in range(2):
    for p, (mk_op, mk_sub, mk_attr) in enumerate(phases):
        r_op = []
        r_sub = []
        r_attr = []
        for i in range(70):
            r_op.append(op(*mk_op(i)))
            r_sub.append(sub(*mk_sub(i)))
            r_attr.append(attr(mk_attr(i)))
        print(cycle, p, r_op[-1], r_sub[-1], r_attr[-1], len(set(map(repr, r_op))))


# Alternating every call (worst case for the miss counter).
def flip(x):
    return x * 2


print([flip(i if i % 2 else str(i)) for i in range(160)][-4:])


def flip_attr(o):
    return o.v


objs = [A(1), B(2), C()]
print([flip_attr(objs[i % 3]) for i in range(160)][-3:])


# Global rebound every iteration inside a hot loop, then stable again.
g = 0


def read_g():
    return g


acc = 0
for i in range(200):
    if i < 120:
        g = i
    acc += read_g()
print(acc)
