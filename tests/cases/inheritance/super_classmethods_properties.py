class Base:
    instances = 0
    @classmethod
    def make(cls):
        cls.instances += 1
        return f"Base.make -> {cls.__name__} ({cls.instances})"
    @staticmethod
    def helper():
        return "Base.helper"
    @property
    def label(self):
        return "base-label"
    def __repr__(self):
        return f"{type(self).__name__}()"
class Child(Base):
    @classmethod
    def make(cls):
        return "Child.make + " + super().make()
    @staticmethod
    def helper():
        return "Child.helper + " + super(Child, Child).helper()
    @property
    def label(self):
        return "child+" + super().label
print(Child.make(), Child.make(), Base.make())
print(Child.instances, Base.instances)
print(Child.helper(), Child().label, Base().label)
class GrandChild(Child):
    def __repr__(self):
        return "GC<" + super().__repr__() + ">"
print(GrandChild(), GrandChild.make(), GrandChild().label)
s = super(Child, GrandChild())
print(s.label, s.make())
print(super(Base, Child()).__repr__ is not None, isinstance(super(Child, Child()), super))
class A:
    def __init__(self):
        self.trace = ["A"]
class B(A):
    def __init__(self):
        super().__init__()
        self.trace.append("B")
class C(B):
    def __init__(self):
        super(B, self).__init__()
        self.trace.append("C skips B")
print(B().trace, C().trace)
