tests = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("pow(0, -2)", lambda: pow(0, -2)),
    ("10**30 // 0", lambda: 10 ** 30 // 0),
    ("True / False", lambda: True / False),
    ("1j / 0", lambda: 1j / 0),
    ("5 % False", lambda: 5 % False),
]
for label, fn in tests:
    try:
        fn()
        print(label, "no error")
    except ZeroDivisionError as e:
        print(f"{label:>18}: ZeroDivisionError: {e}")
print(issubclass(ZeroDivisionError, ArithmeticError))
