def documented(a, b=1, *args, c, d=2, **kw):
    """This is the docstring.

    More lines.
    """
    local_var = 1
    return local_var
print(documented.__name__, documented.__qualname__)
print(repr(documented.__doc__))
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__module__, type(documented).__name__, callable(documented))
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount, documented.__code__.co_name)
def nodoc():
    pass
print(nodoc.__doc__, nodoc(), nodoc.__defaults__, nodoc.__kwdefaults__)
class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Nested.deep.__qualname__, Outer.Nested.__qualname__)
lam = lambda x: x
print(lam.__name__, lam.__qualname__)
def outer_fn():
    return lambda: None
print(outer_fn().__qualname__)
documented.custom = "attr"
print(documented.custom, "custom" in documented.__dict__)
documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
def annotated(x: int, y: "str" = "s") -> bool:
    return True
print(annotated.__annotations__)
print(nodoc.__globals__ is globals())
def with_doc_expr():
    "single-quoted docstring"
print(with_doc_expr.__doc__)
