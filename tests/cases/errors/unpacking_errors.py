tests = [
    "a, b = 1, 2, 3",
    "a, b, c = 1, 2",
    "a, b = 1",
    "a, b = 'xyz'",
    "a, = []",
    "a, *b, c = [1]",
    "(a, b), c = (1, 2, 3), 4",
    "a, b = {'k': 1}",
    "a, b = None",
    "[a, b] = range(5)",
    "a, *b = 5",
    "a, b = iter([1])",
    "for x, y in [(1, 2, 3)]: pass",
    "x, y = (i for i in range(3))",
]
for src in tests:
    try:
        exec(src, {})
        print(src, "-> ok")
    except (ValueError, TypeError) as e:
        print(f"{src:<34} -> {type(e).__name__}: {e}")
def f(a, b):
    pass
try:
    f(*(1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
