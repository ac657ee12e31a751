tests = [
 'int("0x_ff", 16)', 'int("0x__ff", 16)', 'int("0b", 0)', 'int("00", 0)', 'int("0_0", 0)', 'int(" 1_2 ")', 'int("1_")', 'int(b"12")', 'int(b"x")', 'int(bytearray(b"42"))', 'int("z"*201, 10)',
 'int(True)', 'int("  -0x10  ", 0)', 'int("10", 0)', 'int("١٢")', 'int(12.9)', 'int(-0.5)', 'int(1e20)', 'int("9"*4301)',
 '(12345).__round__(-2)', 'round(15, -1)', 'round(25, -1)', 'round(-25, -1)', 'round(5, -100)', 'round(5, 2**70)', 'round(12.5)', 'round(13.5)', 'round(2.675, 2)', 'round(1e300, -300)', 'round(float("inf"))', 'round(float("nan"))', 'round(1.5, None)', 'round(5, None)',
 'divmod(-7, 2)', 'divmod(7.5, -2)', 'divmod(1, 0)', 'divmod(1.0, 0)', 'divmod("a", 1)', 'divmod(2**70, -3)',
 'pow(2, -1, 7)', 'pow(-2, 3, -5)', 'pow(2, 3, 1)', 'pow(2.0, 3, 5)', 'pow(2, 0.5, 5)', 'pow(0, -1)', 'pow(0.0, -1)', 'pow(-8, 1/3)', 'pow(2, 1000) % 1000',
 'bin(-5)', 'oct(0)', 'hex(-255)', 'hex(2**70)', 'bin(True)', 'hex(1.0)',
 'sum([1, 2.5, 3])', 'sum([0.1]*10)', 'sum([[1],[2]], [])', 'sum([1, 2], 0.5)', 'sum(["a"])', 'sum([b"a"], b"")', 'sum([], bytearray())', 'sum([2**70, 2**70])', 'sum([True, True])', 'sum([1.5, 2**100])', 'sum([1, 1j])',
 '(5).bit_length()', '(-5).bit_length()', '(0).bit_length()', '(255).bit_count()', '(-255).bit_count()', '(5).as_integer_ratio()', '(5).conjugate()', 'True.real', '(3).imag', 'True.numerator',
 'float("1_0.5")', 'float("1__0")', 'float(" nan ")', 'float("-inf")', 'float(b"1.5")', 'float("abc")', 'float("")', 'float(2**1024)', 'float(True)', 'float("1e500")',
 '(0.5).as_integer_ratio()', '(-0.1).as_integer_ratio()', '(1e300).as_integer_ratio()[1]', '(5.0).is_integer()', '(1.5).hex()', 'float.fromhex("0x1p-1074")', 'float.fromhex("zz")', 'float.fromhex("0x1p5000")', '(-0.0).hex()',
 '(2.5).__round__()', '(2.5).__round__(0)', '(1.23456).__round__(3)', '(1.5).__trunc__()', '(-1.5).__floor__()', '(-1.5).__ceil__()', '(1e300).__int__()', 'float("inf").__int__()', 
 'format(1.5, "")', 'format(1.5, ".3f")', 'format(1e20, ",.2f")', 'format(1.5, "d")', 'format(5, "s")', 'format(True, "")', 'format(True, "d")', 'format(5, ".2")', 'format(2**100, "e")', 'format(1+2j, "")', 'format(1+2j, "^20.2f")', 'format(1j, "d")', 'format(1.5, "10")',
 'complex("1e-3j")', 'complex("-j")', 'complex("+j")', 'complex("1+j")', 'complex("1-J")', 'complex("inf-infj")', 'complex("nan+nanj")', 'complex("1 + 2j")', 'complex("(1+2j")', 'complex("")', 'complex("1_0j")', 'complex("1__0j")', 'complex(1, "2")', 'complex("1", 2)', 'complex([1])', 'complex(1, [1])', 'complex(1+2j, 3+4j)', 'complex(-0.0, -0.0)',
 '(1+2j).conjugate()', 'abs(3+4j)', 'abs(1e308+1e308j)', '(1+2j) == (1+2j)', '(1+2j).__eq__(1)', '(1+0j).__eq__(1.0)', 'hash(1+2j)', '(1+2j) ** 2', '(1+2j) ** (1+1j)', 'pow(1+2j, 2, 3)', '(1+2j) // 1', '(1+2j) % 1', 'divmod(1+2j, 1)', '(1+2j).real', '(1j).__complex__()',
 'bool()', 'bool(0.0)', 'bool([])', 'bool("x")', 'True & False', 'True | False', 'True ^ True', 'True & 1', 'bool.__and__(True, False)', 'repr(True)', 'str(False)', 'True + True', '-True', '~True', 
 'type(None)()', 'type(None)(1)', 'type(NotImplemented)()', 'type(...)()', 'repr(None)', 'None.__bool__()', 'NotImplemented.__repr__()', 'Ellipsis.__reduce__()',
 'int.__add__(1, 2.5)', 'float.__add__(1.5, 2)', 'int.__radd__(1, 2)', 'float.__rsub__(1.5, 2)', '(5).__divmod__(2)', '(5).__rdivmod__(17)', '(2).__pow__(10, 1000)', '(2).__rpow__(3)', '(2.0).__pow__(2, 3)',
 'int.from_bytes(b"\\x00\\x10", byteorder="little")', '(1024).to_bytes(2, byteorder="little", signed=True)', '(-1).to_bytes(1, "big")', '(128).to_bytes(1, "big", signed=True)', '(0).to_bytes(0, "big")', '(1).to_bytes(0, "big")', '(5).to_bytes(2, "middle")', '(5).to_bytes(-1, "big")',
 'abs(-0.0)', 'abs(True)', 'abs("x")', 'abs(-2**70)',
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r))
    except Exception as e:
        print(t, "->", type(e).__name__, str(e)[:120])
