z = 3 + 4j
print(z, repr(z), z.real, z.imag, z.conjugate(), abs(z))
print(complex(1, 2), complex(1.5), complex(), complex("1+2j"), complex(" 3-4j "), complex("5j"), complex("-2"))
print(1j * 1j, (1 + 2j) + (3 - 5j), (1 + 2j) - 1, (2 + 3j) * (4 - 1j), (1 + 2j) / (3 + 4j))
print((1 + 1j) ** 2, (2j) ** 3, 1j ** 0, pow(1 + 1j, 3))
print(-z, +z, z == 3 + 4j, z != 3, complex(2, 0) == 2, 1j == 1j)
print(0j, -0j, complex(-0.0, -0.0), complex(0.0, -0.0), 1 - 0j, complex(1, -0.0))
print(complex(float("inf"), float("nan")), complex(1e300, 1e-300))
print(type(z).__name__, isinstance(z, complex), bool(0j), bool(1e-300j))
print(format(z, ".2f"), format(1.5 + 2.25j, ""), format(z, ">20"), f"{z:+.1f}")
print(hash(3 + 0j) == hash(3), hash(0j))
print(2 * z, z / 2, z * 0.5, 2 + z, 1 / 1j)
try:
    z < 1j
except TypeError as e:
    print("TypeError:", e)
try:
    (1 + 2j) // 2
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1+2")
except ValueError as e:
    print("ValueError:", e)
try:
    int(1j)
except TypeError as e:
    print("TypeError:", e)
print(complex(1, 2).__class__, (1 + 2j).real.__class__)
print(abs(3j), abs(-4 + 0j), (1e200j * 1e200j))
