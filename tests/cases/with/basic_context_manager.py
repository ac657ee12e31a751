class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"enter {self.name}")
        return f"resource-{self.name}"
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return False
with Managed("a") as r:
    print("body with", r)
with Managed("b"):
    print("no as-target")
try:
    with Managed("c") as r:
        raise ValueError("in body")
except ValueError as e:
    print("propagated:", e)
def returns_inside():
    with Managed("d"):
        return "returned"
print(returns_inside())
for i in range(2):
    with Managed(f"loop{i}"):
        if i == 0:
            continue
        break
class SelfReturning:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit args:", args)
    value = 99
with SelfReturning() as s:
    print(s.value)
with Managed("tuple") as (first, *rest):
    print(first, rest[:3])
class Holder: pass
h = Holder()
with Managed("attr") as h.res:
    pass
print(h.res)
