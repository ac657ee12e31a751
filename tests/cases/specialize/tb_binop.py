# Tracebacks from errors raised inside specialized BINARY_OP / COMPARE_OP instructions.
# Expressions starting on their own line keep CPython 3.11 from printing caret lines.


def add(a, b):
    return (
        a +
        b
    )


def div(a, b):
    return (
        a /
        b
    )


def floordiv(a, b):
    return (
        a
        // b
    )


def less(a, b):
    return (
        a <
        b
    )


for i in range(1, 120):
    add(i, i)
    div(i * 1.5, 2.0)
    floordiv(i, 3)
    less(i, 5)
    less(i * 0.5, 2.5)

try:
    add(1,
        "x")
except TypeError:
    try:
        div(1.5, 0.0)
    except ZeroDivisionError:
        try:
            floordiv(10, 0)
        except ZeroDivisionError:
            try:
                less(1.5, None)
            except TypeError:
                less(1, "one")
