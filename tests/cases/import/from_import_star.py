from _star_mod import *
print(public_a, public_b(), sorted(k for k in dir() if not k.startswith("__")))
try:
    _hidden
except NameError as e:
    print("NameError:", e)
try:
    not_in_all
except NameError as e:
    print("NameError:", e)
