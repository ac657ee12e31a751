for n in range(-2, 3):
    kind = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, kind)
x = 5
print("big" if x > 3 else "small")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
f = (lambda v: v * 2) if x else (lambda v: v)
print(f(21))
def side(v):
    print("side", v)
    return v
print(side("a") if side(True) else side("b"))
print(side("a") if side(0) else side("b"))
