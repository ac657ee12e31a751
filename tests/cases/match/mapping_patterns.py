def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k!r} extra={rest}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll {d}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty-ish mapping"
    return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4), "button": 1},
    {"type": "key", "key": "q", "mods": ["ctrl"], "time": 5},
    {"type": "scroll", "delta": -2.5},
    {"type": "resize"},
    {"other": 1},
    {},
    [("type", "click")],
    "str",
]
for e in events:
    print(handle(e))
class MyMap(dict):
    pass
print(handle(MyMap(type="key", key="z")))
match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print("others:", others)
