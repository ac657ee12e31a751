# Micro-benchmark (Taipan benches/): generators.
#
# What it measures: suspending and resuming generator frames, one consumer /
# producer shape per section:
#   bench_for_gen         generator function (while-loop inside) driven by a
#                         for-loop
#   bench_sum_gen         generator function consumed by sum() (next() from
#                         native code)
#   bench_genexpr_sum     generator expression consumed by sum()
#   bench_genexpr_filter  generator expression with an `if`, for-loop consumer
#   bench_yield_from      delegation through `yield from` (SEND chain)
#   bench_short_gens      many two-element generators: creation + exhaustion
#
# Specialized instruction forms exercised (CPython 3.11 names, checked with
# dis.dis(adaptive=True); later-CPython names in brackets): FOR_ITER over a
# generator and SEND are unspecialized in 3.11 [3.12: FOR_ITER_GEN, SEND_GEN];
# generator bodies use RESUME_QUICK, COMPARE_OP_INT_JUMP, BINARY_OP_ADD_INT /
# MULTIPLY_INT; in bench_short_gens the generator is created by
# PRECALL_PYFUNC + CALL_PY_EXACT_ARGS on a generator function.

N = 3_000_000


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(n):
    for i in range(n):
        yield i * i


def inner(n):
    for i in range(n):
        yield i


def outer(n):
    yield from inner(n)


def short(k):
    yield k
    yield k + 1


def bench_for_gen(n):
    total = 0
    for v in count_up(n):
        total += v
    return total


def bench_sum_gen(n):
    return sum(squares(n)) & 0xFFFFFFFF


def bench_genexpr_sum(n):
    return sum(i & 7 for i in range(n))


def bench_genexpr_filter(n):
    total = 0
    for v in (i for i in range(n) if i % 3 == 0):
        total += v
    return total


def bench_yield_from(n):
    total = 0
    for v in outer(n):
        total += v
    return total


def bench_short_gens(n):
    total = 0
    for i in range(n // 4):
        for v in short(i):
            total += v
    return total


def main():
    results = [
        bench_for_gen(N),
        bench_sum_gen(N),
        bench_genexpr_sum(N),
        bench_genexpr_filter(N),
        bench_yield_from(N),
        bench_short_gens(N),
    ]
    print("generators", results)


main()
