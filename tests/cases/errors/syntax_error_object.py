try:
    compile("x = = 1", "fake_file.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
    print(str(e))
    print(e.args[0], e.args[1][:3])
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    exec("def f():\n\treturn 1\n        return 2")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    compile("if True:\nprint(1)", "<s>", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno, isinstance(e, SyntaxError))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
