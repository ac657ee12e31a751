# cli: -X no_debug_ranges
def recurse(n):
    return recurse(n + 1)
recurse(0)
