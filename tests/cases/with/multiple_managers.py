class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"enter failed: {self.name}")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)
with CM("outer"), CM("inner"):
    print("two without targets")
try:
    with CM("first"), CM("second", fail_enter=True), CM("third"):
        print("not reached")
except RuntimeError as e:
    print("caught:", e)
with CM("outer-suppress", suppress=True), CM("inner-plain"):
    raise ValueError("bubble")
print("outer suppressed inner error")
with CM("x"):
    with CM("y"):
        print("nested")
