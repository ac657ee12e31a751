import operator
values = [1, 1.5, "s", [1], (1,), {1: 2}, None, {1}, b"b"]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b),
       (">>", lambda a, b: a >> b), ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
       ("@", lambda a, b: a @ b)]
pairs = [(1, "s"), ("s", 1), (None, 1), (1, None), ([1], (1,)), ({1: 2}, 1), (1.5, "s"), (b"b", "s"), ({1}, [1]), (None, None)]
for sym, fn in ops:
    for a, b in pairs:
        try:
            r = fn(a, b)
            print(f"{a!r} {sym} {b!r} = {r!r}")
        except TypeError as e:
            print(f"{a!r} {sym} {b!r}: TypeError: {e}")
