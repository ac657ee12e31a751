# LOAD_METHOD_WITH_VALUES / LOAD_METHOD_NO_DICT: methods shadowed after warm-up.


class A:
    def __init__(self, i):
        self.i = i

    def m(self):
        return self.i


def call_m(o):
    return o.m()


objs = [A(i) for i in range(150)]
print("warm", sum(call_m(o) for o in objs))

# Instance attribute shadows the method on some instances.
for o in objs[::3]:
    o.m = lambda: 1000
print("shadowed", sum(call_m(o) for o in objs))
# Shadow with a non-callable.
objs[1].m = 5
try:
    call_m(objs[1])
except TypeError as e:
    print("TypeError:", e)
del objs[1].m
print("unshadowed", call_m(objs[1]))
# Shadow through __dict__.
objs[2].__dict__["m"] = lambda: "via dict"
print(call_m(objs[2]))

# Shadow with a bound method of another object.
objs[4].m = objs[5].m
print(call_m(objs[4]))


# Classes without __dict__ (slots): LOAD_METHOD_NO_DICT.
class S:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def call_get(o):
    return o.get()


ss = [S(i) for i in range(150)]
print("slots", sum(call_get(s) for s in ss))
S.get = lambda self: -self.v
print("slots patched", sum(call_get(s) for s in ss))


# Builtin types: str/list methods at one site (NO_DICT), then shadowing via subclass.
def upper(x):
    return x.upper()


print([upper("ab%d" % i) for i in range(100)][-1])


class MyStr(str):
    def upper(self):
        return "my-upper"


print(upper(MyStr("x")), upper("y"))


class MyStr2(str):
    pass


s2 = MyStr2("zz")
s2.upper = lambda: "instance upper"
print(upper(s2))


# Method replaced by a staticmethod / classmethod / callable object on the class.
class B:
    def m(self):
        return "plain"


def call_bm(o):
    return o.m()


bs = [B() for _ in range(100)]
print([call_bm(b) for b in bs][-1])
B.m = staticmethod(lambda: "static")
print([call_bm(b) for b in bs][-1])
B.m = classmethod(lambda cls: "class " + cls.__name__)
print([call_bm(b) for b in bs][-1])


class Callable:
    def __call__(self, *a):
        return "callable %d" % len(a)


B.m = Callable()
print([call_bm(b) for b in bs][-1])


# __getattribute__ override added on a subclass.
class G(B):
    def __getattribute__(self, name):
        if name == "m":
            return lambda: "getattribute"
        return object.__getattribute__(self, name)


print(call_bm(G()), call_bm(B()))


# Method on instance added, then class method replaced, same site, many times.
res = []
for i in range(130):
    a = A(i)
    if i % 2:
        a.m = lambda: -1
    res.append(call_m(a))
print(sum(res), res[:4])
