for s in ["1", "1j", "-1j", "+1.5-2.5j", "(1+2j)", "  ( 3j )  ", "1e3+1e-3j", "infj", "-inf+nanj", "J", "2J"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for z in [1 + 0j, 1.5 + 2j, 1e20 + 1e-20j, 0.1 + 0.2j, -1 - 1j, complex(0, 1e16), complex(1e16, 0)]:
    print(repr(z), str(z), z.real, z.imag)
print(complex(real=1, imag=2), complex(imag=3), complex(1j, 1j), complex(2, 1j))
print((1 + 2j).__eq__(1 + 2j), (2 + 0j).__eq__(2), (1 + 2j).__ne__(1))
print([1 + 1j, 2j] == [1 + 1j, 2j], 1j in [0, 1j])
print(sum([1j, 2, 3.5]), abs(complex(3e200, 4e200)))
