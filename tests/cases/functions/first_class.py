def apply(fn, *args):
    return fn(*args)
def shout(s):
    return s.upper() + "!"
print(apply(shout, "hey"), apply(len, "four"), apply(max, 3, 9, 2))
table = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "pow": pow}
print({name: op(2, 5) for name, op in table.items()})
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7), [f(1) for f in (double, triple)])
fns = [str.upper, str.lower, str.title]
print([fn("hello WORLD") for fn in fns])
print(list(map(len, ["a", "bb", ""])), sorted([3, 1, 2], key=None))
m = "abc".upper
print(m(), m.__name__, m.__self__, type(m).__name__)
class A:
    def meth(self):
        return "bound"
a = A()
bm = a.meth
print(bm(), bm.__self__ is a, bm.__func__ is A.meth, A.meth(a), type(bm).__name__)
print(bm == a.meth, bm.__name__, bm.__qualname__)
print(callable(print), callable(A), callable(a), callable(bm), callable(42))
