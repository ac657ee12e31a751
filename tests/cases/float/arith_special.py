inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print(nan + 1, nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, -inf < inf)
print(0.0 == -0.0, str(-0.0), -0.0 + 0.0, 0.0 * -1, abs(-0.0))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2))
print(1e308 + 1e308, -1e308 - 1e308, 1e-320 / 10, 5e-324 / 2)
print(0.1 * 3, 0.1 * 3 == 0.3, 1.1 + 2.2, 3 * 1.1)
print(2.0 ** 0.5, 10.0 ** -2, (-8.0) ** 2, 2.0 ** 1000)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-8.0) ** 0.5
except Exception as e:
    print(type(e).__name__, e)
else:
    print("complex result", (-8.0) ** 0.5)
print(inf % 3 if False else "skip", 5.0 % inf, -5.0 % inf)
print(float(2 ** 53) + 1, 2 ** 53 + 1.0 == 2 ** 53)
print(1 / 3 + 1 / 3 + 1 / 3, sum([0.1] * 10))
print(1.0 == 1, 1.5 > 1, 2 ** 60 == float(2 ** 60), 2 ** 60 + 1 == float(2 ** 60 + 1))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1.5), hash(float("inf")))
