name = "World"
n = 42
items = [1, 2, 3]
d = {"key": "val"}
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {-n} {n // 5} {n % 5} {n ** 2}")
print(f"{items} {items[0]} {items[-1]} {len(items)} {d['key']} {d}")
print(f"{'nested quotes'} {'x' if n else 'y'!s}", f'{"dq"}')
print(f"{name.upper()} {name[::-1]} {name!r} {name!s} {name!a} {'é'!a}")
print(f"{{literal braces}} {{{n}}} {'{'}")
print(f"{3.14159:.2f} {n:5d}| {n:<5}| {n:^7}| {n:>5}|")
print(f"{1 if n > 40 else 0} {(lambda x: x * 2)(5)} {[i * i for i in range(4)]}")
print(f"{n=} {name=} {n + 1=} {items[1]=}")
print(f"{n = } {name = !s} {3.5=:.3f} {name=:>8}")
print(f"multi {n} " f"part {name}" " plain")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|{name:{'*'}^{width}}|")
x = 5
print(f"{x:{'>' if x > 3 else '<'}{x}}|")
print(F"upper F {n}", rf"raw \n {n}", fr"{n}\t")
print(f"{None} {True} {...} {b'x'} {1+2j}")
print(f"{'a' 'b'}", f"{n!r:>6}", f"{name!r:*<10}")
obj = type("O", (), {"attr": 7, "__repr__": lambda self: "O()"})()
print(f"{obj} {obj!r} {obj.attr} {obj=}")
print(f"""triple {n}
second line {name}""")
