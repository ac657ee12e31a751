calls = [
    lambda: len(),
    lambda: len([1], [2]),
    lambda: len(5),
    lambda: abs(),
    lambda: abs(1, 2),
    lambda: isinstance(1),
    lambda: divmod(1),
    lambda: "abc".split(1),
    lambda: "abc".upper(1),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: {}.get(),
    lambda: ord(),
    lambda: chr("a"),
    lambda: int(1, 2, 3),
    lambda: sorted(),
    lambda: sorted([1], [2]),
    lambda: getattr(1),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: min(),
    lambda: max([]),
    lambda: min([], key=len),
    lambda: sum([1], 2, 3),
    lambda: print(sep=1),
    lambda: "x".join(),
    lambda: hash(),
    lambda: iter(),
    lambda: next(),
    lambda: pow(1),
    lambda: round(),
    lambda: str(1, 2, 3, 4),
]
for c in calls:
    try:
        c()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
