# cli: -X no_debug_ranges
def gen():
    yield 1
    yield int("two")
def consume():
    return [x * 2 for x in gen()]
consume()
