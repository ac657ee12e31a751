# LOAD_GLOBAL_MODULE: warm up, then rebind / add / delete globals.

counter = 10


def read_counter():
    return counter


def run(n):
    total = 0
    for _ in range(n):
        total += read_counter()
    return total


print("warm", run(150))
counter = 20
print("rebound", run(150))

# Adding an unrelated global changes the dict keys version.
for i in range(60):
    globals()["extra_%d" % i] = i
print("after adds", run(150), extra_59)

# Rebinding through globals() dict.
globals()["counter"] = 7
print("via globals()", run(100))

# Many rebinds interleaved with reads: the guard keeps failing.
acc = []
for i in range(120):
    counter = i
    acc.append(read_counter())
print("interleaved", sum(acc), acc[:5], acc[-3:])

# Delete the global: NameError at the specialized site.
del counter
try:
    read_counter()
except NameError as e:
    print("NameError:", e)

# Re-create it: works again.
counter = 3
print("recreated", run(120))


# A global that is only defined later.
def use_late():
    return late_value * 2


try:
    use_late()
except NameError as e:
    print("NameError:", e)
late_value = 21
print("late", sum(use_late() for _ in range(100)))


# Global functions rebound after warm-up.
def helper(x):
    return x + 1


def call_helper(n):
    out = 0
    for i in range(n):
        out += helper(i)
    return out


print("helper1", call_helper(150))


def helper(x):
    return x * 10


print("helper2", call_helper(150))
helper = lambda x: -x
print("helper3", call_helper(150))
del helper
try:
    call_helper(3)
except NameError as e:
    print("NameError:", e)


# Global deleted and the name then resolves to a builtin.
def get_len():
    return len


len_calls = 0
for _ in range(100):
    f = get_len()
print("builtin len", f("abcd"))


def len(x):
    return "shadow"


print("shadow", [get_len()("ab") for _ in range(60)][-1])
del len
print("unshadow", [get_len()("ab") for _ in range(60)][-1])
