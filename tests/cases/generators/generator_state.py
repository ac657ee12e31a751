def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_frame is not None)
print(next(gen))
print(list(gen), gen.gi_frame)
def raises():
    yield 1
    raise ValueError("inside generator")
r = raises()
print(next(r))
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(next(r, "exhausted after error"))
def stop_inside():
    yield 1
    raise StopIteration("converted")
s = stop_inside()
next(s)
try:
    next(s)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
it = iter(g())
print(iter(it) is it, hasattr(it, "__next__"), hasattr(it, "send"))
def gen_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally runs")
gwf = gen_with_finally()
for v in gwf:
    print(v)
    break
print("after break")
gwf.close()
print("after close")
gf = gen_with_finally()
print(list(gf))
