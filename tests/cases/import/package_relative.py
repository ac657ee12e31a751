import pkg
print(pkg.__name__, pkg.PKG_CONST, pkg.__package__)
from pkg import sub_a
print(sub_a.func_a(), sub_a.__name__, sub_a.__package__)
from pkg.sub_a import func_a, uses_relative
print(func_a(), uses_relative())
import pkg.sub_b
print(pkg.sub_b.func_b(), pkg.sub_b.from_parent())
from pkg.nested import deep
print(deep.deep_func(), deep.__name__, deep.__package__)
print(deep.up_two())
import pkg.nested
print(pkg.nested.__name__, hasattr(pkg, "nested"), hasattr(pkg, "sub_a"))
import sys
print(sorted(k for k in sys.modules if k == "pkg" or k.startswith("pkg.")))
