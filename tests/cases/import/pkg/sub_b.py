print("init pkg.sub_b")
from . import sub_a
from .sub_a import func_a
from . import PKG_CONST
def func_b():
    return "func_b uses " + func_a()
def from_parent():
    return PKG_CONST
