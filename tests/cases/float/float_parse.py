for s in ["1.5", "  -2.25 ", "1e3", "1E-2", "inf", "-Infinity", "nan", "NaN", "+nan", "1_000.5",
          ".5", "5.", "0x10" if False else "16", "-0", "1e400", "-1e400", "1e-400", "  3\n"]:
    print(repr(s), float(s))
print(float(3), float(-7), float(True), float(10 ** 18), float())
for bad in ["abc", "", "1.2.3", "1e", "--1", "in f", "1_", "0x1p3"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"))
