import sys
def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 1 / n
def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("logging and re-raising")
        raise
try:
    wrapper(0)
except ValueError as e:
    print("outer got", e)
try:
    raise KeyError("a")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]), sys.exc_info()[2] is not None)
    print(repr(sys.exception()) if hasattr(sys, "exception") else "no sys.exception in 3.11")
print(sys.exc_info())
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def handler_order():
    try:
        raise IndexError("x")
    except LookupError:
        return "LookupError first wins"
    except IndexError:
        return "never"
print(handler_order())
def nested_handlers():
    try:
        try:
            raise TypeError("t")
        except ValueError:
            return "wrong"
    except TypeError as e:
        return f"outer handler: {e}"
print(nested_handlers())
def exc_in_else():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise ValueError("from else")
try:
    exc_in_else()
except ValueError as e:
    print("else raised:", e)
errors = []
for f in (lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("z"), lambda: None.attr, lambda: undefined_zz_q):
    try:
        f()
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
