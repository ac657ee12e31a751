class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(object()))
print(not B(False), B(True) and "yes", L(0) or "fallback")
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
class BigLen:
    def __len__(self):
        return 2 ** 100
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class BoolAndLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(BoolAndLen()))
i = 0
while L(3 - i):
    i += 1
print("loops", i)
