class AppError(Exception):
    pass
def load():
    try:
        {}["config"]
    except KeyError as e:
        raise AppError("config missing") from e
try:
    load()
except AppError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
try:
    implicit()
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def suppressed():
    try:
        int("x")
    except ValueError:
        raise TypeError("clean") from None
try:
    suppressed()
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("outer") from KeyError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise KeyError("x") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("v")
    except ValueError as v:
        try:
            raise KeyError("k")
        except KeyError as k:
            print(k.__context__ is v)
            raise
except KeyError as e:
    print("re-raised", repr(e), repr(e.__context__))
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
