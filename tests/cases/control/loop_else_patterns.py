def find(items, target):
    for i, it in enumerate(items):
        if it == target:
            print(f"found {target} at {i}")
            break
    else:
        print(f"{target} not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 10
while n > 0:
    n -= 3
    if n == 5:
        print("hit 5")
        break
else:
    print("while finished normally, n =", n)
def is_prime(k):
    if k < 2:
        return False
    for d in range(2, int(k ** 0.5) + 1):
        if k % d == 0:
            break
    else:
        return True
    return False
print([k for k in range(30) if is_prime(k)])
for i in range(3):
    for j in range(3):
        if i == j == 1:
            break
    else:
        print("inner loop completed for i =", i)
        continue
    print("inner loop broken at i =", i)
    break
for x in range(2):
    try:
        continue
    finally:
        print("finally with continue", x)
else:
    print("else after continue-loop")
