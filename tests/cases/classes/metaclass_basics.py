Dyn = type("Dyn", (), {"x": 1, "hello": lambda self: "hi from Dyn"})
d = Dyn()
print(Dyn.__name__, Dyn.x, d.hello(), type(Dyn), type(d).__name__)
Sub = type("Sub", (Dyn,), {"y": 2})
print(Sub.__mro__, Sub().x, Sub.y, issubclass(Sub, Dyn))
print(type(1), type("s"), type(type), type(object), isinstance(type, object), isinstance(object, type))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by_meta = True
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
class Model(metaclass=Meta, flavor="sweet"):
    field = 1
    def method(self):
        pass
    def __init__(self, v):
        print("Model.__init__", v)
        self.v = v
m = Model(5)
print(m.v, Model.created_by_meta, type(Model).__name__, isinstance(Model, Meta))
class Child(Model):
    pass
c = Child(7)
print(type(Child).__name__)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Db(metaclass=Singleton):
    pass
print(Db() is Db())
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Base(metaclass=Registry): pass
class P1(Base): pass
class P2(Base): pass
print(Registry.classes)
class WithPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 42}
class UsesPrepare(metaclass=WithPrepare):
    pass
print(UsesPrepare.injected)
