# Micro-benchmark (Taipan benches/): the loop of bm_try_loop.py WITHOUT the
# try/except around its body -- the baseline of that pair.
#
# What it measures: same work and same output as bm_try_loop.py, so
# time(bm_try_loop) - time(bm_no_try_loop) is the cost of an exception
# handler that is set up but never used.
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
        v = data[i & 7]
        if v > 3:
            total += v * 2
        else:
            total += v + i % 5
    return total, errors


print("loop", work(N))
