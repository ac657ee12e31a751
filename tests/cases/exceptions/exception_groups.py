def raise_group():
    raise ExceptionGroup("several problems", [ValueError("bad value"), TypeError("bad type"), ValueError("another")])
try:
    raise_group()
except* ValueError as eg:
    print("ValueError group:", repr(eg), [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeError group:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("msg", [KeyError("k"), OSError("o")])
print(eg.message, len(eg.exceptions), str(eg), type(eg).__name__)
match_, rest = eg.split(KeyError)
print(repr(match_), repr(rest))
print(repr(eg.subgroup(OSError)), eg.subgroup(ZeroDivisionError))
try:
    try:
        raise ExceptionGroup("outer", [IndexError("i"), KeyError("unhandled")])
    except* IndexError:
        print("handled IndexError part")
except ExceptionGroup as remaining:
    print("remaining:", repr(remaining))
try:
    raise ValueError("plain")
except* ValueError as eg2:
    print("naked exception wrapped:", type(eg2).__name__, repr(eg2.exceptions))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
nested = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
vals, others = nested.split(ValueError)
print(repr(vals))
print(repr(others))
