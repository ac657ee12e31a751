a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = "ab"
print(m, n)
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = [1, 2]
print(head, mid, tail)
for k, (v1, v2) in [("a", (1, 2)), ("b", (3, 4))]:
    print(k, v1 + v2)
o = type("O", (), {})()
o.a, o.b = "A", "B"
print(o.a, o.b)
d = {}
d["x"], d["y"] = 1, 2
print(d)
