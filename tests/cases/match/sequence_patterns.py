def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: first={first} middle={middle} last={last}"
        case [first, *rest]:
            return f"first={first} rest={rest}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", {"a": 1}, 5, range(3), b"xy"]:
    print(repr(v), "->", seq(v))
def nested(v):
    match v:
        case [(a, b), [c, *_]]:
            return f"a={a} b={b} c={c}"
        case [*_, ("end", val)]:
            return f"ends with {val}"
        case [_, _, *_]:
            return "at least two"
    return "no match"
print(nested([(1, 2), [3, 4, 5]]), nested([1, 2, ("end", 9)]), nested([1, 2]), nested([1]))
def star_middle(v):
    match v:
        case [*head, 0]:
            return f"head={head}"
        case [1, *tail]:
            return f"tail={tail}"
    return None
print(star_middle([5, 6, 0]), star_middle([1, 7]), star_middle([0]), star_middle([2]))
