def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: enumerate()); t(lambda: enumerate([], 1.5)); t(lambda: enumerate([], x=1)); t(lambda: zip(1))
t(lambda: zip([1], strict=1, x=2)); t(lambda: zip([1], x=2)); t(lambda: map()); t(lambda: map(1)); t(lambda: map(f=1))
t(lambda: filter(1)); t(lambda: filter(a=1)); t(lambda: reversed()); t(lambda: reversed(5)); t(lambda: reversed(set()))
t(lambda: reversed(a=1)); t(lambda: iter(1, 2)); t(lambda: enumerate(5))
t(lambda: list(zip([1], [1, 2], strict=True))); t(lambda: list(zip([1, 2], [1], strict=True)))
t(lambda: list(zip([1], [1], [1, 2], strict=True))); t(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
t(lambda: list(zip([1, 2], [3, 4], strict=True))); t(lambda: list(zip())); t(lambda: list(zip("ab", range(5))))
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate("ab", start=-1)), list(enumerate(iterable="x", start=2**70)))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda v: v % 2, range(7))), list(filter(bool, [0, 2])))
print(list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed(range(3))), list(reversed([])))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class Rev:
    def __reversed__(self):
        return iter([9, 8])
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
print(list(reversed(Seq())), list(reversed(Rev())), list(Seq()))
t(lambda: reversed(NoRev())); t(lambda: list(reversed({}.keys()))); t(lambda: list(reversed({1: 2, 3: 4})))
r = reversed(Seq())
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
n = iter([3, 2, 1, 0, 5])
print(list(iter(n.__next__, 0)))
vals = iter([1, 2, 3])
def f():
    return next(vals)
print(list(iter(f, 99)))
ci = iter(lambda: 1, 1)
print(type(ci).__name__, list(ci))
e = enumerate("ab")
print(type(e).__name__, iter(e) is e, next(e), e.__next__(), next(e, "done"))
z = zip([1], [2])
print(type(z).__name__, iter(z) is z, next(z), next(z, None))
m = map(int, "12")
print(type(m).__name__, next(m), list(m), list(m))
li = iter([1, 2, 3])
print(type(li).__name__, li.__length_hint__(), next(li), li.__length_hint__(), list(li), li.__length_hint__())
ti = iter((1, 2))
si = iter("héllo")
print(type(ti).__name__, ti.__length_hint__(), type(iter("abc")).__name__, next(si), next(si), si.__length_hint__())
print(type(iter({})).__name__, type(iter(set())).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
class MyEnum(enumerate):
    pass
me = MyEnum("xy", 1)
print(type(me).__name__, list(me), isinstance(me, enumerate))
it = iter([1, 2])
print(it.__iter__() is it, it.__next__(), list(it))
gen_like = map(lambda x: 1 / x, [1, 0])
print(next(gen_like))
t(lambda: next(gen_like))
def g():
    yield 1
    yield 2
print(list(zip(g(), "abc")), dict(enumerate(g())), list(zip(*[(1, 2), (3, 4)])))
a, *b = map(str, range(4))
print(a, b, [*filter(None, (0, 1, 2))], {*range(3)}, (*reversed("ab"),))
print(sum(x * y for x, y in zip(range(4), range(4))), max(enumerate("zab"), key=lambda p: p[1]))
