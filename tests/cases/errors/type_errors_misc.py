tests = [
    ("len(5)", lambda: len(5)),
    ("'a' < 1", lambda: "a" < 1),
    ("[] + None", lambda: [] + None),
    ("int([])", lambda: int([])),
    ("float({})", lambda: float({})),
    ("str.join(',', [1])", lambda: ",".join([1])),
    ("sorted([1, 'a'])", lambda: sorted([1, "a"])),
    ("sum(['a'])", lambda: sum(["a"])),
    ("range('a')", lambda: range("a")),
    ("'x'.split(1)", lambda: "x".split(1)),
    ("abs('x')", lambda: abs("x")),
    ("round('x')", lambda: round("x")),
    ("chr(1.5)", lambda: chr(1.5)),
    ("ord(1)", lambda: ord(1)),
    ("iter(None)", lambda: iter(None)),
    ("next(5)", lambda: next(5)),
    ("dict(1)", lambda: dict(1)),
    ("list(1)", lambda: list(1)),
    ("isinstance(1, 'int')", lambda: isinstance(1, "int")),
    ("hash(set())", lambda: hash(set())),
    ("object() + 1", lambda: object() + 1),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("f'{1:s}'", lambda: f"{1:s}"),
    ("{}.get()", lambda: {}.get()),
    ("[].sort(key=1)", lambda: [2, 1].sort(key=1)),
    ("setattr(1)", lambda: setattr(1)),
    ("divmod('a', 1)", lambda: divmod("a", 1)),
    ("pow('a', 2)", lambda: pow("a", 2)),
    ("max(1)", lambda: max(1)),
    ("bytes('x')", lambda: bytes("x")),
    ("int('1', base='x')", lambda: int("1", base="x")),
    ("'abc'[None:'x']", lambda: "abc"[None:"x"]),
]
for label, fn in tests:
    try:
        fn()
        print(f"{label}: no error")
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
