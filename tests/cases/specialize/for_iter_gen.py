def gen(n):
    for i in range(n):
        yield i * 2
    return 5
def bad():
    yield 1
    raise StopIteration
def boom():
    yield 1
    raise ValueError("x")
for k in range(3):
    print(sum(x for x in gen(5)), [x for x in gen(3)])
    for v in gen(4):
        if v == 4: break
    print(v)
    try:
        for v in boom(): pass
    except ValueError as e:
        print("caught", e, v)
try:
    for j in range(3):
        for v in bad(): pass
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
import sys
def inner():
    try:
        raise KeyError(1)
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
for i in range(3):
    for t in inner():
        print(t, sys.exc_info()[0])
def nested():
    yield from gen(3)
for i in range(3):
    print(list(nested()))
g = gen(3)
for x in g:
    print(x, end=" ")
print(next(g, "done"))
