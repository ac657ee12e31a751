print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min((), default="d"))
print(max([1, -5, 3], key=abs), min(["bb", "a", "ccc"], key=len), max(1, 2, key=None))
print(max([(1, "b"), (1, "a")]), min([2.5, 1, 3]), max([], default=None))
print(sorted([3, 1, 2]), sorted("cba"), sorted([1, -3, 2], key=abs, reverse=True))
print(sorted({3: 1, 1: 2}), sorted((x * x for x in range(-2, 3))))
print(any([]), all([]), any([0, "", 1]), all([1, "x", []]), any(x > 2 for x in range(4)))
for expr in ["max()", "min([])", "max([])", "max(1)", "max(1, 2, default=3)", "max([1], foo=2)",
             "sorted()", "sorted([1], [2])", "any()", "all(1)", "min(1, 'a')"]:
    try:
        print(eval(expr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "K(%d)" % self.v
print(max(K(1), K(3), K(2)), min([K(5), K(4)]), sorted([K(2), K(1)]))
# ties keep the first one found
print(max([1, 1.0], key=lambda x: 0), min([1.0, 1], key=lambda x: 0))
