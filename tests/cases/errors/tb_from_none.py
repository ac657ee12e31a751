# cli: -X no_debug_ranges
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no such key: {k}") from None
lookup({}, "x")
