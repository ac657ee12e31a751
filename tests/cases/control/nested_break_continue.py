def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                return (a, b)
    return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
found = False
for x in range(5):
    for y in range(5):
        if x * y == 6:
            found = True
            break
    if found:
        break
print(x, y)
result = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        result.append(i)
    finally:
        result.append(f"f{i}")
print(result)
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
def loop_return():
    for i in range(10):
        while True:
            return i * 100
print(loop_return())
