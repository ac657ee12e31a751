def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
                print("received", received)
            except ValueError as e:
                print("caught inside:", e)
                received = "recovered"
    finally:
        print("cleanup")
g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(g.throw(ValueError("boom")))
print(g.send("after"))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
g2 = echo()
try:
    g2.send("not started")
except TypeError as e:
    print("TypeError:", e)
g3 = echo()
next(g3)
try:
    g3.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated KeyError", e)
def ignores_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
ic = ignores_close()
next(ic)
try:
    ic.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(ic, "finished"))
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
rc = returns_on_close()
next(rc)
rc.close()
rc.close()
unstarted = echo()
unstarted.close()
print("closing unstarted prints nothing")
def thrower():
    yield 1
t = thrower()
try:
    t.throw(IndexError, "by type")
except IndexError as e:
    print("IndexError:", e)
