import math
class Color:
    RED = "red"
    GREEN = "green"
def classify(v):
    match v:
        case Color.RED:
            return "value pattern RED"
        case Color.GREEN | "lime" as g:
            return f"greenish ({g})"
        case math.pi:
            return "pi"
        case (1 | 2) as small, (3 | 4) as big:
            return f"pair small={small} big={big}"
        case [1, 2] | [1, 2, 3] as lst:
            return f"one of two lists: {lst}"
        case int(n) if n < 0:
            return "negative int"
        case int(n) if n % 2 == 0:
            return "even int"
        case int():
            return "odd int"
        case str(s) if s.isupper():
            return "shouting"
    return "no match"
for v in ["red", "green", "lime", math.pi, (2, 4), (2, 5), [1, 2], [1, 2, 3], -4, 8, 7, "HEY", "hey"]:
    print(repr(v), "->", classify(v))
guard_calls = []
def g(v):
    guard_calls.append(v)
    return False
match 3:
    case 1 | 2:
        pass
    case n if g(n):
        pass
    case 3 if g("second"):
        pass
    case _:
        print("guards evaluated:", guard_calls)
match [1, [2, 3]]:
    case [a, [b, c] as inner] as whole:
        print(a, b, c, inner, whole)
