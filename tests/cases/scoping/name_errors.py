try:
    undefined_name_xyz
except NameError as e:
    print("NameError:", e, e.args)
def f():
    return another_missing_qwv + 1
try:
    f()
except NameError as e:
    print("NameError:", e)
try:
    del never_defined_pqr
except NameError as e:
    print("NameError:", e)
class K:
    def m(self):
        return unknown_in_method_zzz
try:
    K().m()
except NameError as e:
    print("NameError:", e)
try:
    print(__builtins__.nothing_here_abc if False else missing_builtinish_vvv)
except NameError as e:
    print("NameError:", e)
print(type(NameError("x")).__mro__)
e = NameError("custom message")
print(e, repr(e))
