# cli: -X no_debug_ranges
# argv: -c "x = 1; raise ValueError('from -c')"
