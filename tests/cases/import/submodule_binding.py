import pkg2.leaf
print(pkg2.leaf.NAME, pkg2.__name__, pkg2.leaf.__name__)
import pkg2
print(hasattr(pkg2, "leaf"), hasattr(pkg2, "other"))
from pkg2 import other
print(other.NAME, hasattr(pkg2, "other"), pkg2.other is other)
import pkg2.leaf as lf
print(lf is pkg2.leaf, lf.parent_value())
import sys
print(sys.modules["pkg2.leaf"] is lf, sorted(k for k in sys.modules if k.startswith("pkg2")))
