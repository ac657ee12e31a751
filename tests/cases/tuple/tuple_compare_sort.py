data = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
print(sorted(data), min(data), max(data))
print((1, 2, 3) < (1, 2, 4), (1, 2) == (1.0, 2.0), ("a", 1) < ("a", 2), (1, "x") != (1, "y"))
print((float("nan"),) == (float("nan"),))
n = float("nan")
print((n,) == (n,), [n] == [n])
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((1, "a") < (2, 1))
print(sorted([(1, [2]), (1, [1]), (0, [9])]))
print(((1, 2), (1, 2)).count((1, 2)), ((1, 2),).index((1, 2)))
print(tuple(sorted({3, 1, 2})), tuple(reversed((1, 2, 3))))
