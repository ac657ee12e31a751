x = 42
s = "text"
d = {"key": "value", "n": 5}
print(f"{x!r:>6}|{s!r:^10}|{s!s:<6}|{x!a}")
print(f"{d['key']}|{d['n'] * 2}|{len(d)}|{list(d)}")
print(f"{'{'}{x}{'}'}", f"{{{x}}}", f"{{x}}", f"{{{{x}}}}")
print(f"{x:{'0'}{'>'}{8}}|{x:0{8}}|{s:{len(s) * 2}}|")
print(f"{(lambda: 'lambda in parens')()}", f"{x if x > 40 else 0}", f"{[i for i in range(3)]}")
print(f"{x:#x}", f"{x:#o}", f"{x:#b}", f"{x:08.3f}", f"{x:+}", f"{-x:}")
nested = f"outer {f'inner {x}'} done"
print(nested)
print(f"{x=:>5}", f"{x=!r}", f"{s=!s:>8}", f"{ x = }")
print(f"{'a' + 'b'}", f"{3 * 'ab'}", f"{x // 5}", f"{x % 5}", f"{x ** 2:,}")
print(f"{1.5:>{x // 7}}|", f"{'left':<{3 + 3}}|")
print(f"{None!r}", f"{True!s}", f"{b'bytes'!r}", f"{'é'!a}", f"{3.0!s}")
items = [("a", 1), ("bb", 22)]
print("\n".join(f"{k:<4}{v:>4}" for k, v in items))
print(f"{x}" "plain" f"{s}", F"{x}", f"""{s
}""")
print(f"{'multi' + chr(10) + 'line'}")
print(f"{d!r}", f"{d['key']!r:>10}")
print(f"{12345.6789:,.2f}", f"{0.000123:.2e}", f"{1e6:g}", f"{123:>+08}")
