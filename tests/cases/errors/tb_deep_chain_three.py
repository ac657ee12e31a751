# cli: -X no_debug_ranges
def a():
    try:
        1 / 0
    except ZeroDivisionError as e:
        try:
            raise KeyError("second")
        except KeyError:
            raise TypeError("third") from e
a()
