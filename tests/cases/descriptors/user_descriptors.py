class Typed:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.private = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print(f"deleting {self.name}")
        delattr(obj, self.private)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age, type(Person.name).__name__, Person.name.kind.__name__)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "from data descriptor"
    def __set__(self, obj, value):
        print("DataDesc.__set__ ignores", value)
class Holder:
    nd = NonData()
    dd = DataDesc()
h = Holder()
print(h.nd, h.dd)
h.__dict__["nd"] = "instance dict wins over non-data"
h.__dict__["dd"] = "instance dict loses to data"
print(h.nd, h.dd)
h.dd = 5
print(Holder.nd, Holder.__dict__["nd"].__class__.__name__)
class Counter:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads
class UsesCounter:
    c = Counter()
u = UsesCounter()
print(u.c, u.c, UsesCounter.c)
