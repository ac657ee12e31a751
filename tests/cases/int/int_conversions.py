class WithIndex:
    def __index__(self):
        return 7
class WithInt:
    def __int__(self):
        return 9
print(int(WithIndex()), int(WithInt()), bin(WithIndex()), hex(WithIndex()))
print([0, 1, 2, 3, 4, 5, 6, 7, 8][WithIndex()])
print(range(10)[WithIndex()], "abcdefghij"[WithIndex()])
print(operator_index := (10).__index__())
print(int("-0"), int("+0"), -0, 0 == -0)
print(int(2.5), int(-2.5), int(1e15), int(123.0))
print(float(10 ** 20), float(-(2 ** 53) - 1))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    idx = 1.0
    [1][idx]
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
