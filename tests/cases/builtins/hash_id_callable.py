print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
print(hash(1.0), hash(1.5), hash(-1.5), hash(0.0), hash(-0.0), hash(float("inf")), hash(float("-inf")), hash(1e300))
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash((None,)) == hash((None,)), hash(True), hash(False))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 64) == hash(float(2 ** 64)), hash(0.5) == hash(0.5))
print(hash(frozenset()) == hash(frozenset()), hash(None) == hash(None), hash(range(3)) == hash(range(3)))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, id(None) == id(None))
x = object()
print(id(x) == id(x), isinstance(id(x), int))
print(callable(len), callable(print), callable(int), callable(lambda: 0), callable("s"), callable(None), callable(type))
class C:
    def __call__(self):
        pass
class D:
    pass
print(callable(C()), callable(D()), callable(C), callable(D.__init__))
