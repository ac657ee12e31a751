import math
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 10.0, 100.0, 1e-10, 1e10, 1e300, -1e300, 5e-324, 0.1, 0.84, 0.9, 1.2, 1.3, 2.5, 2.9, 3.5, 5.5, 6.5, 27.0, 30.0, 150.5, 171.5, -2.5, -0.1, float("inf"), float("-inf"), float("nan"), 7, -7, 2**70]
names = ["sqrt","exp","exp2","expm1","log","log2","log10","log1p","sin","cos","tan","asin","acos","atan","sinh","cosh","tanh","asinh","acosh","atanh","gamma","lgamma","erf","erfc","fabs","floor","ceil","trunc","degrees","radians","frexp","modf","isfinite","isinf","isnan","ulp","cbrt"]
for n in names:
    f = getattr(math, n)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(n, " ".join(out))
pairs = [(1.0, 2.0), (-1.0, 0.5), (0.0, -1.0), (2.0, 0.5), (-8.0, 1/3), (10.0, 3.0), (-10.0, 3.0), (1e308, 10.0), (float("inf"), 2.0), (2.0, float("inf")), (0.5, float("-inf")), (float("nan"), 0.0), (1.0, float("nan")), (3, 4), (5.5, -2.25), (0.0, 0.0), (-0.0, 1.0), (7.0, 0.0)]
for n in ["pow", "atan2", "fmod", "remainder", "copysign", "hypot", "nextafter", "log", "ldexp_", "isclose"]:
    out = []
    for a, b in pairs:
        try:
            if n == "ldexp_":
                out.append(repr(math.ldexp(a, int(b) if math.isfinite(b) else 5)))
            else:
                out.append(repr(getattr(math, n)(a, b)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(n, " ".join(out))
print(math.hypot(1, 2, 3), math.hypot(3e200, 4e200), math.hypot(1e-310, 1e-310), math.hypot(), math.hypot(-5), math.dist((1, 2, 3), (4, 5, 6)))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1e-16, 1, 1e16]))
print(math.factorial(30), math.comb(100, 50), math.perm(10, 3), math.perm(5), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.isqrt(10**40 + 12345))
print(math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod([], start=5), math.log(1000, 10), math.log(2**2000), math.log10(10**500), math.log2(3**1000))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [1.5, 2**0.5, 1e-300, 123456789.123]:
    print(math.frexp(x), math.ldexp(*math.frexp(x)))
