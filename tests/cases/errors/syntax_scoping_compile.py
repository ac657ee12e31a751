sources = [
    "nonlocal x",
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(y)\n    global y",
    "return 1",
    "break",
    "continue",
    "def f():\n    nonlocal q",
    "def f(a, a): pass",
    "yield 1",
    "class C:\n    return 1",
    "lambda: (yield)",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x",
    "f(x=1, x=2)",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "-> compiled OK")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, "|", e.msg, "| line", e.lineno)
