print("init pkg")
PKG_CONST = "pkg constant"
from . import sub_a
