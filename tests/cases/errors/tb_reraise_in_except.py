# cli: -X no_debug_ranges
def inner():
    raise IndexError("deep problem")
def outer():
    try:
        inner()
    except IndexError:
        print("cleanup, then re-raise")
        raise
outer()
