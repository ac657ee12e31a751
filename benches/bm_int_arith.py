# Micro-benchmark (Taipan benches/): integer arithmetic and comparisons.
#
# What it measures: binary operators and comparisons on ints in tight loops.
# Values stay small (masked or bounded) except the running sums, which stay
# below 2**63.
#
# Specialized instruction forms exercised (CPython 3.11 names, checked with
# dis.dis(adaptive=True)):
#   bench_add_sub       BINARY_OP_ADD_INT, BINARY_OP_SUBTRACT_INT (also +=, -=)
#   bench_mul           BINARY_OP_MULTIPLY_INT (+ `&`, generic)
#   bench_div_mod_bits  //, %, &, |, ^, <<, >>: generic BINARY_OP in CPython
#                       (candidates for extra int forms), plus ADD/SUBTRACT_INT
#   bench_compare       <, <=, ==, != driving branches: COMPARE_OP_INT_JUMP
#   bench_while         a while-loop with an int counter (i < n; i += 1).
#                       Note: CPython 3.11 never quickens this function -- it is
#                       called once and its only backward jump is conditional
#                       (POP_JUMP_BACKWARD_IF_TRUE), which does not count toward
#                       warm-up -- so it runs the generic instructions there.

N = 2_200_000


def bench_add_sub(n):
    a = 0
    b = 1
    for i in range(n):
        a = a + i - b
        b += 1
        a -= i
    return a + b


def bench_mul(n):
    acc = 1
    for i in range(n):
        acc = (acc * 31 + i) & 0xFFFFF
    return acc


def bench_div_mod_bits(n):
    acc = 0
    for i in range(1, n):
        acc += (i // 7) % 13 + (i & 15) - (i | 3) + (i ^ 5) + ((i << 2) >> 3)
    return acc


def bench_compare(n):
    lo = 0
    mid = 0
    hi = 0
    for i in range(n):
        v = i % 100
        if v < 25:
            lo += 1
        elif v <= 50:
            mid += 1
        elif v != 99 and v == v:
            hi += 1
    return lo, mid, hi


def bench_while(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    return total


def main():
    results = [
        bench_add_sub(N),
        bench_mul(N),
        bench_div_mod_bits(N),
        bench_compare(N),
        bench_while(N),
    ]
    print("int_arith", results)


main()
