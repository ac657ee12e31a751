x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return x
print(f())
def g():
    try:
        y_local += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y_local = 0
g()
def h(flag):
    if flag:
        value_maybe = 1
    try:
        return value_maybe
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(h(True), h(False))
print(isinstance(UnboundLocalError(), NameError), UnboundLocalError.__mro__)
def loop_var():
    for i in []:
        pass
    try:
        return i
    except UnboundLocalError as e:
        return str(e)
print(loop_var())
