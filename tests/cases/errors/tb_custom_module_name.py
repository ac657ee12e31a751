# cli: -X no_debug_ranges
class Oops(Exception):
    pass
Oops.__module__ = "mylib.errors"
raise Oops("custom module shown in the last line")
