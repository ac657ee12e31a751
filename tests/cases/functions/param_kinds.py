def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, e=6, z=7))
print(f(1, c=33, d=4, b=99))
def pos_only(x, y, /):
    return x - y
print(pos_only(10, 3))
def kw_only(*, key, flag=False):
    return key, flag
print(kw_only(key="k"), kw_only(flag=True, key=1))
def star(*args):
    return args
print(star(), star(1), star(1, 2, 3), star(*[4, 5], 6, *(7,)))
def starstar(**kw):
    return kw
print(starstar(), starstar(a=1, b=2), starstar(**{"x": 1}, y=2))
def mixed(a, *rest, last):
    return a, rest, last
print(mixed(1, 2, 3, last=4), mixed("only", last=None))
def defaults(a, b=[], c={}, d=None):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults(3, []))
def name_collision(a, **kw):
    return a, kw
print(name_collision(1, b=2), name_collision(a=3, c=4))
def pos_only_and_kw(a, /, **kw):
    return a, kw
print(pos_only_and_kw(1, a=2))
def call_order(a, b, c):
    return f"a={a} b={b} c={c}"
print(call_order(1, c=3, b=2), call_order(*[1, 2], c=3), call_order(**{"c": 3, "a": 1, "b": 2}))
print(call_order(*"xy", **{"c": "z"}))
