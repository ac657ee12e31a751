for v in (1.0, 1.5, -2.0, 0.0, 1e300, float("inf"), float("nan")):
    print(v, v.is_integer())
for v in (1.0, 0.5, 0.1, -2.5, 1e-3, 3.0, 1e20, 0.0):
    print(v, v.as_integer_ratio(), v.hex())
print((2.5).real, (2.5).imag, (2.5).conjugate())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(float.fromhex((0.1).hex()) == 0.1)
print((3.7).__trunc__(), (-3.7).__floor__(), (-3.2).__ceil__(), (3.5).__round__())
print(int(3.7), int(-3.7))
