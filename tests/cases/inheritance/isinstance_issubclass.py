class A: pass
class B(A): pass
class C(B): pass
class D: pass
c = C()
print(isinstance(c, C), isinstance(c, A), isinstance(c, D), isinstance(c, (D, A)), isinstance(c, (D,)))
print(issubclass(C, A), issubclass(A, C), issubclass(C, C), issubclass(C, (D, B)), issubclass(bool, (str, int)))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(3, object))
print(isinstance([], (list, tuple)), isinstance((), (list, (dict, tuple))), issubclass(int, object))
print(isinstance(int, type), isinstance(type, type), issubclass(type, object))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, [int])
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
