a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 7, a % 7, -a // 7, -a % 7)
print(b // -12345, b % -12345)
print(divmod(a, b), divmod(b, a))
print(divmod(-b, 10**20))
print(a ** 3)
print(123456789 ** 5)
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(f // (2 ** 38), f % 1000003)
print(-(2 ** 64), abs(-(2 ** 64)), -(-(2 ** 64)))
print(2 ** 64 == 18446744073709551616, 2 ** 63 - 1)
print(10 ** 30 // 10 ** 15, 10 ** 30 / 10 ** 15)
print(int(1e20), int(-1.5e19))
print((2 ** 200) / (2 ** 199))
print(sum(range(10 ** 6)))
print(2 ** 64 > 2 ** 63, -2 ** 64 < 1, 2 ** 100 == 2.0 ** 100)
print(hash(2 ** 100) == hash(2 ** 100), hash(5), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
