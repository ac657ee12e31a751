class C:
    def method(self):
        return "called"
f = C.__dict__["method"]
c = C()
bound = f.__get__(c, C)
print(bound(), bound.__self__ is c, f.__get__(None, C) is f)
print(type(bound).__name__, type(f).__name__)
c.method = lambda: "instance attr shadows"
print(c.method(), C.method(c))
def external(self, x):
    return f"external({x}) on {type(self).__name__}"
C.ext = external
print(C().ext(5))
import sys
prop = property(lambda self: "prop via __get__")
print(prop.__get__(c, C), prop.__get__(None, C) is prop)
sm = staticmethod(lambda: "static")
print(sm.__get__(None, C)(), classmethod(lambda cls: cls.__name__).__get__(None, C)())
print(len.__self__ is __builtins__ or type(len.__self__).__name__)
