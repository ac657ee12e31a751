x = "global-x"
result = [x for x in range(3)]
print(result, x)
i = "outer-i"
gen = (i for i in "ab")
print(list(gen), i)
def f():
    v = 10
    return [v + j for j in range(3)]
print(f())
class C:
    n = 5
    names = ["a", "b"]
    upper = [s.upper() for s in names]
    try:
        plus_n = [n + k for k in range(2)]
    except NameError as e:
        plus_n = "NameError: " + str(e)
    first_iter_ok = [k for k in range(n)]
print(C.upper, C.plus_n, C.first_iter_ok)
def evaluation_order():
    log = []
    def src():
        log.append("iterable evaluated")
        return [1, 2]
    g = (log.append(f"item {v}") for v in src())
    log.append("generator created")
    list(g)
    return log
print(evaluation_order())
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
funcs2 = [(lambda k=k: k) for k in range(3)]
print([fn() for fn in funcs2])
print([[j for j in range(i)] for i in range(3)])
def nested_closure():
    return [[lambda: (a, b) for b in range(2)] for a in range(2)]
print([[fn() for fn in row] for row in nested_closure()])
try:
    [undefined_comp_name_q for _ in range(1)]
except NameError as e:
    print("NameError:", e)
