import _simple_mod
print(_simple_mod.VALUE, _simple_mod.greet("test"), _simple_mod.__name__)
print(_simple_mod.Thing.__module__, _simple_mod.Thing.__qualname__)
print(_simple_mod.__file__.endswith("_simple_mod.py"), type(_simple_mod).__name__)
import _simple_mod
import _simple_mod as alias
print(alias is _simple_mod)
from _simple_mod import VALUE, greet as g
print(VALUE, g("from-import"))
import sys
print(sys.modules["_simple_mod"] is _simple_mod)
print(sorted(n for n in dir(_simple_mod) if not n.startswith("__")))
print(__name__)
