def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")
g = countdown(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(list(g))
print(next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
def gen_expr_equiv():
    yield from (x * x for x in range(4))
print(list(gen_expr_equiv()), sum(x for x in range(5)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def lazy():
    print("body runs only on first next")
    yield 1
lz = lazy()
print("created")
print(next(lz))
print(list(zip(countdown(2), "ab")))
def multi_yield():
    x = yield
    print("got", x)
    yield x * 2
m = multi_yield()
print(next(m), m.send(21))
