def return_in_finally():
    try:
        return "from try"
    finally:
        return "from finally"
print(return_in_finally())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def finally_runs_on_return():
    log = []
    def inner():
        try:
            log.append("try")
            return "ret"
        finally:
            log.append("finally")
    r = inner()
    return r, log
print(finally_runs_on_return())
def return_value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(return_value_evaluated_before_finally())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested_finally():
    log = []
    try:
        try:
            log.append("a")
            raise TypeError("x")
        finally:
            log.append("b")
    except TypeError:
        log.append("c")
    finally:
        log.append("d")
    return log
print(nested_finally())
def exception_in_except():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise KeyError("second")
        finally:
            print("finally after except raised")
    except KeyError as e:
        return f"got {e!r} context={e.__context__!r}"
print(exception_in_except())
def generator_like_counter():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                return count
        finally:
            print("loop finally", count)
print(generator_like_counter())
