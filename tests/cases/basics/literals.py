# integer literals
print(0, 7, -3, 1_000_000, 0x1F, 0o17, 0b1011, 0XFF, 0O7, 0B1)
print(123456789012345678901234567890)
# float literals
print(1.5, .5, 5., 1e3, 1E-3, 1_0.0_1, 3.14e+2)
# complex
print(2j, 1.5j, 1+2j)
# strings
print('single', "double", '''triple
quoted''', """also
triple""")
print("esc: \t|\\|\'|\"|\x41|\u00e9|\U0001F600|\N{GREEK SMALL LETTER ALPHA}|\101")
print(r"raw \n \t", R'raw2 \x')
print("adjacent " "strings " 'concat')
print(b"bytes", B'\x00\xff', rb"\n", br"\t")
print(f"{1+1}", F"{'x'}", rf"{2}\n", fr"\t{3}")
# containers
print([], [1], [1, 2,], (), (1,), (1, 2), {}, {1: 2}, {3})
print(type(...), type(None), type(NotImplemented))
