log = []
def src(n):
    for i in range(n):
        log.append(f"produce {i}")
        yield i
gen = (x * 10 for x in src(3))
print("created, log:", log)
print(next(gen), log)
print(list(gen), log)
def first_match(pred, it):
    for x in it:
        if pred(x):
            return x
log.clear()
print(first_match(lambda v: v > 0, src(100)), len(log))
g = (i for i in range(3))
print(iter(g) is g, g.__next__(), list(g))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
def lazy_error():
    yield 1
    raise KeyError("later")
le = lazy_error()
print(next(le))
try:
    next(le)
except KeyError as e:
    print("KeyError:", e)
gen2 = (x for x in [1, 2, 3])
print(sum(gen2), sum(gen2))
evens = (n for n in range(10) if n % 2 == 0)
squares = (n * n for n in evens)
print(list(squares))
print(any(x > 2 for x in [1, 2, 3, 4]), all(x < 3 for x in [1, 2, 3]))
