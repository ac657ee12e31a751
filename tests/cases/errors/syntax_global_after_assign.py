def f():
    counter = 1
    global counter
    return counter
print(f())
