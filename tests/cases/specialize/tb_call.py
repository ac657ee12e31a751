# Tracebacks through specialized CALL forms (inline Python frames, builtins).


def leaf(a, b):
    return (
        a //
        b
    )


def mid(a, b=1):
    return (
        leaf(a, b)
    )


def top(a):
    return (
        mid(a)
    )


def measure(x):
    len(x)


def check(x, t):
    isinstance(x, t)


def push(lst, v):
    (
        lst.append
    )(v)


for i in range(1, 150):
    top(i)
    mid(i, 2)
    measure("abc")
    check(i, int)
    push([], i)

mid.__defaults__ = (0,)
try:
    top(5)
except ZeroDivisionError:
    try:
        leaf(1)
    except TypeError:
        try:
            measure(5)
        except TypeError:
            try:
                check(1, 2)
            except TypeError:
                try:
                    push((), 1)
                except AttributeError:
                    mid(1, 2, 3)
