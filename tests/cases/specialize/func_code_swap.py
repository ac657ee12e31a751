# Function version guards when __code__ (and __defaults__) are swapped after warm-up.


def g(a, b):
    return a * b


def g2(a, b, c=1000):
    return a - b + c


def g3(a, b):
    return "g3 %d %d" % (a, b)


def run_g(n):
    s = 0
    for i in range(n):
        s += g(i, 2)
    return s


print("g warm", run_g(150))
g.__code__ = g3.__code__
print("code swapped", [g(i, 1) for i in range(3)], g.__name__)
try:
    run_g(3)
except TypeError as e:
    print("TypeError:", e)
g.__code__ = g2.__code__
try:
    run_g(10)
except TypeError as e:
    print("TypeError:", e)
g.__defaults__ = (1000,)
print("code swapped + defaults", run_g(150))


# Code with a different number of locals / free variables.
def outer():
    x = 5

    def inner(a, b):
        return a + b + x
    return inner


try:
    g.__code__ = outer().__code__
except ValueError as e:
    print("ValueError:", e)


def many_locals(a, b):
    c = a + 1
    d = b + 2
    e = c * d
    return e - a


g.__code__ = many_locals.__code__
print("many locals", run_g(150))
