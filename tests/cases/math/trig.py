import math
for x in [0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, -1.5, 10]:
    print(f"{x:.6f}", f"{math.sin(x):.12f}", f"{math.cos(x):.12f}", f"{math.tan(x):.6f}")
print(math.asin(1), math.acos(0), math.atan(1), math.atan(math.inf), math.asin(0.5), math.acos(-1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1), math.atan2(0, 0), math.atan2(1, 0))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.tanh(100), math.asinh(1), math.acosh(1), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(90) == math.pi / 2)
print(math.hypot(3, 4), math.hypot(), math.hypot(5), math.hypot(1, 2, 2), math.hypot(-3, -4), math.hypot(1e200, 1e200))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]), math.dist((1,), (4,)))
for bad in [lambda: math.asin(2), lambda: math.acos(-1.5), lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.sin(math.inf)]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError", e)
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError", e)
