# Class attributes looked up many times, then changed: every lookup must see the change
# (Taipan caches MRO lookups by class version; this checks the invalidation).
class Base:
    def greet(self):
        return "base"
    kind = "b"


class Child(Base):
    pass


class GrandChild(Child):
    pass


g = GrandChild()
for _ in range(3):
    print(g.greet(), g.kind, GrandChild.kind)

Base.greet = lambda self: "patched base"
print(g.greet())
Child.greet = lambda self: "child"
print(g.greet(), Base().greet())
del Child.greet
print(g.greet())
Base.kind = "B2"
print(g.kind, Child.kind)
try:
    g.missing
except AttributeError as e:
    print("AttributeError:", e)
Base.missing = 42
print(g.missing)
del Base.missing
try:
    print(g.missing)
except AttributeError as e:
    print("AttributeError:", e)


class WithDunder:
    def __len__(self):
        return 1


w = WithDunder()
print(len(w), len(w))
WithDunder.__len__ = lambda self: 7
print(len(w))
WithDunder.__repr__ = lambda self: "<custom>"
print(repr(w), [w])


class Meta(type):
    tag = "meta"


class UsesMeta(metaclass=Meta):
    pass


print(UsesMeta.tag)
Meta.tag = "meta2"
print(UsesMeta.tag)
