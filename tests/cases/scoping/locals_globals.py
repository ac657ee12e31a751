def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    inner_val = 5
    loc = locals()
    return "inner_val" in loc, "g" in loc
print(g())
print(globals()["__name__"], "f" in globals(), globals() is globals())
g_dict = globals()
g_dict["injected"] = "via globals()"
print(injected)
class C:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
print(sorted(k for k in vars(C) if not k.startswith("__")))
print(locals() is globals())
def uses_global():
    global late_defined
    late_defined = 3
uses_global()
print(globals()["late_defined"])
