for w in ["ab", "abc", "", "toolongvalue"]:
    print("[" + w.center(7) + "]", "[" + w.center(8, "*") + "]", "[" + w.ljust(6, ".") + "]", "[" + w.rjust(6) + "]")
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(6), "12345".zfill(3), "".zfill(2), "-".zfill(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("x".ljust(-1), "é".center(3, "ü"))
