class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{type(self).__name__}: {self.speak()}"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"
for a in (Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")):
    print(a.describe())
p = Puppy("bit", "pug")
print(p.breed, isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(super(Puppy, p).speak(), super(Dog, p).speak())
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__)
class Base:
    def who(self):
        return "Base"
    @classmethod
    def cm(cls):
        return f"Base.cm({cls.__name__})"
class Derived(Base):
    def who(self):
        return "Derived>" + super().who()
    @classmethod
    def cm(cls):
        return "Derived>" + super().cm()
print(Derived().who(), Derived.cm(), Derived().cm())
class Overrider(Base):
    who = "not a method"
print(Overrider().who, Overrider.cm())
