for i in range(3):
    print("i", i)
for ch in "ab":
    print("ch", ch)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for n in [1, 2, 3]:
    if n == 2:
        continue
    print("n", n)
for n in range(10):
    if n == 3:
        break
    print("b", n)
else:
    print("not printed")
for n in range(2):
    pass
else:
    print("else after complete loop, n =", n)
for n in []:
    print("never")
else:
    print("else on empty loop")
for x in range(3):
    for y in range(3):
        if y == 1:
            break
        print("xy", x, y)
    else:
        print("inner else")
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
    print("item", item)
for i in range(3):
    i = 100
print("after", i)
for obj.attr in []:
    pass
class Holder:
    pass
h = Holder()
for h.value in range(3):
    pass
print(h.value)
d = {}
for d["k"] in "xyz":
    pass
print(d)
