import _simple_mod
import math
print(_simple_mod.__name__, _simple_mod.__doc__, _simple_mod.__package__ == "", _simple_mod.__spec__ is not None)
print(__name__, __doc__, __package__, __spec__)
"""not the module docstring (not first statement)"""
print(math.__name__, type(math).__name__)
import sys
print(type(sys).__name__, sys.__name__)
_simple_mod.new_attr = "set from outside"
import _simple_mod as again
print(again.new_attr)
print(sorted(k for k in vars(_simple_mod) if not k.startswith("__")))
