print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"ab"), len(""))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(3 + 4j), abs(-(10 ** 20)), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5), round(1.5))
print(round(3.14159, 3), round(10), round(-0.5), round(5.5), round(6.5), type(round(2.5)), type(round(2.5, 0)))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(5, 3, 13), pow(-1, 0.5) if False else pow(9, 0.5))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(()), sum(range(5), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max([1, 2], [1, 3]))
print(min([], default="empty"), max([], default=None), min([3, -4, 2], key=abs), max(["aa", "b", "ccc"], key=len))
print(max([1, 3, 3.0], key=lambda v: v), min([2, 1, 1.0]), max((1, "a"), (1, "b")), max(1, 2, key=lambda v: -v))
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x"]), all([1, 0]), any(x > 3 for x in range(5)))
