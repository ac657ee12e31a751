import sys
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info >= (3, 0), type(sys.version).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 > sys.maxsize, type(sys.maxsize).__name__)
print(sys.implementation.name in ("cpython", "taipan"), sys.byteorder in ("little", "big"))
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.platform == "linux", isinstance(sys.executable, str))
a = sys.intern("interned" + "_string")
b = sys.intern("interned_string")
print(a is b, a == b)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30) or sys.implementation.name != "cpython")
