n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
    print("n", n)
else:
    print("not reached")
m = 3
while m:
    m -= 1
else:
    print("while-else ran, m =", m)
count = 0
while True:
    count += 1
    if count >= 3:
        break
print("count", count)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            break
        j += 1
    print("i", i, "j", j)
    i += 1
