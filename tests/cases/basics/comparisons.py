print(1 < 2, 2 < 1, 1 <= 1, 1 == 1.0, 1 != 1, 2 >= 3, 3 > 2)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 == 1.0, 3 > 2 > 1 > 0)
print(1 < 2 > 0, 5 != 5 != 6)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
print("abc" < "abd", "a" < "B", "" < "a", "Z" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (1, "a") < (1, "b"))
print([1, 2] == [1, 2], [1] == (1,), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(None == None, None is None, None != 0)
a = [1]
b = [1]
print(a == b, a is b, a is not b, 1 in a, 2 not in a)
print(float("nan") == float("nan"), float("inf") > 10**100)
print(1 == True, 0 == False, 2 == True)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 4} > {1})
