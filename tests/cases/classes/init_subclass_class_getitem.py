class PluginBase:
    plugins = []
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key
        PluginBase.plugins.append((cls.__name__, key))
class A(PluginBase, key="a"):
    pass
class B(PluginBase):
    pass
class C(A, key="c"):
    pass
print(PluginBase.plugins, A.key, B.key, C.key)
try:
    class Bad(PluginBase, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
class Typed:
    def __init_subclass__(cls):
        print("subclassed:", cls.__name__, cls.__mro__[1].__name__)
class T1(Typed): pass
class T2(T1): pass
