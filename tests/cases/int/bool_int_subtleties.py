print(True + 1, True * 3, -True, ~False, True << 3, True // 1)
print(type(True + 1), type(True & True), type(True | 0), type(True ^ False))
print(sum([True, True, False]), max(True, 2), min(False, -1))
print(True == 1.0, int.__add__(True, True))
print(str(True), repr(False), format(True, "d"), format(True, ""), f"{True:>6}")
print(bool.__mro__, issubclass(bool, int))
print([1, 2, 3][True], "ab"[False])
print(bool("False"), bool(0.0j), bool(-0.0))
try:
    bool.__new__(bool, 1) is True and print("ok new")
except Exception as e:
    print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(divmod(True, 2), True / 4, 2 ** True)
