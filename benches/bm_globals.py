# Micro-benchmark (Taipan benches/): global and builtin name loads.
#
# What it measures: loops whose bodies mostly read module-level globals (int
# constants, a constant tuple, a function) and builtins (len, range, abs,
# min). No global is written while the loops run, so guards on the globals /
# builtins dicts stay valid.
#
# Specialized instruction forms exercised (CPython 3.11 names, checked with
# dis.dis(adaptive=True)):
#   bench_module_globals   LOAD_GLOBAL_MODULE (+ BINARY_OP_ADD_INT / MULTIPLY_INT)
#   bench_builtins         LOAD_GLOBAL_BUILTIN, PRECALL_NO_KW_LEN,
#                          PRECALL_NO_KW_BUILTIN_O (abs); min() stays generic
#   bench_nested_range     LOAD_GLOBAL_BUILTIN (range, len), PRECALL_BUILTIN_CLASS,
#                          LOAD_GLOBAL_MODULE + BINARY_SUBSCR_TUPLE_INT
#   bench_global_function  LOAD_GLOBAL_MODULE + CALL_PY_EXACT_ARGS

N = 3_000_000

STEP = 3
LIMIT = 997
OFFSET = 7
TABLE = (1, 2, 3, 4, 5, 6, 7, 8)


def helper(x):
    return x


def bench_module_globals(n):
    total = 0
    for i in range(n):
        total = (total + STEP + OFFSET + STEP * OFFSET) % LIMIT
    return total


def bench_builtins(n):
    total = 0
    for i in range(n):
        total += len(TABLE) + abs(-STEP) + min(i, OFFSET)
    return total


def bench_nested_range(n):
    total = 0
    for i in range(n // 50):
        for j in range(len(TABLE)):
            total += TABLE[j]
    return total


def bench_global_function(n):
    total = 0
    for i in range(n):
        total += helper(STEP)
    return total


def main():
    results = [
        bench_module_globals(N),
        bench_builtins(N),
        bench_nested_range(N),
        bench_global_function(N),
    ]
    print("globals", results)


main()
