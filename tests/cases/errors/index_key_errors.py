tests = [
    lambda: [1, 2, 3][3],
    lambda: [1, 2, 3][-4],
    lambda: [][0],
    lambda: (1, 2)[2],
    lambda: ()[0],
    lambda: "abc"[3],
    lambda: ""[0],
    lambda: b"ab"[2],
    lambda: bytearray(b"a")[1],
    lambda: range(3)[3],
    lambda: {"a": 1}["b"],
    lambda: {1: 2}[2],
    lambda: {(1, 2): 3}[(1, 3)],
    lambda: {}[None],
    lambda: {"a": 1}.pop("b"),
    lambda: set().remove(1),
    lambda: [1][10 ** 30],
    lambda: "abc"[2 ** 64],
]
for t in tests:
    try:
        t()
        print("no error")
    except (IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e, "| repr:", repr(e))
    except OverflowError as e:
        print("OverflowError:", e)
def set_item(obj, k, v):
    obj[k] = v
for args in [([1], 5, 0), ((1,), 0, 0), ("s", 0, "x"), ({}, [1], 0), (range(3), 0, 1), (b"ab", 0, 1)]:
    try:
        set_item(*args)
        print("no error", args[0])
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
