def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}{kwargs if kwargs else ''}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, 2)
add(a=3, b=4)
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("bob"))
def tag(label):
    def deco(fn):
        print("decorating", fn.__name__, "with", label)
        fn.labels = getattr(fn, "labels", []) + [label]
        return fn
    return deco
@tag("outer")
@tag("inner")
def stacked():
    return "stacked"
print(stacked(), stacked.labels)
def register(cls):
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(Plugin.registered)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self):
        print("Config created")
print(Config() is Config())
registry = {}
def route(path):
    def deco(fn):
        registry[path] = fn
        return fn
    return deco
@route("/a")
def page_a():
    return "A"
@route("/b")
def page_b():
    return "B"
print({k: v() for k, v in registry.items()})
@(lambda fn: fn.__name__.upper())
def weird():
    pass
print(weird)
funcs = [lambda f: f]
@funcs[0]
def via_subscript():
    return "subscript decorator"
print(via_subscript())
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
