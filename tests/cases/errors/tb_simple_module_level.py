# cli: -X no_debug_ranges
print("start")
x = 1 / 0
