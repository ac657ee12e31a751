import sys
print(type(sys.path).__name__, len(sys.path) > 0, isinstance(sys.path[0], str))
print(sys.path[0] + "/path_and_modules.py" == __file__)
print("sys" in sys.modules, sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
import math
print("math" in sys.modules, sys.modules["math"] is math)
print(type(sys.modules).__name__, __name__, __file__.endswith("path_and_modules.py"))
print(sys.modules["sys"] is sys, "builtins" in sys.modules)
