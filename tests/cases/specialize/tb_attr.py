# Tracebacks from errors raised inside specialized LOAD_ATTR / LOAD_METHOD / STORE_ATTR.


class P:
    def __init__(self, x):
        self.x = x

    @property
    def doubled(self):
        self.x
        if self.x < 0:
            raise ValueError("negative")
        return self.x * 2


class S:
    __slots__ = ("v",)


def read_x(o):
    o.x


def read_doubled(o):
    o.doubled


def read_v(o):
    o.v


ps = [P(i) for i in range(150)]
s = S()
s.v = 1
for p in ps:
    read_x(p)
    read_doubled(p)
    read_v(s)

q = P(1)
del q.x
try:
    read_x(q)
except AttributeError:
    try:
        read_doubled(P(-1))
    except ValueError:
        try:
            read_v(S())
        except AttributeError:
            read_doubled(q)
