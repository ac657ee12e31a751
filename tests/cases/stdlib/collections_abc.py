# collections.abc: isinstance/issubclass on builtins and user classes, mixins.
from collections.abc import (
    Awaitable, Callable, Collection, Container, Generator, Hashable, ItemsView,
    Iterable, Iterator, KeysView, Mapping, MappingView, MutableMapping,
    MutableSequence, MutableSet, Reversible, Sequence, Set, Sized, ValuesView,
    ByteString,
)
import collections.abc


def gen():
    yield 1


samples = [1, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset(),
           range(3), iter([]), gen(), len, lambda: 0, None, {}.keys(),
           {}.values(), {}.items(), reversed([]), iter(range(2)), zip()]
abcs = [Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container,
        Callable, Collection, Set, MutableSet, Mapping, MutableMapping,
        Sequence, MutableSequence, ByteString, KeysView, ItemsView,
        ValuesView, MappingView]
for s in samples:
    row = "".join("1" if isinstance(s, a) else "." for a in abcs)
    print(f"{type(s).__name__:22} {row}")

print(sorted(collections.abc.__all__))
print(sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))
print(sorted(Generator.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))
print(Mapping.__mro__)
print(Sequence.__module__, Iterable.__name__, Set.__hash__, Mapping.__reversed__)


class Dunder:
    def __iter__(self):
        return iter([])

    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


class NoHash:
    __hash__ = None


print(isinstance(Dunder(), Iterable), isinstance(Dunder(), Collection),
      isinstance(Dunder(), Sequence), isinstance(NoHash(), Hashable),
      issubclass(Dunder, Sized), issubclass(int, Hashable), issubclass(list, Hashable))


class MySeq(Sequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = MySeq(3, 1, 3, 2)
print(list(s), list(reversed(s)), 3 in s, 5 in s, s.index(3), s.index(3, 1),
      s.count(3), len(s))
try:
    s.index(7)
except ValueError as e:
    print("ValueError", repr(e))


class MyMap(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = MyMap()
m.update({"a": 1}, b=2)
m.update([("c", 3)])
print(m.setdefault("d", 4), m.get("z", "dflt"), m.pop("a"), m.pop("zz", None))
print(sorted(m.keys()), sorted(m.values()), sorted(m.items()), "b" in m, m == {"b": 2, "c": 3, "d": 4})
print(isinstance(m.keys(), KeysView), len(m.items()), ("b", 2) in m.items(), 4 in m.values())
print(m.popitem(), len(m))
m.clear()
print(len(m), dict(m))
try:
    m.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    m.pop("nope")
except KeyError as e:
    print("KeyError", e)


class MySet(Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print(a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([7, 8]), a.isdisjoint(b))
print(type(a & b).__name__, sorted({1, 2} - a) if False else "skip")


class MyList(MutableSequence):
    def __init__(self):
        self.data = []

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def insert(self, i, v):
        self.data.insert(i, v)


ml = MyList()
ml.append(1)
ml.extend([2, 3, 4])
ml += [5]
ml.reverse()
print(ml.data, ml.pop(), ml.pop(0), ml.data)
ml.remove(3)
print(ml.data)
ml.clear()
print(ml.data)

try:
    Sequence()
except TypeError as e:
    print(e)
try:
    Iterable()
except TypeError as e:
    print(e)

print(Callable[[int, str], float], Callable[..., int], Iterable[int], Mapping[str, int])
print(Callable[[], None].__args__, Callable[[int], str] == Callable[[int], str])
try:
    Callable[int]
except TypeError as e:
    print(e)


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(isinstance(It(), Iterator), list(It()))


class G(Generator):
    def send(self, v):
        raise StopIteration

    def throw(self, *a):
        raise StopIteration


print(list(G()), isinstance(G(), Iterator))
