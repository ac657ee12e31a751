# cli: -X no_debug_ranges
raise KeyError("missing key")
