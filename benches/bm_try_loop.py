# Micro-benchmark (Taipan benches/): a hot loop whose body is inside
# try/except; no exception is ever raised.
#
# What it measures: paired with bm_no_try_loop.py, which runs the identical
# loop without the try and prints the same output. The time difference
# between the two is the cost of a handler that is entered every iteration
# but never used (CPython 3.11 uses zero-cost exception tables, so there the
# difference should be ~0; an interpreter that pushes/pops a block per
# iteration, or that stops specializing inside try bodies, will show it).
#
# Specialized instruction forms exercised (CPython 3.11 names, checked with
# dis.dis(adaptive=True)): BINARY_SUBSCR_LIST_INT, COMPARE_OP_INT_JUMP,
# BINARY_OP_ADD_INT, BINARY_OP_MULTIPLY_INT, LOAD_FAST__LOAD_FAST and the
# other superinstructions; `%` and `&` stay generic BINARY_OP.

N = 12_000_000


def work(n):
    data = [3, 1, 4, 1, 5, 9, 2, 6]
    total = 0
    errors = 0
    for i in range(n):
        try:
            v = data[i & 7]
            if v > 3:
                total += v * 2
            else:
                total += v + i % 5
        except IndexError:
            errors += 1
    return total, errors


print("loop", work(N))
