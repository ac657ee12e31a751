print(repr(len), repr(print), repr(int), repr(object), repr(type), repr(None), repr(...))
print(str(len), str(str), [int, float], (bool,))
print(repr(range(3)), repr(range(1, 10, 2)), repr(slice(1, 2)), repr(slice(None)))
print(repr(frozenset()), repr(set()), repr({}), repr([]), repr(()), repr(""), repr(b""), repr(bytearray()))
print(repr(1e100), repr(-0.0), repr(1j), repr(True), repr(2 ** 70), repr("a\tb"), repr("\u2028"))
print(repr(NotImplemented), repr(Ellipsis), repr(ZeroDivisionError), repr(ZeroDivisionError("x")))
print(repr({1: [2, (3, {4})]}), repr([[], [[]]]), repr(("a",)), repr((1, 2)))
print(repr(dict.fromkeys("ab")), repr({"k": "v"}.keys()), repr({"k": "v"}.items()), repr({"k": "v"}.values()))
print(repr(iter([])).startswith("<list_iterator object at 0x"), repr(lambda: 0).startswith("<function <lambda> at 0x"))
class C:
    def m(self):
        pass
print(repr(C).endswith("C'>"), repr(C.m).startswith("<function C.m at 0x"), repr(C().m).startswith("<bound method C.m of <"))
import math, sys
print(repr(math.sqrt), repr(sys).startswith("<module 'sys'"), repr(math).startswith("<module 'math'"))
print(repr("x".upper).startswith("<built-in method upper of str object at 0x"))
print(repr(property), repr(staticmethod), repr(classmethod), repr(super))
