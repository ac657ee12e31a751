a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "hello"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
[a, *b] = (x * x for x in range(3))
print(a, b, type(b).__name__)
(a, b), *rest = [(1, 2), (3, 4), (5, 6)]
print(a, b, rest)
first, (second, *inner), last = [1, [2, 3, 4], 5]
print(first, second, inner, last)
*all_of_it, = {"k": 1, "j": 2}
print(all_of_it)
for head, *tail in [(1, 2, 3), "ab", [9]]:
    print(head, tail)
x = y = z = 0
x, y = y, x + 1
print(x, y, z)
lst = [0, 0, 0]
i = 0
i, lst[i] = 2, "set"
print(i, lst)
a, b, c = "xyz"
print(a + b + c)
(a, b) = 1, 2
[c, d] = 3, 4
print(a, b, c, d)
key, value = max({"a": 3, "b": 7}.items(), key=lambda kv: kv[1])
print(key, value)
