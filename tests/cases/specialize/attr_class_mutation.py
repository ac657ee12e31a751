# LOAD_ATTR / LOAD_METHOD guarded by class version: mutate classes after warm-up.


class Base:
    greeting = "hello"

    def speak(self):
        return "base"


class Child(Base):
    def __init__(self, v):
        self.v = v


def read_v(o):
    return o.v


def call_speak(o):
    return o.speak()


def read_greeting(o):
    return o.greeting


objs = [Child(i) for i in range(150)]
print("v", sum(read_v(o) for o in objs))
print("speak", [call_speak(o) for o in objs][-1])
print("greeting", [read_greeting(o) for o in objs][-1])

# A data descriptor (property) added to the class shadows the instance attribute.
Child.v = property(lambda self: -1)
print("v after property", sum(read_v(o) for o in objs))
del Child.v
print("v after del property", sum(read_v(o) for o in objs))

# Class attribute rebound on the base.
Base.greeting = "bonjour"
print("greeting rebound", read_greeting(objs[0]))
Child.greeting = "hola"
print("greeting on child", read_greeting(objs[0]))
objs[1].greeting = "instance"
print("greeting instance", read_greeting(objs[1]), read_greeting(objs[2]))
del Child.greeting
print("greeting after del", read_greeting(objs[2]))

# Method replaced on the base class, then on the child, then deleted.
Base.speak = lambda self: "patched base"
print([call_speak(o) for o in objs][-1])
Child.speak = lambda self: "child %d" % self.v
print([call_speak(o) for o in objs][-1])
del Child.speak
print([call_speak(o) for o in objs][-1])
del Base.speak
try:
    call_speak(objs[0])
except AttributeError as e:
    print("AttributeError:", e)

# Monkeypatch alternating every iteration (many misses at one site).
def m1(self):
    return 1


def m2(self):
    return 2


out = 0
for i in range(150):
    Base.speak = m1 if i % 2 else m2
    out += call_speak(objs[i])
print("alternating", out)
Base.speak = lambda self: "base again"

# Class attribute read through class objects (LOAD_ATTR_CLASS).
class K:
    const = 5

    @staticmethod
    def sm(x):
        return x + 1

    @classmethod
    def cm(cls, x):
        return cls.const * x


def read_const(cls):
    return cls.const + cls.sm(1) + cls.cm(2)


print("K", sum(read_const(K) for _ in range(150)))
K.const = 100
print("K rebound", read_const(K))


class K2(K):
    const = 7


print("K2", sum(read_const(c) for c in [K, K2] * 60))
K.sm = staticmethod(lambda x: x * 1000)
print("K sm replaced", read_const(K), read_const(K2))
del K2.const
print("K2 inherit", read_const(K2))


# Metaclass with a property shadowing class attributes.
class Meta(type):
    @property
    def const(cls):
        return "meta-const"


class WithMeta(metaclass=Meta):
    pass


def read_cls_const(c):
    return c.const


print([read_cls_const(K) for _ in range(100)][-1], read_cls_const(WithMeta))
