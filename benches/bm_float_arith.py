# Micro-benchmark (Taipan benches/): float arithmetic and comparisons.
#
# What it measures: binary operators and comparisons on floats in tight loops.
# Results are rounded before printing; every operation is IEEE-754 exact-
# rounded, so output matches between conforming interpreters.
#
# Specialized instruction forms exercised (CPython 3.11 names, checked with
# dis.dis(adaptive=True)):
#   bench_add_sub_mul  BINARY_OP_ADD_FLOAT, BINARY_OP_SUBTRACT_FLOAT,
#                      BINARY_OP_MULTIPLY_FLOAT (also +=, -=)
#   bench_div          `/` on floats: generic BINARY_OP in 3.11; + ADD_FLOAT
#   bench_mixed        int*float and int/int mixed into a float sum: generic
#                      BINARY_OP (specialized float forms need two floats)
#   bench_compare      <, >, == on floats: COMPARE_OP_FLOAT_JUMP
#   bench_kernel       2-D rotation + Horner polynomial (nbody-style kernel):
#                      MULTIPLY/ADD/SUBTRACT_FLOAT, STORE_FAST__STORE_FAST

N = 2_500_000


def bench_add_sub_mul(n):
    x = 0.5
    y = 1.25
    acc = 0.0
    for _ in range(n):
        acc = acc * 0.5 + x * y - 0.125
        x += 0.001
        y -= 0.0005
    return round(acc, 6)


def bench_div(n):
    acc = 0.0
    d = 3.0
    for _ in range(n):
        acc = (acc + 1.0) / d
        acc = acc / 0.75
    return round(acc, 6)


def bench_mixed(n):
    acc = 0.0
    for i in range(n):
        acc += i * 0.5 - (i & 3) / 4
    return round(acc, 3)


def bench_compare(n):
    x = 0.0
    above = 0
    below = 0
    for _ in range(n):
        x += 0.37
        if x > 10.0:
            x -= 20.0
        if x < 0.0:
            below += 1
        elif x == 5.0:
            above += 100
        else:
            above += 1
    return above, below


def bench_kernel(n):
    c = 0.8
    s = 0.6
    px = 1.0
    py = 0.0
    poly = 0.0
    for _ in range(n):
        px, py = px * c - py * s, px * s + py * c
        t = px
        poly += ((2.0 * t - 3.0) * t + 0.5) * t - 1.0
    return round(px, 6), round(py, 6), round(poly, 3)


def main():
    results = [
        bench_add_sub_mul(N),
        bench_div(N),
        bench_mixed(N),
        bench_compare(N),
        bench_kernel(N),
    ]
    print("float_arith", results)


main()
