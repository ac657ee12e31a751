def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        yield seed
g = lcg(12345)
values = []
for _ in range(40):
    bits = next(g)
    mant = bits % 2 ** 52
    exp = (bits >> 52) % 80 - 40
    sign = -1 if (bits >> 63) else 1
    values.append(sign * (1 + mant / 2 ** 52) * 2.0 ** exp)
for v in values:
    r = repr(v)
    assert float(r) == v
    print(r, str(v) == r, f"{v:.3g}", f"{v:e}")
print(all(float(repr(v)) == v for v in values))
for v in [1 / 7, 2 / 3, 1e-300 / 3, 123456789.123456789, 0.1 * 0.1, 100 / 3]:
    print(repr(v))
