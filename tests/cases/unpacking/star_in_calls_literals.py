def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
nums = [1, 2, 3]
opts = {"sep": "-", "end": "!"}
print(show(*nums))
print(show(0, *nums, 4, *"ab"))
print(show(**opts))
print(show(*nums, **opts, extra=True))
print(show(**{"a": 1}, **{"b": 2}))
print(show(*(), **{}))
print([*nums, *range(2), *"xy"])
print((*nums,), (*nums, 10))
print({*nums, *{3, 4}} == {1, 2, 3, 4})
print({**{"a": 1, "b": 2}, "b": 20, **{"c": 3}})
print(*nums, sep=", ")
print(*[], "only", *[])
first, *_ = show(*nums).split("=")
print(first)
def kwonly(*, a, b):
    return a - b
print(kwonly(**{"b": 1, "a": 10}))
gen = (i * 10 for i in range(3))
print(show(*gen))
print(max(*nums), min(*"zyx"))
print(dict(**{"x": 1}, y=2))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    show(*None)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**None)
except TypeError as e:
    print("TypeError:", e)
