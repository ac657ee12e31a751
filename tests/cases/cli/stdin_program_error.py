# cli: -X no_debug_ranges
# argv: -
