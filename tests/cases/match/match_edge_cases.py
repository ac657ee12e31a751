def m(v):
    match v:
        case True:
            return "True (identity, not 1)"
        case 1:
            return "int 1"
        case 1.0:
            return "unreachable for 1.0"
        case "":
            return "empty string"
        case ():
            return "empty tuple/list"
        case (x,):
            return f"singleton {x!r}"
        case {"k": None}:
            return "dict with k None"
        case str() | bytes():
            return "str or bytes"
        case [[]]:
            return "nested empty"
        case _:
            return "default"
for v in [True, 1, 1.0, "", (), [], (5,), ["s"], {"k": None}, {"k": 0}, "x", b"y", [[]], None, False]:
    print(repr(v), "->", m(v))
def with_walrus(data):
    match data:
        case {"items": [*items]} if (n := len(items)) > 2:
            return f"many items ({n})"
        case {"items": [_, *_] as items}:
            return f"some items {items}"
        case {"items": []}:
            return "no items"
    return "invalid"
print(with_walrus({"items": [1, 2, 3]}), with_walrus({"items": (1,)}), with_walrus({"items": []}), with_walrus({}))
value = 5
match value:
    case 1 | 2:
        print("one or two")
    case n if n > 3:
        print("bigger than three:", n)
point = (0, 3)
match point:
    case (0, 0):
        print("origin")
    case (0, y) | (y, 0):
        print("on an axis at", y)
match "command arg1 arg2".split():
    case ["command", *args]:
        print("command with", args)
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {}:
        print("any mapping matches empty mapping pattern")
print("no case matched leaves no error") if (lambda: None)() is None else None
match 99:
    case 1:
        print("never")
print("after match with no match")
