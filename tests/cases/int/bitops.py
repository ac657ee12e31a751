print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(~0, ~1, ~-5, ~(2 ** 70))
print(-6 & 3, -6 | 3, -6 ^ 3, -1 & 0xFF)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(2 ** 70) >> 3)
print(5 << 0, 5 >> 0, 0 << 1000)
print((2 ** 80 - 1) & (2 ** 40 + 7), (2 ** 80) | 1, (2 ** 80) ^ (2 ** 80 + 5))
for n in (0, 1, 2, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 64)):
    print(n, n.bit_length(), bin(n))
print((12345).bit_count() if hasattr(int, "bit_count") else "no bit_count")
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
