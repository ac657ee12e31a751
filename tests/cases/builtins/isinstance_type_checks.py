checks = [(1, int), (True, int), (1, bool), (1.0, float), (1, float), ("s", str), (b"b", bytes), ([], list),
          ((), tuple), ({}, dict), (set(), set), (frozenset(), set), (None, type(None)), (int, type), (type, type),
          (print, object), (1, (str, int)), ("x", (list, tuple)), (1j, complex), (range(1), range)]
for obj, typ in checks:
    print(repr(obj), isinstance(obj, typ))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(type, type))
print(type(1), type(1.0), type("s"), type(None), type([]), type(()), type({}), type(set()), type(type))
print(type(1) is int, type(True) is bool, type(True) == int, type(1).__name__, type(2 ** 100).__name__)
print(isinstance(1, int | str), isinstance("x", int | None), isinstance(None, int | None), int | str)
