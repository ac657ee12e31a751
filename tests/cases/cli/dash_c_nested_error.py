# cli: -X no_debug_ranges
# argv: -c "f = lambda v: v[10]; g = lambda v: f(v) + 1; print('start'); g([1, 2])"
