print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0))
print(pow(3, 200, 1000), pow(2, 10 ** 18, 10 ** 9 + 7), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(2 ** 0.5 == pow(2, 0.5), (-8) ** (1 / 3) == pow(-8, 1 / 3))
print((7).numerator, (7).denominator, (7).real, (7).imag, (7).conjugate())
print((10).as_integer_ratio(), (-3).__abs__(), (5).__neg__())
print(int.__name__, (3).__class__, type(10 ** 50))
print(abs(-10 ** 30), round(12345, -2), round(12355, -1), round(-15, -1), round(25, -1))
print(round(7), round(7, 2), type(round(7, 2)))
print(isinstance(2 ** 100, int), (2 ** 100).bit_length())
print(int.from_bytes((2 ** 100).to_bytes(13, "big"), "big") == 2 ** 100)
print(0 ** 0, 1 ** -1, (-1) ** -1, 2 ** -3)
