# cli: -X no_debug_ranges
class Abort(BaseException):
    pass
print("about to abort")
raise Abort("not an Exception subclass")
