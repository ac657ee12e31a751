def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
for k in range(3):
    g = outer()
    print(next(g), g.send("a"), g.send("b"))
    print(list(outer()))
def bad_inner():
    yield 1
    raise ValueError("v")
def outer2():
    try:
        yield from bad_inner()
    except ValueError as e:
        yield "caught " + str(e)
for k in range(3):
    print(list(outer2()))
def stopper():
    yield 1
    raise StopIteration("x")
def outer3():
    yield from stopper()
for k in range(2):
    try:
        list(outer3())
    except RuntimeError as e:
        print("RT", e)
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed inner")
def outer4():
    yield from closing()
g = outer4(); print(next(g)); g.close()
g = outer4(); print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KE", e)
def deep(n):
    if n == 0:
        yield 0
        return
    yield from deep(n - 1)
    yield n
for k in range(3):
    print(sum(deep(50)))
