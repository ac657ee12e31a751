# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, functional API.
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name}={self.value}"

    @property
    def lower(self):
        return self.name.lower()


print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color(2), Color["BLUE"], Color.BLUE.describe(), Color.RED.lower)
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), Color)
print(list(Color.__members__), Color.__members__["CRIMSON"], [m.name for m in reversed(Color)])
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED))
print(f"{Color.RED}", format(Color.GREEN, ">12"), str(Color.BLUE), {Color.RED: "r"}[Color.CRIMSON])
for bad in [lambda: Color(7), lambda: Color["PINK"], lambda: setattr(Color, "RED", 5)]:
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    class Bad(Color):
        PINK = 9
except TypeError as e:
    print("TypeError", e)


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num(2), Num.ONE < Num.TWO, int(Num.TWO),
      f"{Num.ONE}", isinstance(Num.ONE, int), sorted([Num.TWO, Num.ONE]), Num.ONE == 1)


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), [m.value for m in Auto])


class Name(StrEnum):
    ALPHA = auto()
    BETA = "b"


print(Name.ALPHA, repr(Name.ALPHA), Name.BETA == "b", Name("b"), Name.ALPHA.upper(), f"{Name.BETA}!")


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, list(Perm), Perm.R in Perm.RW, bool(Perm(0)))
print(repr(Perm(0)), Perm(7), (Perm.R | Perm.W) & Perm.W, ~Perm.R, len(Perm.RW), list(Perm.RW))
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


print(IPerm.R | IPerm.W, repr(IPerm.R | IPerm.X), IPerm.R | 8, IPerm(3), int(IPerm.W | IPerm.X), IPerm.R + 1)


class AutoFlag(Flag):
    A = auto()
    B = auto()
    C = auto()


print([m.value for m in AutoFlag])

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__name__, Animal(3))
Pet = Enum("Pet", [("DOG", "d"), ("CAT", "c")])
print(Pet.DOG, Pet("c"))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)


class WithMissing(Enum):
    X = "x"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() == "x":
            return cls.X
        return None


print(WithMissing("X"), WithMissing.X.__class__.__name__)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.MERCURY.value, Planet((5.976e+24, 6.37814e6)))
print(enum.EnumMeta is enum.EnumType, type(Color).__name__, Color.RED.__class__.__mro__)
