class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, *exc):
        Indent.level -= 1
        return False
    def say(self, msg):
        print("  " * Indent.level + msg)
with Indent() as ind:
    ind.say("level one")
    with Indent():
        ind.say("level two")
        with Indent():
            ind.say("level three")
    ind.say("back to one")
print("level after:", Indent.level)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            print(f"rolling back because of {et.__name__}: {ev}")
            self.store.clear()
            self.store.update(self.snapshot)
            return True
        print("committed")
db = {"a": 1}
with Transaction(db) as t:
    t["b"] = 2
print(db)
with Transaction(db) as t:
    t["c"] = 3
    raise ValueError("invalid write")
print(db)
class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        return self
    def __exit__(self, *a):
        Resource.opened.remove(self.name)
def use_resources():
    with Resource("r1") as r1, Resource("r2") as r2:
        print("inside:", Resource.opened)
        return r1.name + r2.name
print(use_resources(), Resource.opened)
class ReturnsValue:
    def __enter__(self):
        return 42
    def __exit__(self, *a):
        pass
with ReturnsValue() as v:
    print("value from __enter__:", v)
