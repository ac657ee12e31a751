import math
names = sorted(n for n in dir(math) if not n.startswith("_"))
expected = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'comb', 'copysign', 'cos', 'cosh',
            'degrees', 'dist', 'e', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'factorial', 'floor', 'fmod', 'frexp',
            'fsum', 'gamma', 'gcd', 'hypot', 'inf', 'isclose', 'isfinite', 'isinf', 'isnan', 'isqrt', 'lcm', 'ldexp',
            'lgamma', 'log', 'log10', 'log1p', 'log2', 'modf', 'nan', 'nextafter', 'perm', 'pi', 'pow', 'prod', 'radians',
            'remainder', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau', 'trunc', 'ulp']
print(names == expected)
print([n for n in expected if n not in names], [n for n in names if n not in expected])
print(math.__name__, type(math).__name__, type(math.sqrt).__name__, math.sqrt.__name__)
print(math.cbrt(27), math.cbrt(-8), math.exp2(10), math.exp2(0.5))
