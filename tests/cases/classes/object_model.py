class A:
    pass
print(type(A), type(type), A.__bases__, object.__bases__, type.__bases__, type.__mro__)
print(isinstance(A, type), isinstance(A(), A), issubclass(A, object), issubclass(type, object))
print(A.__name__, A.__qualname__, A.__module__, "__dict__" in dir(A))
print(type(A.__dict__).__name__, type(object()).__name__)
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__eq__(o, o), object.__ne__(o, o), o == o, o != object())
print(A() == A(), A.__hash__ is object.__hash__, hash(o) == hash(o))
print(object.__repr__(A())[:10], str(A)[:15], repr(int))
print(int.__name__, str.__mro__, bool.__bases__, len(dir(object)) > 20)
print(type.__name__, type(None).__name__, type(print).__name__, type(len).__name__, type([].append).__name__)
print(type(lambda: 0).__name__, type(A().__init__).__name__ if False else "")
print(A.__subclasses__(), bool.__subclasses__())
class B(A): pass
print(A.__subclasses__())
print(A().__class__ is A, A.__class__ is type, B.__base__ is A, A.__base__ is object)
