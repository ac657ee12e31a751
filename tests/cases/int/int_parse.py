print(int("42"), int("-17"), int("  +8  "), int("1_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("101", 2), int("z", 36), int("Zz", 36), int("10", 3))
print(int("12345678901234567890123456789"))
print(int(3.99), int(-3.99), int(True), int("  7\n"))
print(int("٣"), int("１２"))
print(int(), int(0.0), int(-0.0))
for bad in ["x", "", " ", "1.5", "1__0", "_1", "0x10", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for s, base in [("9", 8), ("g", 16), ("012", 0), ("2", 2)]:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("1", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
