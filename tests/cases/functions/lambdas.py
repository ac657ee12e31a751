sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
print((lambda x, y=10: x + y)(1), (lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x % 3, range(7))), list(filter(lambda x: x > 2, [1, 5, 2, 8])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda: (yield))().__class__.__name__ if False else "skip")
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (x, lambda: x))(5)[1]())
cond = lambda x: "even" if x % 2 == 0 else "odd"
print([cond(i) for i in range(4)])
