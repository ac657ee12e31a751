class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            return True
        return None
with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after suppressed KeyError")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)
def f():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print("iteration", i, 1 / (i - 1))
    return "done"
print(f())
class TruthyExit:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return "non-empty string is truthy"
with TruthyExit():
    raise RuntimeError("swallowed by truthy return")
print("swallowed")
class ExitRaises:
    def __enter__(self):
        pass
    def __exit__(self, et, ev, tb):
        raise KeyError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("original")
except KeyError as e:
    print("KeyError:", e, "context:", repr(e.__context__))
