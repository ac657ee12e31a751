def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "True literal"
        case None:
            return "None literal"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1j:
            return "imaginary"
        case b"bytes":
            return "bytes literal"
        case other:
            return f"captured {other!r}"
for v in [0, 2, "hello", True, None, -1, 2.5, 1j, b"bytes", "bye", [1], 1.0, False]:
    print(repr(v), "->", describe(v))
def wild(v):
    match v:
        case _:
            return "always"
print(wild(object) , wild(None))
match 42:
    case x:
        print("bound x =", x)
print("x after match:", x)
