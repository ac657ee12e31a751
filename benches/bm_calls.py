# Micro-benchmark (Taipan benches/): Python-to-Python calls.
#
# What it measures: the cost of calling plain Python functions from a hot
# loop -- frame creation, argument binding, return -- one call shape per
# section. Callee bodies are tiny so call overhead dominates.
#
# Specialized instruction forms exercised (CPython 3.11 names, checked with
# dis.dis(adaptive=True); later-CPython names in brackets):
#   bench_positional  exact positional args: PRECALL_PYFUNC + CALL_PY_EXACT_ARGS
#   bench_keywords    keyword args (KW_NAMES + CALL): left unspecialized by 3.11
#                     and 3.12 (CALL_ADAPTIVE falls back) [3.14: CALL_KW_PY]
#   bench_defaults    omitted trailing defaults: CALL_PY_WITH_DEFAULTS
#   bench_methods     method on an instance: LOAD_METHOD_WITH_VALUES +
#                     CALL_PY_EXACT_ARGS [3.12: LOAD_ATTR_METHOD_WITH_VALUES]
#   bench_closures    calling a closure: CALL_PY_EXACT_ARGS, LOAD_DEREF in callee
#   fib (x2)          recursion: CALL_PY_EXACT_ARGS, LOAD_GLOBAL_MODULE,
#                     COMPARE_OP_INT_JUMP, BINARY_OP_ADD_INT / SUBTRACT_INT

N = 2_000_000
FIB_N = 26


def add3(a, b, c):
    return a + b + c


def kw3(a, b, c):
    return a - b + c


def with_defaults(a, b=2, c=3):
    return a + b * c


class Counter:
    def __init__(self, start):
        self.value = start

    def step(self, k):
        return self.value + k


def make_adder(base):
    def adder(x):
        return x + base
    return adder


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def bench_positional(n):
    total = 0
    for i in range(n):
        total = add3(i, total, 1) & 0xFFFF
    return total


def bench_keywords(n):
    total = 0
    for i in range(n):
        total = kw3(c=i, b=total, a=7) & 0xFFFF
    return total


def bench_defaults(n):
    total = 0
    for i in range(n):
        total = (with_defaults(i) + with_defaults(total, 5)) & 0xFFFF
    return total


def bench_methods(n):
    c = Counter(3)
    total = 0
    for i in range(n):
        total = c.step(total) & 0xFFFF
    return total


def bench_closures(n):
    add5 = make_adder(5)
    total = 0
    for i in range(n):
        total = add5(total) & 0xFFFF
    return total


def main():
    results = [
        bench_positional(N),
        bench_keywords(N),
        bench_defaults(N),
        bench_methods(N),
        bench_closures(N),
        fib(FIB_N),
        fib(FIB_N),
    ]
    print("calls", results)


main()
