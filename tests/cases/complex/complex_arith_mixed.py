z = 2 + 3j
print(z + 1, z + 1.5, z * 2, z * 0.5, z / 2, 1 / z, z - True, z ** 2, z ** 0.5, 2 ** z)
print(z == complex(2, 3), z != 2, (4 + 0j) == 4, (4 + 0j) == 4.0, hash(4 + 0j) == hash(4))
print(sum([1 + 1j, 2 - 1j, 3]), [x.real for x in [1j, 2 + 0j]], abs(-3 - 4j))
print(pow(1j, 2), pow(2, 1j), 1j ** 1j, (-1) ** 0.5)
print(complex(1, 2).conjugate(), (3 - 4j).conjugate().imag, z.real + z.imag)
print(round(abs(1 + 1j), 10), (1 + 2j) * 1j, (1e308 + 1e308j) * 0, 0j ** 0)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1j, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    1j % 2
except TypeError as e:
    print("TypeError:", e)
try:
    round(1j)
except TypeError as e:
    print("TypeError:", e)
try:
    float(1j)
except TypeError as e:
    print("TypeError:", e)
