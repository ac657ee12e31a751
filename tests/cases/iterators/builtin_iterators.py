print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip("ab", [1, 2], strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], [1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
m = map(str, range(3))
print(next(m), list(m), list(m))
z = zip(range(5), range(2))
print(list(z))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
print(sorted(zip("cab", range(3))), dict(zip("ab", range(2))), dict(enumerate("xy")))
