def f(a, b: int = 2, *args, c, d: "D" = 4, **kw) -> str:
    "doc"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__annotations__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount, f.__code__.co_varnames)
print(f.__code__.co_flags & 0x0c, f.__module__, f.__closure__, type(f.__code__).__name__)
f.__qualname__ = "Renamed.f"
print(repr(f).startswith("<function Renamed.f at 0x"))
for attr, val in [("__name__", 1), ("__defaults__", 1), ("__kwdefaults__", [1]), ("__qualname__", None)]:
    try:
        setattr(f, attr, val)
    except TypeError as e:
        print("TypeError:", e)
f.__defaults__ = None
print(f.__defaults__)
class A:
    def m(self, x):
        return x * 2
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s(y):
        return y + 1
a = A()
bm = a.m
print(bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__, bm(4), bm == a.m, bm != a.m, hash(bm) == hash(a.m))
print(repr(A.c).startswith("<bound method A.c of <class '"), A.c(), A.s(1), a.s(2), a.c())
print(A.m.__get__(a)(5), A.m.__get__(None, A) is A.m, A.__dict__["c"].__func__.__name__, A.__dict__["s"].__func__(3))
print(repr(A.__dict__["s"]).startswith("<staticmethod(<function A.s at"), repr(A.__dict__["c"]).startswith("<classmethod(<function A.c at"))
print(A.__dict__["s"](10), staticmethod(len)("abc"), classmethod(A.m).__func__ is A.m, A.__dict__["s"].__wrapped__ is A.__dict__["s"].__func__)
A.m.tag = "T"
print(a.m.tag, A.m.__dict__)
print(len, [].append.__name__, [].append.__qualname__, list.append, list.append.__qualname__, list.append.__objclass__)
print(dict.__dict__["fromkeys"], len.__self__.__name__, len.__module__, type(len).__name__, type(list.append).__name__)
print(list.append.__get__([1])(2), type(int.__dict__["real"]).__name__, int.__dict__["real"].__get__(5))
print(type(A.__dict__["m"]).__name__, type(a.m).__name__, callable(a.m), A.m.__call__(a, 3))
for expr in ["staticmethod()", "classmethod(1, 2)", "classmethod(x=1)", "list.append(1, 2)"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError:", e)
def outer():
    v = 1
    def inner():
        return v
    return inner
cl = outer().__closure__
print(len(cl), cl[0].cell_contents, outer().__code__.co_freevars, outer.__code__.co_cellvars)
