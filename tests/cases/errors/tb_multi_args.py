# cli: -X no_debug_ranges
raise Exception("first", 2, None)
