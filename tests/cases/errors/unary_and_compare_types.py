for fn, label in [(lambda v: -v, "-"), (lambda v: +v, "+"), (lambda v: ~v, "~"), (lambda v: abs(v), "abs")]:
    for v in ["s", None, [1], 1.5, {}]:
        try:
            print(label, repr(v), "=", fn(v))
        except TypeError as e:
            print(label, repr(v), "TypeError:", e)
cmps = [("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), (">", lambda a, b: a > b), (">=", lambda a, b: a >= b)]
for sym, fn in cmps:
    for a, b in [(1, "a"), ("a", 1), (None, None), ([1], (1,)), ({}, {}), (1j, 2j), (object, object), ({1}, [1])]:
        try:
            print(repr(a), sym, repr(b), fn(a, b))
        except TypeError as e:
            print(repr(a), sym, repr(b), "TypeError:", e)
print(1 == "a", None == 0, [1] == (1,), {} != [], 1 != None)
