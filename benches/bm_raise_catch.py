# Micro-benchmark (Taipan benches/): raising and catching exceptions.
#
# What it measures: the slow path -- exception object creation, RAISE_VARARGS,
# unwinding to the handler through the exception table, PUSH_EXC_INFO /
# CHECK_EXC_MATCH / POP_EXCEPT, `except ... as e` binding and cleanup. These
# instructions are not specialized in CPython; the benchmark guards against
# regressions on the exceptional path while fast paths get specialized.
#   bench_same_frame   raise ValueError and catch it in the same frame
#   bench_callee       raise in a callee (CALL_PY_EXACT_ARGS), catch in caller;
#                      reads e.args[0] (BINARY_SUBSCR_TUPLE_INT)
#   bench_custom       user exception subclass with __init__/super() and an
#                      attribute, caught by its base class
#   bench_implicit     KeyError raised by a dict lookup (BINARY_SUBSCR_DICT miss)
#   bench_finally      try/except/else/finally where every iteration raises

N = 600_000


class AppError(Exception):
    pass


class DetailError(AppError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def fail(i):
    raise ValueError(i)


def bench_same_frame(n):
    caught = 0
    for i in range(n):
        try:
            raise ValueError("bad")
        except ValueError:
            caught += 1
    return caught


def bench_callee(n):
    total = 0
    for i in range(n):
        try:
            fail(i)
        except ValueError as e:
            total += e.args[0] & 1
    return total


def bench_custom(n):
    total = 0
    for i in range(n):
        try:
            raise DetailError(i & 15)
        except AppError as e:
            total += e.code
    return total


def bench_implicit(n):
    d = {"a": 1}
    missing = 0
    for i in range(n):
        try:
            d["b"]
        except KeyError:
            missing += 1
    return missing


def bench_finally(n):
    count = 0
    cleanups = 0
    for i in range(n):
        try:
            raise TypeError
        except TypeError:
            count += 1
        else:
            count -= 100
        finally:
            cleanups += 1
    return count + cleanups


def main():
    results = [
        bench_same_frame(N),
        bench_callee(N),
        bench_custom(N),
        bench_implicit(N),
        bench_finally(N),
    ]
    print("raise_catch", results)


main()
