# str.format / %-formatting / argument edge cases and their errors
tests = ['"{0[".format()', '"{:999999999999999999999}".format("a")', '"%.*f" % (2**40, 1.0)',
 '"{0:{1}}".format(1, "{")', '"{a.b.c}".format(a=1)', '"{[0]}".format([1])', '"{0}}".format(1)', '"{{}".format()', '"{:}}".format(1)',
 '"x".expandtabs(10**12)', '"\\t".expandtabs(2**62)', '"{!r:{}}".format(1, 2)', '"{0!a}".format("é")',
 '"%(a)*d" % {"a": 1}', '"%-*.*f|" % (8, 2, 3.14159)', '"%s" % {"a": 1}', '"%(a)s %s" % {"a": 1}', '"%" % 1', '"%5" % 1', '"%(a)" % {"a":1}',
 '"%ld" % 5', '"%hd" % 5', '"%y" % 5', '"abc".split(None, 2**70)', '"abc"[2**70:]', '"abc".find("b", 2**70)', '"abc".find("b", -2**70)',
 'b"abc".find(b"b", 2**70)', 'bytearray(b"abc").pop(2**70)', 'bytes(2**70)', 'bytearray(b"ab").insert(-100, 65)', '"ab".replace("", "x", 2**70)',
 '"{0:.{1}f}".format(1.5, 2)', 'format("abc", "^{}".format(10**6))[:3]', '"x".ljust(-5, "y")',
 '"".join(["a"] * 3)', 'b"a".join([memoryview(b"x")]) if False else 1', 'str(b"abc", "utf-8", "bogus")', 'str(b"\\xff", "utf-8", "bogus")',
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r)[:80])
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
