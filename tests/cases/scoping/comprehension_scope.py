x = "outer"
squares = [x * 2 for x in range(3)]
print(squares, x)
gen = (y for y in range(3))
print(list(gen))
try:
    y
except NameError as e:
    print("NameError:", e)
d = {k: k * 2 for k in "ab"}
try:
    k
except NameError as e:
    print("NameError:", e)
n = 10
print([n + i for i in range(3)])
def func():
    m = 5
    return [m * j for j in range(3)]
print(func())
class Cls:
    vals = [1, 2]
    out = [v for v in vals]
print(Cls.out)
print([(i, j) for i in range(3) for j in range(i)])
print([[c for c in w] for w in ["ab", "cd"]])
print([w := w2 for w2 in range(3)], w)
