print(list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(-3, 3)), list(range(3, -3, -2)))
for i in range(3, 0, -1):
    print("countdown", i)
s = "abcdefgh"
print([s[i:i + 3] for i in range(0, len(s), 3)])
print([s[i] for i in range(len(s) - 1, -1, -2)])
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), "abc")))
r = range(1, 20, 4)
print(r, list(r), len(r), r[1], r[-1], r[1:3], list(r[::-1]), 9 in r, 10 in r)
print(range(5)[::2], range(10)[2:8:3], range(0, 10, 2)[::-1])
print(sum(range(0, 101, 5)), max(range(-5, 5), key=abs), list(map(lambda i: i * i, range(5))))
print(list(range(0)), list(range(-1)), list(range(1, 1)), len(range(5, 1)), range(3) == range(0, 3, 1))
print(range(2, 11, 3).index(8), range(10).count(5), list(enumerate(range(5, 8))))
total = 0
for i in range(1, 101):
    if i % 2:
        continue
    total += i
print(total)
