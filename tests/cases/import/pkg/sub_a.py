print("init pkg.sub_a")
from .helpers import helper_value
def func_a():
    return "func_a"
def uses_relative():
    return f"relative import gave {helper_value}"
