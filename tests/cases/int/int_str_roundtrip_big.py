import sys
n = 1
for i in range(1, 60):
    n = n * 7919 + i
print(n)
print(len(str(n)), int(str(n)) == n, int(repr(n)) == n)
print(str(-n)[:20], hex(n)[:20], int(hex(n), 16) == n, int(bin(n), 0) == n, int(oct(n), 8) == n)
big = 10 ** 100
print(big, big - 1, -big + 1)
print(str(2 ** 300))
print(f"{2 ** 100:,}", f"{2 ** 100:_x}", f"{-(2 ** 70):>30}")
print(int("1" * 100) % 97, int("9" * 50) // int("3" * 25))
print(sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", str(e)[:60])
print(len(hex(10 ** 5000)) > 4000)
