def attempt(x):
    log = []
    try:
        log.append("try")
        r = 10 // x
        log.append("after division")
    except ZeroDivisionError as e:
        log.append(f"except {e}")
    else:
        log.append(f"else r={r}")
    finally:
        log.append("finally")
    return log
print(attempt(2))
print(attempt(0))
def multi(v):
    try:
        if v == 1:
            raise KeyError("k")
        if v == 2:
            raise IndexError("i")
        if v == 3:
            raise TypeError("t")
        if v == 4:
            raise ValueError("v")
        return "no error"
    except KeyError:
        return "KeyError branch"
    except (IndexError, TypeError) as e:
        return f"tuple branch {type(e).__name__}"
    except Exception as e:
        return f"generic {e!r}"
print([multi(v) for v in range(5)])
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
finally:
    print("finally always")
e = "before"
try:
    raise RuntimeError("bound")
except RuntimeError as e:
    print("inside:", e)
try:
    print(e)
except NameError as ne:
    print("NameError: exception variable was deleted:", ne)
def bare():
    try:
        raise OSError("anything")
    except:
        return "bare except caught"
print(bare())
