def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "after"
    finally:
        print("finally")
g = gen()
print(repr(g).startswith("<generator object gen at 0x"), g.__name__, g.__qualname__, g.gi_running)
print(next(g), g.send("a"), g.throw(ValueError, "v1"))
try:
    next(g)
except StopIteration:
    print("stop")
print(g.gi_frame, g.gi_running)
g = gen()
next(g)
print(g.throw(ValueError("v2")))
g.close()
g = gen()
next(g)
try:
    g.throw(KeyError, KeyError("k"))
except KeyError as e:
    print("KeyError", e)
for args in [(1,), (ValueError("a"), 1), ("x",)]:
    g = gen()
    next(g)
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
    g.close()
def ret():
    yield 1
    return "value"
r = ret()
next(r)
try:
    r.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
fresh = ret()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
print(fresh.gi_code.co_name, fresh.gi_frame is not None)
def run_self():
    yield me.gi_running
me = run_self()
print(next(me))
def reentrant():
    yield next(re_g)
re_g = reentrant()
try:
    next(re_g)
except ValueError as e:
    print("ValueError:", e)
ge = (i * i for i in range(3))
print(ge.__name__, repr(ge).startswith("<generator object <genexpr> at"), list(ge), ge.gi_frame)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
c = closer()
next(c)
c.close()
c.close()
print(iter(c) is c, c.__iter__() is c)
