m = __import__("math")
print(m.sqrt(16), m.__name__)
s = __import__("sys")
print(s is __import__("sys"), type(s).__name__, s is s.modules["sys"])
try:
    __import__("no_such_module_qzx")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
C = __build_class__(lambda: None, "Empty")
print(C.__name__, type(C).__name__, C.__bases__)
class Base:
    def base(self):
        return "base"
Derived = __build_class__(lambda: None, "Derived", Base)
print(Derived().base(), [k.__name__ for k in Derived.__mro__])
class Meta(type):
    pass
WithMeta = __build_class__(lambda: None, "WithMeta", Base, metaclass=Meta)
print(type(WithMeta).__name__, WithMeta.__name__)
try:
    __build_class__(lambda: None)
except TypeError as e:
    print("TypeError:", e)
try:
    __build_class__(1, "X")
except TypeError as e:
    print("TypeError:", e)
print(callable(__build_class__), callable(__import__))
