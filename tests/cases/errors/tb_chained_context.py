# cli: -X no_debug_ranges
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("could not parse input")
parse("abc")
