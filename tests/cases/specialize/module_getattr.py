# LOAD_ATTR_MODULE with a module-level __getattr__ (PEP 562) after warm-up.
import _spec_getattr_mod as g


# Module __getattr__ fallback.
def read_dyn(i):
    return g.present + ":" + g.dyn_abc


print([read_dyn(i) for i in range(100)][-1], len(g.calls))
g.dyn_abc = "now real"
print(read_dyn(0), len(g.calls))
del g.dyn_abc
print(read_dyn(0), len(g.calls))
try:
    g.missing
except AttributeError as e:
    print("AttributeError:", e)




def read_present():
    return g.present


print([read_present() for _ in range(100)][-1])
del g.present
try:
    read_present()
except AttributeError as e:
    print("AttributeError:", e, g.calls[-1])
g.present = "back"
print([read_present() for _ in range(60)][-1], len(g.calls))
