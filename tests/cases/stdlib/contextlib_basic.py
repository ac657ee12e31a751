# contextlib: contextmanager, suppress, closing, ExitStack, redirect_stdout, nullcontext.
import io
from contextlib import (AbstractContextManager, ExitStack, closing, contextmanager,
                        nullcontext, redirect_stdout, suppress)


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("b") as t:
    print("inside", t)

try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    raise KeyError("k")
print("after swallow")


@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2


print(decorated(21))


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))

with nullcontext(5) as v:
    print("null", v)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    res = [stack.enter_context(tag(f"t{i}")) for i in range(2)]
    print("entered", res)

with ExitStack() as outer:
    outer.callback(print, "kept")
    moved = outer.pop_all()
print("outer done")
moved.close()


class Suppressor:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("suppressor saw", exc[0].__name__ if exc[0] else None)
        return True


with ExitStack() as stack:
    stack.push(Suppressor())
    raise RuntimeError("hidden")
print("ExitStack suppressed")
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError", e)
print(isinstance(nullcontext(), AbstractContextManager), issubclass(Suppressor, AbstractContextManager),
      issubclass(int, AbstractContextManager))
