# functools: reduce, partial, wraps, lru_cache, total_ordering, cmp_to_key,
# cached_property, singledispatch.
import functools
from functools import (cache, cached_property, cmp_to_key, lru_cache, partial,
                       partialmethod, reduce, singledispatch, total_ordering, wraps)
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
for bad in [lambda: reduce(operator.add, []), lambda: reduce(operator.add, 5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

p = partial(int, base=2)
print(p("1010"), p.func, p.args, p.keywords, repr(p))
p2 = partial(pow, 2)
p3 = partial(p2, 10)
print(p3(), p3.func is pow, p3.args, repr(partial(max, 1, key=abs)))
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) * 2
    return inner


@deco
def double_me(x: int) -> int:
    """Returns x."""
    return x


print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4), double_me.__annotations__)

calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print([sq(i) for i in (1, 2, 1, 3, 1, 2)], calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits > 0)


@lru_cache
def typed_default(x):
    return type(x).__name__


@lru_cache(typed=True)
def typed_on(x):
    return type(x).__name__


print(typed_default(1), typed_default(1.0), typed_on(1), typed_on(1.0), typed_on.cache_info().currsize)


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, Version(3) <= Version(3))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError", e)

print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)), sorted("bca", key=cmp_to_key(lambda x, y: (x > y) - (x < y))))


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__, type(Circle.area).__name__)


@singledispatch
def show(x):
    return "object"


@show.register
def _(x: int):
    return "int"


@show.register(list)
def _(x):
    return "list"


print(show(1), show(True), show([1]), show("s"), show(2.5), show.dispatch(bool) is show.registry[int])


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = partialmethod(set_state, True)


cell = Cell()
cell.set_alive()
print(cell._alive)
