for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, ModuleNotFoundError, UnboundLocalError,
            RecursionError, NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
            UnicodeDecodeError, OverflowError, TimeoutError, BlockingIOError, IndentationError, TabError,
            DeprecationWarning, BrokenPipeError, ExceptionGroup]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(LookupError, Exception))
print(issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(Warning, Exception), issubclass(UserWarning, Warning), issubclass(EnvironmentError, OSError), EnvironmentError is OSError, IOError is OSError)
print(issubclass(bool, BaseException), issubclass(TypeError, (ValueError, Exception)))
try:
    raise FileNotFoundError("nope")
except OSError as e:
    print("caught as OSError:", type(e).__name__)
try:
    [][0]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise int
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except 5:
        pass
    print("except clause with bad type is fine if unused")
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raise instantiates:", repr(e))
