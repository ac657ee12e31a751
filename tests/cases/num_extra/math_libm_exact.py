import math
x = 0.123456789
vals = []
for i in range(400):
    x = (x * 9301.0 + 49297.0) % 233280.0
    v = x / 233280.0
    vals.append((v - 0.5) * 2 ** ((i % 40) - 20))
vals += [i / 8 for i in range(-300, 300)]
for n in ["erf", "erfc", "gamma", "lgamma", "asinh", "acosh", "atanh", "cbrt", "log1p", "expm1", "exp2", "sinh", "cosh", "tanh", "log2", "log10", "log"]:
    f = getattr(math, n)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__)
    print(n, " ".join(out))
print(sum(math.hypot(a, b) for a, b in zip(vals, vals[1:])))
print([math.hypot(a, b, 1.5) for a, b in zip(vals[:50], vals[1:51])])
