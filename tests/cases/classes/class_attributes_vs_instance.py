class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
        self.own_tricks = []
    def add_shared(self, t):
        self.tricks.append(t)
    def add_own(self, t):
        self.own_tricks.append(t)
a, b = Dog("a"), Dog("b")
a.add_shared("roll")
b.add_shared("sit")
a.add_own("beg")
print(a.tricks, b.tricks, Dog.tricks, a.own_tricks, b.own_tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
print("species" in a.__dict__, "species" in b.__dict__, "species" in Dog.__dict__)
class Cfg:
    value = 1
    @classmethod
    def bump(cls):
        cls.value += 1
        return cls.value
class SubCfg(Cfg):
    pass
print(Cfg.bump(), SubCfg.bump(), SubCfg.bump(), Cfg.value, SubCfg.value)
