x = [1, 2, 3]
print(len(x), 2 in x, 9 not in x, max(x), min(x), sum(x), sorted(x, reverse=True), list(reversed(x)))
y = x
y += [4]
print(x, y is x)
y = y + [5]
print(x, y, y is x)
print(x * 2, x.__len__(), x.__getitem__(0), x.__contains__(3))
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[1] for row in matrix], list(zip(*matrix)), [sum(r) for r in matrix])
stack = []
for i in range(3):
    stack.append(i)
while stack:
    print("pop", stack.pop())
copy1 = list(matrix)
copy1[0][0] = "shared"
print(matrix)
print([None] * 3, [[]] * 2, list(map(str, x)))
print(x.index(3), [1, 2, 1, 2].index(2, 2))
print([1, [2, [3, [4]]]], str([1, 2]), repr([]), [1, 2].__repr__())
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * 1.0
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]
print(lst.sort(), lst.reverse(), lst.append(0), lst)
