# cli: -X no_debug_ranges
def fail():
    raise ValueError
fail()
