# typing: reprs of special forms and aliases, generics, protocols, helpers.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generic, Iterable,
                    Iterator, List, Literal, Mapping, NamedTuple, NewType, Optional,
                    Protocol, Sequence, Set, Tuple, Type, TypedDict, TypeVar, Union,
                    cast, get_args, get_origin, get_type_hints, overload,
                    runtime_checkable)

print(Any, List, Dict, Callable, Optional, Union, Tuple, Iterable, Type)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool], Callable[..., int])
print(Literal[1, "a"], ClassVar[int], Final[str], Iterable[Tuple[int, int]], Type[int])
print(Union[int], Union[int, int, str], Optional[Optional[int]], Union[int, Union[str, bytes]])
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]))
print(get_origin(int), get_args(int), get_origin(Literal[1]), get_args(Optional[int]))
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(3, Union[int, str]))
for bad in [lambda: isinstance([], List[int]), lambda: isinstance(1, Any), lambda: Union[()],
            lambda: Optional(), lambda: List[int, str], lambda: Dict[int], lambda: Callable[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

T = TypeVar("T")
K = TypeVar("K", covariant=True)
S = TypeVar("S", int, str)
print(T, K, S.__constraints__, T.__name__, TypeVar("B", bound=int).__bound__)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


print(Box[int], Box.__parameters__, Box(3).get(), Box[int](5).item, Box[int].__origin__ is Box)
print(List[T][int], Dict[str, T][float])


class Pair(Generic[K, T]):
    pass


print(Pair[int, str], Pair.__parameters__)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError", e)


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class HasX(Protocol):
    x: int


class File:
    def close(self):
        pass


class WithX:
    def __init__(self):
        self.x = 1


print(isinstance(File(), Closeable), isinstance(3, Closeable), issubclass(File, Closeable))
print(isinstance(WithX(), HasX), isinstance(File(), HasX))
try:
    issubclass(WithX, HasX)
except TypeError as e:
    print("TypeError", e)


class NotRuntime(Protocol):
    def f(self): ...


try:
    isinstance(1, NotRuntime)
except TypeError as e:
    print("TypeError", e)
try:
    NotRuntime()
except TypeError as e:
    print("TypeError", e)
print(isinstance(3, typing.SupportsInt), isinstance("s", typing.SupportsInt), isinstance(2.5, typing.SupportsFloat))


class Emp(NamedTuple):
    name: str
    id: int = 3


e = Emp("bob")
print(e, e.id, Emp._fields, Emp.__annotations__, isinstance(e, tuple), Emp("a", 1)._asdict())
P = NamedTuple("P", [("x", int), ("y", int)])
print(P(1, 2), P._fields)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="x", year=1)
print(m, type(m).__name__, Movie.__required_keys__ == {"title", "year"}, typing.is_typeddict(Movie))

UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
print(cast(int, "s"), cast("List[int]", 3))


def f(a: int, b: "List[str]" = None) -> Optional[int]:
    return None


print(get_type_hints(f))


class C:
    x: int
    y: "Dict[str, int]"
    z: ClassVar[int] = 3


print(get_type_hints(C))


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x


print(g(3), len(typing.get_overloads(g)))
print(typing.TYPE_CHECKING, typing.Text is str, typing.AnyStr, typing.Hashable, typing.Sized)
print(List.__origin__, Iterator[int].__args__, FrozenSet[int], Mapping[str, Any], Set[int])
