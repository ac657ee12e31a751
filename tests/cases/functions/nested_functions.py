def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3), outer("a")("b")("c"))
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {"add": add, "sub": sub}
ops = make_ops()
print(ops["add"](5, 3), ops["sub"](5, 3), ops["add"].__qualname__)
def factorial(n):
    def helper(k, acc):
        return acc if k <= 1 else helper(k - 1, acc * k)
    return helper(n, 1)
print(factorial(10), factorial(20))
def recursive_inner():
    def walk(tree, depth=0):
        lines = []
        for k, v in tree.items():
            lines.append("  " * depth + k)
            lines.extend(walk(v, depth + 1))
        return lines
    return walk
tree = {"root": {"a": {"a1": {}}, "b": {}}}
print("\n".join(recursive_inner()(tree)))
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    return count
c = counter_factory()
print([c(w) for w in "a b a c a b".split()])
def redefine():
    def f():
        return 1
    first = f
    def f():
        return 2
    return first(), f()
print(redefine())
def conditional_def(flag):
    if flag:
        def impl():
            return "flag on"
    else:
        def impl():
            return "flag off"
    return impl()
print(conditional_def(True), conditional_def(False))
