# abc: abstract methods, registration, __subclasshook__, caches.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def name(self): ...

    @property
    @abstractmethod
    def sides(self): ...

    def describe(self):
        return f"{self.name()} {self.area()}"


for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)


class Square(Shape):
    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n * self.n

    def name(self):
        return "square"


try:
    Square(2)
except TypeError as e:
    print(e)


class RealSquare(Square):
    sides = 4


sq = RealSquare(3)
print(sq.describe(), sq.sides, sorted(Shape.__abstractmethods__),
      sorted(Square.__abstractmethods__), RealSquare.__abstractmethods__)
print(isinstance(sq, Shape), issubclass(RealSquare, Shape), type(Shape).__name__)


class Plain(metaclass=ABCMeta):
    pass


print(Plain.__abstractmethods__, type(Plain()).__name__)


class Registry(ABC):
    pass


print(Registry.register(int) is int, isinstance(1, Registry), isinstance(True, Registry),
      issubclass(bool, Registry), isinstance("s", Registry), issubclass(str, Registry))
Registry.register(str)
print(isinstance("s", Registry), issubclass(str, Registry))


@Registry.register
class Later:
    pass


print(Later.__name__, isinstance(Later(), Registry))
try:
    Registry.register(3)
except TypeError as e:
    print(e)


class Sub(Registry):
    pass


try:
    Sub.register(Registry)
except RuntimeError as e:
    print(e)


class Quacker(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacker:
            return any("quack" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Duck:
    def quack(self):
        return "quack"


class Robot:
    pass


print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), issubclass(Duck, Quacker))
try:
    issubclass(3, Quacker)
except TypeError as e:
    print(e)

token = abc.get_cache_token()
Registry.register(float)
print(abc.get_cache_token() > token)


class Abstract2(ABC):
    @abc.abstractclassmethod
    def make(cls): ...

    @abc.abstractstaticmethod
    def helper(): ...


print(sorted(Abstract2.__abstractmethods__))


class Patched(ABC):
    @abstractmethod
    def f(self): ...


Patched.f = lambda self: 1
abc.update_abstractmethods(Patched)
print(Patched.__abstractmethods__, Patched().f())
print(ABC.__module__, ABCMeta.__name__, abstractmethod(lambda: 0).__isabstractmethod__)
