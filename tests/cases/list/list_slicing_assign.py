a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2], a[100:], a[-100:1])
a[2:5] = ["x"]
print(a)
a[1:1] = [10, 20, 30]
print(a)
a[:] = a[::-1]
print(a)
a[::2] = [0] * 6
print(a)
a[-2:] = []
print(a)
del a[::3]
print(a)
b = [1, 2, 3, 4, 5]
b[1:4] = range(3)
print(b)
b[len(b):] = "xy"
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    b[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    b[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    print(b[10])
except IndexError as e:
    print("IndexError:", e)
try:
    b["1"]
except TypeError as e:
    print("TypeError:", e)
c = [1, 2, 3]
d = c[:]
d[0] = 99
print(c, d, c[-1], c[-3])
e = [0, 1, 2, 3, 4, 5]
e[1:5:2] = ["a", "b"]
print(e)
