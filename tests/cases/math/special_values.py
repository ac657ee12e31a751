import math
inf, nan = math.inf, math.nan
for name in ["sqrt", "exp", "log", "sin", "cos", "tan", "atan", "tanh", "floor", "ceil", "fabs", "erf"]:
    fn = getattr(math, name)
    out = []
    for v in (inf, -inf, nan, 0.0, -0.0):
        try:
            out.append(repr(fn(v)))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}")
    print(name, out)
print(math.atan2(inf, inf), math.atan2(-inf, inf), math.hypot(inf, nan), math.hypot(nan, 1))
print(math.copysign(0.0, -1), math.fmod(5, inf), math.pow(nan, 0), math.pow(1, nan), math.fsum([inf, 1]))
print(math.isnan(inf - inf), math.isinf(inf * 2), math.isinf(-inf), math.isclose(inf, -inf))
try:
    math.fsum([inf, -inf])
except ValueError as e:
    print("ValueError", e)
try:
    math.fmod(inf, 1)
except ValueError as e:
    print("ValueError", e)
print(math.trunc(-0.5), math.floor(-0.5), math.ceil(0.5), round(-0.5), math.modf(-0.0), math.modf(inf))
