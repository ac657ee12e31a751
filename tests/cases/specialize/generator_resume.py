# Specialized instructions inside generators and coroutine-like frames that are
# suspended while the guarded state changes, then resumed.


class Obj:
    def __init__(self, v):
        self.v = v


scale = 2


def producer(items):
    for o in items:
        yield o.v * scale


objs = [Obj(i) for i in range(150)]
g = producer(objs)
first = [next(g) for _ in range(100)]
# Change guarded state while the generator is suspended.
scale = 2.5
Obj.v = property(lambda self: -1)
rest = list(g)
print(sum(first), rest[:3], len(rest))
del Obj.v


def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total = total + x


acc = accumulate()
next(acc)
for i in range(150):
    acc.send(i)
print(acc.send(0.5), acc.send(2 ** 70))
try:
    acc.send("x")
except TypeError as e:
    print("TypeError:", e)


def gen_unpack(pairs):
    for a, b in pairs:
        yield a + b


data = [(i, i) for i in range(120)]
g2 = gen_unpack(data)
print([next(g2) for _ in range(100)][-1])
data.append(("s", "t"))
data.append((1, 2, 3))
try:
    print(list(g2)[-2:])
except ValueError as e:
    print("ValueError:", e)


# Generator expression over a global rebound mid-iteration.
def items():
    return range(150)


limit = 100
ge = (i for i in items() if i < limit)
part = [next(ge) for _ in range(60)]
limit = 70
print(part[-1], list(ge))

# Nested generators with a method call site that sees a patched method.
class Src:
    def value(self, i):
        return i


def outer_gen(src, n):
    for i in range(n):
        yield src.value(i)


s = Src()
og = outer_gen(s, 150)
vals = [next(og) for _ in range(100)]
Src.value = lambda self, i: -i
vals += list(og)
print(vals[98:102], sum(vals))
