print("init pkg.nested.deep")
from .. import sub_b
from ..helpers import helper_value
def deep_func():
    return "deep_func"
def up_two():
    return f"{sub_b.func_b()} / {helper_value}"
