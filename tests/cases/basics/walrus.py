data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
print(y)
values = iter([5, 3, 0, 7])
while (v := next(values)) != 0:
    print("got", v)
print((a := 10) + a)
def f():
    if (z := 42):
        return z
print(f())
total = 0
print([total := total + i for i in range(5)], total)
print(any((hit := w) == "b" for w in "abc"), hit)
