# cli: -X no_debug_ranges
try:
    raise ValueError("from try")
finally:
    print("finally runs before the traceback")
