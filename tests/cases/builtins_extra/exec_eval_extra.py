def in_function():
    v = 5
    print(eval("v * 2"), eval("w", {"w": 1}), eval("v + q", {"q": 1}, {"v": 2}))
    exec("r = v + 1")
    print("r" in locals())
in_function()
g = {}
exec("import sys\nx = [i for i in range(3)]", g)
print(g["x"], "sys" in g, "__builtins__" in g)
code = compile("a + b", "<calc>", "eval")
print(eval(code, {"a": 1, "b": 2}), code.co_filename, code.co_name)
print(eval(b"1 + 1"), eval("\t 3"))
for src, mode in [("1 +", "eval"), ("x = ", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print("SyntaxError", e.filename, e.lineno)
for expr in ["eval(5)", "exec(5)", "eval('1', 5)", "eval('1', {}, 5)", "compile('1', 'f', 'bad')",
             "compile('1')", "exec('1', [])", "eval()", "exec()"]:
    try:
        print(eval(expr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
ns = {"__name__": "modname"}
exec("def f():\n    return __name__\nclass K:\n    pass\n", ns)
print(ns["f"](), ns["K"].__module__)
try:
    exec("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
exec(compile("print('single', 1 + 1)", "<s>", "single"))
