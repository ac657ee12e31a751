class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec + "f" if spec else "") + "°C"
    def __str__(self):
        return "Temp(str)"
    def __repr__(self):
        return "Temp(repr)"
t = Temp(21.5)
print(f"{t}|{t:.1}|{t:.2F}|{t!s}|{t!r}|{t=}|{t=:.0}|")
print(format(t), format(t, ".3"), "{:.0F}".format(t))
for prec in range(4):
    print(f"{3.14159:.{prec}f}", end=" ")
print()
fmt = ">8.3f"
print(f"{2.5:{fmt}}|", f"{'x':{'^'}{5}}|")
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in table:
    print(f"{name:<12}{price:>8.2f}{qty:>4d}{price * qty:>9.2f}")
class NoFormat:
    pass
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(NoFormat(), "") == str(NoFormat()) or "differs")
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
print(f"{'abc'!r:{'>'}{10}}")
