def show_chain(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(parts)
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            [][1]
    except IndexError:
        {}["key"]
except KeyError as e:
    print(show_chain(e))
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise RuntimeError("b") from TypeError("explicit")
except RuntimeError as e:
    print(show_chain(e), "| context kept:", repr(e.__context__))
def handler_raises_same():
    try:
        raise KeyError("orig")
    except KeyError as e:
        raise e
try:
    handler_raises_same()
except KeyError as e:
    print("context of re-raised same object:", e.__context__)
try:
    try:
        raise ValueError("inner")
    finally:
        pass
except ValueError as e:
    print("finally without exception keeps no context:", e.__context__)
try:
    try:
        raise ValueError("from try")
    finally:
        raise TypeError("from finally")
except TypeError as e:
    print(show_chain(e))
e1 = ValueError("one")
try:
    try:
        raise e1
    except ValueError:
        raise e1
except ValueError as e:
    print("no self-cycle:", e.__context__)
