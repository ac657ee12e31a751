def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result:", result)
    yield "outer-after"
    return "outer-result"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("StopIteration value:", e.value)
def gen_return():
    yield 1
    return [1, 2]
gr = gen_return()
next(gr)
try:
    next(gr)
except StopIteration as e:
    print(repr(e), e.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def delegating_throw():
    try:
        yield from inner()
    except ZeroDivisionError as e:
        print("outer caught", e)
        yield "handled"
d = delegating_throw()
next(d)
print(d.throw(ZeroDivisionError("zd")))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4]], [[5]]])))
def sub_returns_none():
    yield 1
def uses():
    r = yield from sub_returns_none()
    yield f"r={r}"
print(list(uses()))
def yf_iter():
    r = yield from [10, 20]
    yield r
print(list(yf_iter()))
