sources = [
    "x = (1 +",
    "f(x for x in y, 1)",
    "del f()",
    "1 = x",
    "None = 1",
    "f() = 1",
    "x + 1 += 1",
    "def f(x=1, y): pass",
    "f(a=1, 2)",
    "f(**k, *a)",
    "a, *b, *c = d",
    "*a = b",
    "if x:\npass",
    "for x in y:\n        a\n    b",
    "print 'hello'",
    "x = 08",
    "'unterminated",
    "True = 1",
    "__debug__ = 1",
    "import",
    "from . import",
    "with a as 1: pass",
    "try:\n    pass",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
    "match x:\n    case a:\n        pass\n    case b:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "x := 1",
    "def f(*): pass",
    "a if b",
    "@\ndef f(): pass",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "-> compiled OK")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, "|", e.msg, "| line", e.lineno)
