# CALL_BUILTIN / CALL_NO_KW_LEN / CALL_NO_KW_ISINSTANCE / CALL_NO_KW_LIST_APPEND.


def length(x):
    return len(x)


print("len warm", sum(length("x" * i) for i in range(150)))
print([length(c) for c in ([1, 2], (1,), {1: 2, 3: 4}, {1, 2, 3}, frozenset(), "héllo", b"ab",
                           bytearray(3), range(10, 0, -3), {}.keys())])


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(length(Sized(7)), length(Sized(True)))
for bad in (Sized(-1), Sized(2 ** 70), Sized(1.5), Sized("x"), 5, None, iter([])):
    try:
        print(length(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


class IntSub(int):
    pass


class SizedSub:
    def __len__(self):
        return IntSub(4)


print(length(SizedSub()), type(length(SizedSub())).__name__)

# len shadowed at the warm site.
len = lambda x: "shadowed len"
print(length([1]))
del len
print(length([1]))


# isinstance.
def isi(x, t):
    return isinstance(x, t)


print("isinstance warm", sum(isi(i, int) for i in range(150)))
print(isi(True, int), isi(1, bool), isi(1, (str, int)), isi("a", (float, (bytes, (str,)))))
print(isi(1.5, ()), isi(None, type(None)), isi(int, type), isi(type, object))
try:
    isi(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(isi(1, (int, 5)))
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, str) and inst.startswith("q")


class QLike(metaclass=Meta):
    pass


class Meta2(type):
    def __instancecheck__(cls, inst):
        return 1  # truthy non-bool


class Any2(metaclass=Meta2):
    pass


print([isi(s, QLike) for s in ("quux", "abc", 5, QLike())])
print(isi(None, Any2), isi(None, (str, Any2)))


class Proxy:
    @property
    def __class__(self):
        return int


print(isi(Proxy(), int), isi(Proxy(), Proxy))

# isinstance shadowed.
isinstance = lambda a, b: "shadowed"
print(isi(1, int))
del isinstance
print(isi(1, int))


# list.append: on list, list subclass, subclass overriding append.
def app(lst, v):
    lst.append(v)


xs = []
for i in range(150):
    app(xs, i)
print("append warm", len(xs), xs[-3:])


class MyList(list):
    pass


class LoudList(list):
    def append(self, v):
        list.append(self, ("loud", v))


ml = MyList()
ll = LoudList()
for i in range(100):
    app(ml, i)
    app(ll, i)
print(len(ml), ml[-1], type(ml).__name__, len(ll), ll[-1])


class NotAList:
    def __init__(self):
        self.items = []

    def append(self, v):
        self.items.append(v * 2)


n = NotAList()
app(n, 21)
print(n.items)
try:
    app((), 1)
except AttributeError as e:
    print("AttributeError:", e)

# list.append called unbound and with wrong arity.
print([list.append(xs, 0) for _ in range(60)][-1], len(xs))
try:
    list.append(xs)
except TypeError as e:
    print("TypeError:", e)
try:
    xs.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError:", e)


# Other builtins at a warm CALL_BUILTIN site.
def call1(fn, x):
    return fn(x)


print([call1(abs, -i) for i in range(100)][-1])
print(call1(str, 5), call1(repr, "a"), call1(sorted, (3, 1, 2)), call1(len, "abc"), call1(bool, 0))
print(call1(lambda x: x * 2, 21), call1(int, "42"), call1(type, 1.0).__name__)
try:
    call1(int, "x")
except ValueError as e:
    print("ValueError:", e)
try:
    call1(abs, "x")
except TypeError as e:
    print("TypeError:", e)
print([call1(min, [i, 3]) for i in range(100)][-5:], call1(max, "hello"))
