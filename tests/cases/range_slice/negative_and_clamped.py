s = "abcdefghij"
cases = [(None, None, None), (2, None, None), (-2, None, None), (None, -3, None), (3, 3, None), (5, 2, None),
         (None, None, -1), (-1, -11, -1), (8, 1, -3), (100, -100, -1), (-100, 100, 4), (1, -1, 2), (0, 0, -1),
         (None, 0, -1), (9, None, -2), (-3, 2, -1), (2, -3, 1)]
for start, stop, step in cases:
    sl = slice(start, stop, step)
    print(f"{str(sl):>24} {s[sl]!r:14} {list(range(10))[sl]} {sl.indices(len(s))}")
