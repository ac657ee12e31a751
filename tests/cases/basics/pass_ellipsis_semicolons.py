def f():
    pass
class C:
    ...
print(f(), C.__name__)
a = 1; b = 2; c = a + b; print(c)
if a: print("inline if")
for i in range(3): print(i, end=" ")
print()
while False: pass
x = (1 +
     2 +
     3)
y = 1 + \
    2
print(x, y)
z = [
    1,
    2,
]
print(z)
print(Ellipsis is ..., repr(...))
