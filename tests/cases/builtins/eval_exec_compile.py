print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'abc'.upper()"))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x", {}, {"x": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if k != "__builtins__"))
exec("z = 99")
print(z)
code = compile("result = 6 * 7", "<string>", "exec")
exec(code)
print(result, type(code).__name__, code.co_filename)
expr = compile("2 ** 10", "<expr>", "eval")
print(eval(expr))
single = compile("40 + 2", "<single>", "single")
exec(single)
print(eval("(lambda a: a * 3)(4)"), eval("  5  "), eval("None"), eval("{'k': [1, 2]}"))
g = {"__builtins__": {}}
try:
    eval("len([1])", g)
except NameError as e:
    print("NameError:", e)
print(exec("1 + 1"), eval("print('printed from eval') or 'value'"))
loc = {}
exec("def helper():\n    return 'helper result'", globals(), loc)
print(loc["helper"]())
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
