# dataclasses: generated methods, fields, defaults, frozen, order, helpers.
import dataclasses
from dataclasses import (FrozenInstanceError, InitVar, KW_ONLY, asdict, astuple,
                         dataclass, field, fields, is_dataclass, make_dataclass, replace)
from typing import ClassVar


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) == Point(2), p == (1, 0), Point.__doc__)
print(Point.__init__.__qualname__, Point.__match_args__, Point.__hash__, p.__eq__(5))
print([(f.name, f.type, f.default is dataclasses.MISSING) for f in fields(Point)], is_dataclass(p), is_dataclass(Point), is_dataclass(3))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


@dataclass
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    count: int = field(default=1, repr=False)
    secret: str = field(default="s", compare=False)
    total: ClassVar[int] = 0


a = Inventory("a")
b = Inventory("a", secret="other")
a.tags.append("x")
print(a, a == b, Inventory("c").tags is Inventory("c").tags, Inventory.total)
print([f.name for f in fields(a)], asdict(a), astuple(a))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

    def bump(self):
        return replace(self, minor=self.minor + 1)


v = Version(1, 2)
print(v < Version(1, 3), v >= Version(0, 9), sorted([Version(2), Version(1, 5), Version(1)]))
print(hash(v) == hash(Version(1, 2)), v.bump(), {v: 1}[Version(1, 2)])
try:
    v.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)


@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(w)])


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 7


print(Child(), Child(1, "x", 2.0), [f.name for f in fields(Child)])


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3


print(KW(a=1), Mixed(1, b=2), Mixed.__match_args__)
try:
    KW(1)
except TypeError as e:
    print("TypeError", e)


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashy(1)) == hash(Hashy(1, [2])))

Dyn = make_dataclass("Dyn", ["x", ("y", int), ("z", int, field(default=5))])
print(Dyn(1, 2), Dyn(1, 2, 3).z, [f.name for f in fields(Dyn)])

errors = []
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        a: int
except ValueError as e:
    print("ValueError", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError", e)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError", e)
try:
    replace(w, b=3)
except ValueError as e:
    print("ValueError", e)


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(astuple(n))


@dataclass(repr=False)
class NoRepr:
    a: int


print(type(repr(NoRepr(1))).__name__, "NoRepr object" in repr(NoRepr(1)))


@dataclass
class Rec:
    other: object = None


r = Rec()
r.other = r
print(r)
print(dataclasses.MISSING is not None, repr(dataclasses.field(default_factory=list).default_factory))
