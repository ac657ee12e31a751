# BINARY_OP_*_INT / BINARY_OP_INT_OTHER: small ints growing big, signs, bools, subclasses.


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def other(a, b):
    return (a // b, a % b, a & b, a | b, a ^ b)


def shifts(a, n):
    return (a << n, a >> n)


# Warm up with small ints, then cross 2**31, 2**63, 2**64.
x = 1
for i in range(150):
    x = add(x, x)
print("add doubling", x, x.bit_length())
y = 3
for i in range(120):
    y = mul(y, 3)
print("mul", y % 1000003, y.bit_length())
z = 0
for i in range(150):
    z = sub(z, 2 ** 62)
print("sub", z, z.bit_length())
print(add(2 ** 63 - 1, 1), sub(-(2 ** 63), 1), mul(2 ** 32, 2 ** 32), mul(-(2 ** 32), 2 ** 31))
print(add(9223372036854775807, 9223372036854775807), mul(4611686018427387904, 2))
print(sub(0, -9223372036854775808), mul(-1, -9223372036854775808))

# Floor division / modulo with signs.
acc = []
for a in range(-7, 8):
    for b in (-3, -2, -1, 1, 2, 3):
        acc.append(other(a, b))
print(acc[:4])
print(acc[-4:])
print(other(-9223372036854775808, -1))
print(other(7, 2 ** 70), other(-7, 2 ** 70), other(2 ** 70 + 5, -3))
for b in (0,):
    for f in (lambda: other(5, 0), lambda: 5 % 0, lambda: -5 // 0):
        try:
            f()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)

# Shifts, including big shift counts and negative counts.
sh = [shifts(i, i % 70) for i in range(-50, 100)]
print(sh[0], sh[60], sh[-1])
print(shifts(1, 63), shifts(1, 64), shifts(-1, 100), shifts(-(2 ** 100), 99))
print(shifts(5, 0), shifts(-5, 1), shifts(2 ** 64, 64))
for n in (-1, -100):
    try:
        shifts(1, n)
    except ValueError as e:
        print("ValueError:", e)

# Bool operands at warmed-up int sites.
print(add(True, True), sub(False, True), mul(True, 7), other(True, True))
print(other(10, True), shifts(True, 3))
print([type(add(a, b)).__name__ for a, b in [(1, 2), (True, False), (False, 3)]])
print(True & False, True | False, True ^ True, type(True & True).__name__)


# int subclass operands with and without overrides.
class MyInt(int):
    pass


class LoudInt(int):
    def __add__(self, other):
        return "LoudInt.__add__"

    def __radd__(self, other):
        return "LoudInt.__radd__"

    def __sub__(self, other):
        return "LoudInt.__sub__"

    def __rmul__(self, other):
        return "LoudInt.__rmul__"

    def __floordiv__(self, other):
        return "LoudInt.__floordiv__"


r = [add(MyInt(i), i) for i in range(100)]
print(r[-1], type(r[-1]).__name__)
print(add(LoudInt(1), 2), add(2, LoudInt(1)), sub(LoudInt(5), 1), mul(3, LoudInt(2)))
print(other(LoudInt(7), 2)[0], other(7, LoudInt(2)))

# Mixed with other types after warm-up.
print(add(1, 2.5), mul(3, "ab"), mul([0], 3), add(1, 1j))
try:
    add(1, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    other(1, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    shifts(1.5, 1)
except TypeError as e:
    print("TypeError:", e)

# Augmented assignment sites on big values.
t = 1
for i in range(200):
    t += t * 2 + i
    t -= i
print("aug", t % (10 ** 12), t.bit_length())
m = -1
for i in range(150):
    m *= -3
    m //= 2
    m %= 10 ** 30
print("aug2", m)
