def f(a, /, b, *, c):
    return (a, b, c)
print(f(1, 2, c=3), f(1, b=2, c=3))
def g(a=1, /, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(g(), g(10), g(10, 20, 30, 40), g(b=5), g(c=9, d=10), g(1, 2, a=99))
def h(*args, **kwargs):
    return len(args), sorted(kwargs)
print(h(), h(*range(100)), h(**{f"k{i}": i for i in range(5)}))
def only_kwargs(**kw):
    return kw
print(only_kwargs(self=1, cls=2, args=3))
def shadow_builtin(list=None, dict=None):
    return list, dict
print(shadow_builtin(list=[1], dict={}))
def defaults_reference(a, b=None):
    b = a if b is None else b
    return a + b
print(defaults_reference(2), defaults_reference(2, 3))
def returns_multiple():
    return 1, "two", [3]
x, y, z = returns_multiple()
print(x, y, z, returns_multiple())
def no_return():
    x = 1
print(no_return())
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i == 3:
            return f"stopped at {i}"
    return "finished"
print(early(-1), early(2), early(10))
def annotated(a: int = 5, *args: str, b: "kw" = None, **kw: float) -> "ret":
    return a
print(annotated(), sorted(annotated.__annotations__.items()))
def doc_only():
    """Only a docstring."""
print(doc_only(), doc_only.__doc__)
