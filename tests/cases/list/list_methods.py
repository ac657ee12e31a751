lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.extend(range(2))
lst.insert(0, 100)
lst.insert(-1, 200)
lst.insert(1000, 300)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(1), lst.index(4, 1), lst.count(1), lst.count(42))
lst.reverse()
print(lst)
c = lst.copy()
c.append("x")
print(lst, c)
lst.clear()
print(lst, len(lst))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5, [[0]] * 2)
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list(x * 2 for x in (1, 2)))
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
print(repr([1, "a", None, 2.5, [3], (4,)]), str(["é"]))
r = [1]
r.append(r)
print(r)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], [1, 2] < [1, 2, 3], [2] > [1, 9], [] < [0])
