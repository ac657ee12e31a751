for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5):
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1.25, 1), (1.35, 1), (12345.678, -2),
             (0.5, 0), (-0.5, 0), (1e300, 2), (123.456, 5), (1.5, -1), (15.0, -1), (25.0, -1)]:
    print(v, n, round(v, n))
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(-0.4), round(0.4999999999999999), round(-0.0, 1))
