five, s, none, lst, tup, dct, flt = 5, "s", None, [1], (1, 2), {}, 1.5
fn = lambda: 0
tests = [
    lambda: five(),
    lambda: s(),
    lambda: none(),
    lambda: lst("x"),
    lambda: tup(),
    lambda: dct(),
    lambda: flt(),
    lambda: [x for x in 5],
    lambda: list(None),
    lambda: tuple(3.5),
    lambda: set(1),
    lambda: sum(5),
    lambda: sorted(1),
    lambda: max(7),
    lambda: dict(5),
    lambda: [*1],
    lambda: {**[1]},
    lambda: five[0],
    lambda: none[0],
    lambda: fn[0],
    lambda: len[0],
    lambda: int[0] if False else object()[0],
    lambda: 5 in 5,
    lambda: "a" in None,
    lambda: 1 in 1.5,
    lambda: hash([]),
    lambda: hash({}),
    lambda: hash({1}),
    lambda: {[]: 1},
    lambda: {{}},
    lambda: {1: 2}[[1]],
    lambda: lst[none],
    lambda: s[flt],
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
