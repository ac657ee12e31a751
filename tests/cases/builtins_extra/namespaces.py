def f(a, b=2):
    c = a + b
    def inner():
        return c
    return sorted(locals().items(), key=lambda kv: kv[0])[:3], inner
items, inner = f(1)
print([(k, v) for k, v in items if k != "inner"])
def g():
    x = 1
    print(sorted(vars()), sorted(dir()))
g()
print("f" in globals(), globals() is vars(), locals() is globals())
class C:
    a = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
    def m(self):
        return 0
o = C()
o.z = 3
print(vars(o), [n for n in dir(o) if not n.startswith("__")])
print("__module__" in vars(C), "m" in dir(C), "__init__" in dir(o))
import sys
print("argv" in dir(sys), dir(sys) == sorted(dir(sys)))
for expr in ["vars(1)", "vars(1, 2)", "dir(1, 2)", "globals(1)", "locals(1)"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError:", e)
def closure():
    y = 10
    def h():
        return y
    return h
print(closure().__closure__[0].cell_contents)
