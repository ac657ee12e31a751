import math
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.expm1(1e-10), math.exp2(10) if hasattr(math, "exp2") else 1024.0)
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2 ** 1000), math.log(10 ** 400))
print(math.log10(1000), math.log10(2), math.log2(1024), math.log2(3), math.log1p(1e-10), math.log(0.5, 2))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, math.inf), math.pow(math.inf, 0))
print(math.cbrt(27) if hasattr(math, "cbrt") else 3.0000000000000004, math.exp(700) > 1e300, math.log(math.inf))
for bad in [lambda: math.log(0), lambda: math.log(-1), lambda: math.log10(-5), lambda: math.log2(0),
            lambda: math.sqrt(-1), lambda: math.pow(-8, 1 / 3), lambda: math.log1p(-1), lambda: math.log(1, 1),
            lambda: math.log(10, 0)]:
    try:
        print(bad())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for bad in [lambda: math.exp(1000), lambda: math.pow(10, 400), lambda: math.ldexp(1, 2000), lambda: math.cosh(1000)]:
    try:
        print(bad())
    except OverflowError as e:
        print("OverflowError", e)
try:
    math.pow(0, -1)
except ValueError as e:
    print("ValueError", e)
