# BINARY_OP_*_FLOAT: int/float mixes, division by zero, nan/inf, -0.0.
import math


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


acc = 0.0
for i in range(150):
    acc = add(acc, 0.1)
    acc = sub(acc, 0.05)
    acc = mul(acc, 1.0001)
    acc = div(acc, 1.00005)
print("warm", repr(acc))

# Mixed int / float operand orders at the warmed sites.
print(add(1, 0.5), add(0.5, 1), sub(10, 0.25), sub(0.25, 10), mul(3, 0.5), mul(0.5, 3))
print(div(1, 3), div(1.0, 3), div(7, 2), div(-7, 2), div(2 ** 60, 2.0), div(10 ** 20, 3))
print(div(2 ** 1000, 2 ** 999), div(-(2 ** 1000), 3.0))
print(repr(add(2 ** 53, 1.0)), repr(mul(2 ** 63, 1.5)))

# Division by zero: int and float zero, positive and negative zero.
for a, b in [(1.0, 0.0), (1, 0.0), (1.0, 0), (0.0, -0.0), (1, 0), (-1.5, False)]:
    try:
        div(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    1.5 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# nan / inf.
inf = float("inf")
nan = float("nan")
print(add(inf, 1), sub(inf, inf), mul(inf, 0), mul(-inf, 2), div(1, inf), div(-1, inf))
print(div(inf, inf), add(nan, 1), nan == add(nan, 0), math.isnan(mul(nan, 0)))
print(div(1e308, 1e-10), mul(1e308, 10), mul(-1e308, 10), add(1e308, 1e308))

# Negative zero.
nz = -0.0
print(repr(add(nz, nz)), repr(add(nz, 0.0)), repr(add(0, nz)), repr(sub(0.0, 0.0)), repr(sub(nz, 0.0)))
print(repr(mul(nz, 5)), repr(mul(-5, 0.0)), repr(div(nz, 3)), repr(div(0, -3.0)))
print(math.copysign(1, mul(0, -1.0)), math.copysign(1, sub(nz, 0)))

# Overflow converting big int to float.
try:
    add(2 ** 1100, 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    div(2 ** 1100, 1.5)
except OverflowError as e:
    print("OverflowError:", e)
try:
    div(2 ** 2000, 2 ** 1000 + 1)
except OverflowError as e:
    print("OverflowError:", e)
print(div(2 ** 2000, 2 ** 1999), div(1, 2 ** 2000))

# bool and float subclass operands.
print(add(True, 0.5), mul(False, 2.5), div(True, 4.0))


class MyFloat(float):
    def __add__(self, other):
        return "MyFloat.__add__"

    def __rtruediv__(self, other):
        return "MyFloat.__rtruediv__"


class PlainFloat(float):
    pass


print(add(MyFloat(1.0), 2.0), add(2.0, MyFloat(1.0)), div(2.0, MyFloat(1.0)))
r = add(PlainFloat(1.5), 1.5)
print(r, type(r).__name__)

# Other types at the warm float sites.
print(add(1.5, 1j), mul(2.0, 1j))
try:
    add(1.5, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    mul(1.5, [1])
except TypeError as e:
    print("TypeError:", e)

# Many alternating type pairs through one site (misses / deopt).
vals = [1, 2.5, True, -3, 0.0, 2 ** 70, -1e-300]
res = []
for i in range(150):
    a = vals[i % len(vals)]
    b = vals[(i * 3 + 1) % len(vals)]
    try:
        res.append(repr(div(a, b)))
    except ZeroDivisionError:
        res.append("ZDE")
print(res[:8])
print(res[-5:])
