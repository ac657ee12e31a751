nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
records = [{"n": "x", "age": 30}, {"n": "y", "age": 25}, {"n": "z", "age": 30}, {"n": "w", "age": 25}]
records.sort(key=lambda r: r["age"])
print([r["n"] for r in records])
records.sort(key=lambda r: r["age"], reverse=True)
print([r["n"] for r in records])
by_two = sorted(pairs, key=lambda p: (p[1], p[0]))
print(by_two)
print(sorted([3.5, 1, 2.25, -1, 0.0]), sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
print(sorted([[2, 1], [1, 2], [1]]), sorted([True, False, True]), sorted([], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:], big == list(range(1, 1001)))
items = [(i % 3, i) for i in range(12)]
items.sort(key=lambda t: t[0])
print(items)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v})"
print(sorted([K(3), K(1), K(2)]), min(K(5), K(4)), max([K(1), K(7), K(3)]))
try:
    sorted([1], key=1)
except TypeError as e:
    print("TypeError:", e)
try:
    [2, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
