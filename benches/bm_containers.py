# Micro-benchmark (Taipan benches/): built-in container operations.
#
# What it measures: common list / tuple / dict / str operations, one per
# section.
#
# Specialized instruction forms exercised (CPython 3.11 names, checked with
# dis.dis(adaptive=True); later-CPython names in brackets):
#   bench_list_index   list[int] loads/stores: BINARY_SUBSCR_LIST_INT,
#                      STORE_SUBSCR_LIST_INT
#   bench_tuple_index  tuple[int] loads: BINARY_SUBSCR_TUPLE_INT
#   bench_dict_str     dict[str] loads/stores: BINARY_SUBSCR_DICT,
#                      STORE_SUBSCR_DICT
#   bench_dict_get     d.get(str, default): LOAD_METHOD_NO_DICT +
#                      PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST
#   bench_append       list.append: LOAD_METHOD_NO_DICT + PRECALL_NO_KW_LIST_APPEND
#   bench_str_concat   s += "x": BINARY_OP_INPLACE_ADD_UNICODE
#   bench_unpack       a, b = pair / a, b = lst / a, b = b, a:
#                      UNPACK_SEQUENCE_TWO_TUPLE, UNPACK_SEQUENCE_LIST
#                      (the swap compiles to a stack rotation, no tuple)
#   bench_iterate      for over list, tuple, range: FOR_ITER is unspecialized
#                      in 3.11 [3.12: FOR_ITER_LIST, FOR_ITER_TUPLE,
#                      FOR_ITER_RANGE]

N = 1_800_000


def bench_list_index(n):
    data = [0] * 64
    for i in range(n):
        j = i & 63
        data[j] = data[j] + data[63 - j] + 1
        data[j] &= 0xFFFF
    return sum(data)


def bench_tuple_index(n):
    t = (2, 3, 5, 7, 11, 13, 17, 19)
    total = 0
    for i in range(n):
        total += t[i & 7] + t[0] - t[7]
    return total


def bench_dict_str(n):
    d = {"alpha": 0, "beta": 0, "gamma": 0, "delta": 0}
    keys = ("alpha", "beta", "gamma", "delta")
    for i in range(n):
        k = keys[i & 3]
        d[k] = d[k] + 1
        d["alpha"] = d["beta"] & 0xFF
    return sorted(d.items())


def bench_dict_get(n):
    d = {"one": 1, "two": 2, "three": 3}
    total = 0
    for i in range(n):
        total += d.get("two", 0) + d.get("four", 4)
    return total


def bench_append(n):
    total = 0
    for _ in range(n // 1000):
        out = []
        for i in range(1000):
            out.append(i)
        total += len(out) + out[-1]
    return total


def bench_str_concat(n):
    lengths = 0
    for _ in range(n // 500):
        s = ""
        for i in range(500):
            s += "x"
        lengths += len(s)
    return lengths


def bench_unpack(n):
    pairs = [(i, i + 1) for i in range(100)]
    lst = [1, 2]
    total = 0
    for i in range(n):
        a, b = pairs[i % 100]
        c, d = lst
        a, b = b, a
        total += a - b + c + d
    return total


def bench_iterate(n):
    lst = list(range(100))
    tup = tuple(lst)
    total = 0
    for _ in range(n // 100):
        for x in lst:
            total += x
        for x in tup:
            total -= x
        for x in range(100):
            total += x
    return total


def main():
    results = [
        bench_list_index(N),
        bench_tuple_index(N),
        bench_dict_str(N),
        bench_dict_get(N),
        bench_append(N),
        bench_str_concat(N),
        bench_unpack(N),
        bench_iterate(N),
    ]
    print("containers", results)


main()
