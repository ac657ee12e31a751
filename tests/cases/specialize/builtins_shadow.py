# LOAD_GLOBAL_BUILTIN: builtins shadowed by globals, builtins module mutated.
import builtins


def use_abs(n):
    s = 0
    for i in range(n):
        s += abs(-i)
    return s


def use_max(n):
    s = 0
    for i in range(n):
        s += max(i, 5)
    return s


print("abs warm", use_abs(150))
print("max warm", use_max(150))

# Shadow with a module global.
abs = lambda x: 1
print("abs shadowed", use_abs(150))
del abs
print("abs restored", use_abs(150))

# Patch the builtins module itself.
orig_max = builtins.max
builtins.max = lambda a, b: 0
print("builtins.max patched", use_max(150))
builtins.max = orig_max
print("builtins.max restored", use_max(150))

# Add a builtin after warm-up that a function references.
def use_new():
    try:
        return my_new_builtin
    except NameError as e:
        return "NameError: " + str(e)


r = [use_new() for _ in range(100)]
print(r[0], len(r))
builtins.my_new_builtin = "found"
r = [use_new() for _ in range(100)]
print(r[0], r[-1])
my_new_builtin = "global wins"
print(use_new())
del my_new_builtin
print(use_new())
del builtins.my_new_builtin
print(use_new())


# Delete a builtin from the builtins module.
def use_divmod(i):
    return divmod(i, 7)


print([use_divmod(i) for i in range(100)][-1])
saved = builtins.divmod
del builtins.divmod
try:
    use_divmod(3)
except NameError as e:
    print("NameError:", e)
builtins.divmod = saved
print(use_divmod(50))


# Shadowing alternates many times at the same site (52+ misses).
def which_len(x):
    return len(x)


out = []
for i in range(130):
    if i % 2:
        len = lambda x: -1
    else:
        try:
            del len
        except NameError:
            pass
    out.append(which_len("abc"))
print(out[:6], sum(out))
