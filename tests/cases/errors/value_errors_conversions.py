tests = [
    lambda: int("x"),
    lambda: int("12.5"),
    lambda: int(""),
    lambda: int("0b12", 0),
    lambda: int("zz", 16),
    lambda: float("one"),
    lambda: float(""),
    lambda: complex("x"),
    lambda: int("  "),
    lambda: int("1 2"),
    lambda: int("\u0661\u0662x"),
    lambda: "abc".index("z"),
    lambda: [1].index(2),
    lambda: (1,).index(2),
    lambda: "a,b".split(",", "x"),
    lambda: chr(-1),
    lambda: range(0, 1, 0),
    lambda: bytes([300]),
    lambda: "x".center(1, ""),
    lambda: [].remove(1),
    lambda: "%d" % "s",
    lambda: bytes.fromhex("zz"),
    lambda: "{0}{}".format(1, 2),
    lambda: float("1e500x"),
]
for t in tests:
    try:
        r = t()
        print("no error", repr(r)[:20])
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
