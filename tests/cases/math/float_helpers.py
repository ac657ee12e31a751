import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(1.0, 1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e10), math.ulp(-2.0), math.ulp(math.inf), math.ulp(2 ** 52))
print(math.trunc(1e20), math.floor(1e20), math.ceil(-1e-20), math.copysign(math.inf, -1), math.copysign(math.nan, -1))
print(math.isnan(math.copysign(math.nan, -1)), math.fabs(-math.inf), math.erf(0), math.erf(1), math.erfc(0))
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.gamma(1))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
for bad in [lambda: math.gamma(0), lambda: math.gamma(-1), lambda: math.floor(math.inf), lambda: math.ceil(math.nan)]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError", e)
print(math.sqrt(True), math.floor(True), math.sqrt(4) == 2)
