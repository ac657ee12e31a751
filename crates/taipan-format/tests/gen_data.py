#!/usr/bin/env python3
"""Generates tests/data/cpython_cases.txt for taipan-format's data test.

Run once with CPython 3.11 (the oracle):  python3 gen_data.py
Every expected string below is produced by CPython itself.

Row format: tab-separated fields; in each field '\\' is written '\\\\' and
every character outside printable ASCII is written '\\u{hex}'.
Floats are written as the 16 hex digits of their IEEE-754 bits, ints in hex.
Expected errors are written '!ExceptionName: message'.
"""
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "cpython_cases.txt")
rng = random.Random(20240611)
rows = []


def esc(s):
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif 0x20 <= ord(ch) < 0x7F:
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    return "".join(out)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def ihex(v):
    return ("-" if v < 0 else "") + "%x" % abs(v)


def row(*fields):
    rows.append("\t".join(esc(str(f)) for f in fields))


def run(f):
    try:
        return f()
    except Exception as e:  # noqa: BLE001
        return "!%s: %s" % (type(e).__name__, e)


FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e16, 1e15,
    9999999999999998.0, 1e17, 1e-7, 1e-5, 1e-4, 0.0001234, 123456.789,
    -123456.789, 1234567.0, 0.1, 0.3, 2 / 3, 1 / 3, math.pi, -math.e, 1e22,
    1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e300,
    1.5e300, -1e-300, 9.5, 0.05, 0.005, 0.0005, 99.5, 999.9999, 0.999999,
    9.999995, 12345678901234567890.0, float(2**53), float(2**53 + 2),
    float(2**63), 4.35, 1e-310, math.inf, -math.inf, math.nan, 100.0, 1234.5,
    0.95, 0.045, 8.5e-5, 5e-5, -0.0004, 1e-3, 7.0, 25.0, 0.25,
]
INTS = [
    0, 1, -1, 7, 42, -42, 255, -255, 1000, 1234567, -1234567, 65, 0x10FFFF,
    0x110000, 0xD800, 2**31, 2**63 - 1, -(2**63), 2**64, 2**64 + 1, -(2**64),
    10**20, 10**30 + 7, -(10**25), 2**100, 12345678901234567890123, 99999,
    3**60, 10**17 - 1, 2**53 + 1, 10**400,
]
STRS = ["", "a", "abc", "hello world", "h\u00e9llo", "\u65e5\u672c\u8a9e",
        "\U0001F600x", "tab\there", "quote'", "0123456789"]
COMPLEXES = [
    (1.0, 2.0), (0.0, 2.0), (-0.0, -1.0), (1.5, -2.5), (math.nan, math.inf),
    (0.0, 0.0), (-0.0, 0.0), (1e20, 1e-20), (123456.789, -0.001), (0.0, -0.0),
    (math.inf, math.nan), (-1234.5, 0.5), (2.5, 1e16),
]

FILLALIGN = ["", "", "", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0<", "0=", "\u00e9^", "0>", " >"]
SIGNS = ["", "", "+", "-", " "]
ZS = ["", "", "", "z"]
ALTS = ["", "", "#"]
ZEROS = ["", "", "0"]
WIDTHS = ["", "", "1", "5", "12", "20", "30"]
GROUPS = ["", "", "", ",", "_"]
PRECS = ["", "", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".20", ".30"]


def rand_spec(types):
    return (rng.choice(FILLALIGN) + rng.choice(SIGNS) + rng.choice(ZS) + rng.choice(ALTS)
            + rng.choice(ZEROS) + rng.choice(WIDTHS) + rng.choice(GROUPS)
            + rng.choice(PRECS) + rng.choice(types))


# ---------------------------------------------------------------- repr
REPR_VALUES = list(FLOATS)
for _ in range(2500):
    k = rng.random()
    if k < 0.4:
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    elif k < 0.7:
        x = rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30)
    else:
        x = round(rng.uniform(-1000, 1000), rng.randint(0, 8)) * 10 ** rng.randint(-20, 20)
    REPR_VALUES.append(x)
for _ in range(300):
    # exact decimal ties between two shortest candidates, and subnormals
    REPR_VALUES.append(rng.randint(2**47, 2**52) + rng.choice([0.25, 0.75, 0.5, 0.125]))
    REPR_VALUES.append(rng.randint(1, 2**rng.randint(1, 52)) * 5e-324)
for e in range(-330, 310):
    REPR_VALUES.append(float("1e%d" % e))
    REPR_VALUES.append(float("1.5e%d" % e))
for x in REPR_VALUES:
    row("repr", bits(x), repr(x))

# ---------------------------------------------------------------- format(float)
FTYPES = ["", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x", "s", "c"]
for x in FLOATS:
    specs = set()
    for t in ["", "e", "E", "f", "F", "g", "G", "n", "%"]:
        for p in PRECS[1:]:
            specs.add(p + t)
        specs.add("#" + t)
        specs.add("z" + t)
    while len(specs) < 260:
        specs.add(rand_spec(FTYPES))
    for s in sorted(specs):
        row("ffmt", bits(x), s, run(lambda: format(x, s)))
# very large precisions / widths
for x in [1.0, 1e300, 5e-324, 0.1, -2.5]:
    for s in [".400f", ".400e", ".400g", ".1100f", "#.50g", ".330", "400.3"]:
        row("ffmt", bits(x), s, run(lambda: format(x, s)))

# ---------------------------------------------------------------- format(int)
ITYPES = ["", "", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s"]
for v in INTS:
    specs = set()
    for t in ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "G"]:
        specs.add(t)
        specs.add("#" + t)
        specs.add("_" + t)
        specs.add("," + t)
        specs.add("020" + t)
        specs.add("#020_" + t)
    while len(specs) < 220:
        specs.add(rand_spec(ITYPES))
    for s in sorted(specs):
        row("ifmt", ihex(v), s, run(lambda: format(v, s)))
for s in ["", "d", "x", "_x", "b"]:
    row("ifmt", ihex(10**4299), s, run(lambda: format(10**4299, s)))
    row("ifmt", ihex(-(10**4300)), s, run(lambda: format(-(10**4300), s)))

# ---------------------------------------------------------------- format(str)
STYPES = ["", "", "", "s", "s", "d", "r"]
for v in STRS:
    specs = set()
    while len(specs) < 120:
        specs.add(rand_spec(STYPES))
    for s in sorted(specs):
        row("sfmt", v, s, run(lambda: format(v, s)))

# ---------------------------------------------------------------- format(complex)
CTYPES = ["", "", "e", "E", "f", "F", "g", "G", "n", "%", "d"]
for re_, im in COMPLEXES:
    c = complex(re_, im)
    row("crepr", bits(re_), bits(im), repr(c))
    specs = set()
    for t in ["", "e", "f", "g", "n", "G"]:
        for p in ["", ".0", ".2", ".10"]:
            specs.add(p + t)
    while len(specs) < 140:
        specs.add(rand_spec(CTYPES))
    for s in sorted(specs):
        row("cfmt", bits(re_), bits(im), s, run(lambda: format(c, s)))

# ---------------------------------------------------------------- format-spec errors
ERR_SPECS = ["abc", ".", ",_", "_,", ",,", "__", "9" * 30, "." + "9" * 30, "\u0663", ".\u0663f",
             "\x00", "\u1234", "\x7f", "\u00e9", "=", "+", " ", "#", "z", "0", ",", "_",
             "<<<", "x<5.2fx", ".2147483648f", ".2147483647", "+c", "#c", ",c", "_c", ",n",
             "_n", ",x", "_x", ",b", "_o", ",s", "_s", "+z#=", "z#=", "#=", "z=", "+=5s", " s"]
for s in ERR_SPECS:
    for v in [1.5, 7, "ab", 1 + 2j]:
        if s.startswith(".2147483647") and not isinstance(v, str):
            continue  # would allocate 2 GB in CPython
        r = run(lambda: format(v, s))
        if isinstance(v, complex):
            row("cfmt", bits(v.real), bits(v.imag), s, r)
        elif isinstance(v, float):
            row("ffmt", bits(v), s, r)
        elif isinstance(v, int):
            row("ifmt", ihex(v), s, r)
        else:
            row("sfmt", v, s, r)

# ---------------------------------------------------------------- float(str)
PARSE = ["0", "-0", "+0.0", "1", "1.", ".5", "-.5E-3", "1e5", "1E+05", "1e-400", "-1e-400",
         "1e400", "-1e400", " 1.5 ", "\t\n1.5\x0b\x0c\r", "\u20031.5\u3000", "\u00a01\u2028",
         "\u0661.\u0665", "\uff11\uff12", "1_000.000_1", "1e1_0", "1__0", "_1", "1_", "1_.5",
         "1._5", "1_e5", "1e_5", ".e1", ".", "", "  ", "e5", "1e", "1e+", "infinityx", "+InFiNiTy",
         "inf", "-inf", "INF", "nan", "-nan", "+NaN", "nan1", "0x10", "1\x00", "\x1c1", "in_f",
         "++1", "1 2", "1.5j", "0" * 500 + "1", "1" + "0" * 400, "0." + "0" * 400 + "1",
         "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308",
         "1.7976931348623159e308", "9007199254740993", "1\u00b2", "\u00bd", "1e0001",
         "00001.5", "-_1", "1__", "١_٢", "٣.٥e٢", "1.2.3", "--1", "+-1", "1e--5", "\u180e1",
         "\u200b1", "1\x85", "0.1e-5_0"]
for _ in range(300):
    x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    PARSE.append(repr(x))
    PARSE.append("%.25e" % x if math.isfinite(x) else repr(x))
    PARSE.append(("%.30f" % x if math.isfinite(x) and abs(x) < 1e30 else repr(x)).upper())
for s in PARSE:
    r = run(lambda: float(s))
    row("parse", s, bits(r) if isinstance(r, float) else "!")

# ---------------------------------------------------------------- float.hex / fromhex
HEXV = list(FLOATS)
for _ in range(400):
    HEXV.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])
for x in HEXV:
    row("hex", bits(x), x.hex())
FROMHEX = ["0x1p0", "1", "-0x1.8p+1", " \x0c-0X1.8P+1 ", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075",
           "0x3p-1076", "0x3p-1075", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023",
           "0x1.fffffffffffffp1023", "0x1p1024", "0x.8p1025", "0x0.0000000000001p-1022",
           "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0",
           "0x1.00000000000017ffffffp0", "\u2003 1", "-Infinity ", "infinit", "nan", "-NAN",
           "0x", "0x.", ".", "0x.8", "ff.8p-4", "1p", "1p+", "1p-99999999999999999999999",
           "1p99999999999999999999999", "0p99999999999999999999999", "0x0p0", "-0x0p0",
           "0X1P+1", "1.p1", "0x1.p1", ".8p1", "1 p1", "1p1 1", "0x1.8p1\x00", "0xg", "1e5",
           "0x" + "0" * 300 + "1p0", "0x1" + "0" * 300 + "p-1200", "0x123456789abcdef0123p-40",
           "0xfffffffffffffc00p-10", "0xfffffffffffffc01p-10", "0x1.fffffffffffffp-1023",
           "0x1.ffffffffffffe8p-1023", "0x0.00000000000018p-1022", "0x0.00000000000008p-1022",
           "0x0.00000000000008000001p-1022"]
for x in HEXV[:200]:
    FROMHEX.append(x.hex())
    FROMHEX.append(x.hex().upper().replace("X", "x"))
for s in FROMHEX:
    r = run(lambda: float.fromhex(s))
    row("fromhex", s, bits(r) if isinstance(r, float) else r)

# ---------------------------------------------------------------- round(x, n)
RV = [x for x in FLOATS] + [2.675, 0.285, 1.005, 0.5, 1.5, 15.0, 25.0, 35.0, 1e308, 1.7e308,
                           9.9e307, 123.456, -123.456, 5e-324, 1.25, 0.125, 1e22, 2**70 + 0.0]
for _ in range(150):
    RV.append(rng.uniform(-1e6, 1e6))
ND = [-400, -309, -308, -307, -300, -20, -5, -2, -1, 0, 1, 2, 3, 5, 10, 16, 17, 20, 300, 320, 323, 324, 400]
for x in RV:
    for n in ND:
        r = run(lambda: round(x, n))
        row("round", bits(x), n, bits(r) if isinstance(r, float) else r)

# ---------------------------------------------------------------- printf-style
P_FLOATS = [0.0, -0.0, 1.5, 2.5, -2.5, 0.125, 1e16, 1e-7, 123456.789, -123456.789, 1e300,
            5e-324, 0.1, math.pi, math.inf, -math.inf, math.nan, 100.0, 3.99, -0.0004, 1e22]
P_INTS = [0, 1, -1, 42, -42, 255, -255, 65, 1234567, 2**64, -(2**70), 0x10FFFF, 0x110000, 10**30]
P_STRS = ["", "a", "abc", "h\u00e9llo", "xyz123"]
P_FLAGS = "-+ #0"
P_TYPES = "diouxXeEfFgGcsrayk%"


def rand_pct():
    flags = "".join(rng.choice(P_FLAGS) for _ in range(rng.choice([0, 0, 1, 1, 2, 3])))
    width = rng.choice(["", "", "1", "5", "12", "*"])
    prec = rng.choice(["", "", ".", ".0", ".2", ".5", ".*", ".10"])
    length = rng.choice(["", "", "", "l", "h"])
    return "%" + flags + width + prec + length + rng.choice(P_TYPES)


def enc_arg(v):
    if isinstance(v, bool):
        raise TypeError
    if isinstance(v, int):
        return "i:" + ihex(v)
    if isinstance(v, float):
        return "f:" + bits(v)
    return "s:" + v


def pct_row(fmt, args):
    r = run(lambda: fmt % tuple(args))
    row("pct", fmt, r, *[enc_arg(a) for a in args])


for v in P_FLOATS + P_INTS + P_STRS:
    fmts = set()
    while len(fmts) < 70:
        fmts.add(rand_pct())
    for f in sorted(fmts):
        if isinstance(v, str) and ("r" in f[-1:] or "a" in f[-1:]):
            continue  # needs str repr in the driver
        args = []
        body = f[1:]
        if "*" in body.split(".")[0]:
            args.append(rng.randint(-8, 8))
        if ".*" in body:
            args.append(rng.randint(-2, 6))
        args.append(v)
        pct_row(f, args)
for f, args in [("%", []), ("%(a", []), ("%(a)", []), ("%5", [1]), ("%.*", [1]), ("%*", []), ("%*", [5]),
                ("%l", [1]), ("%99999999999999999999d", [1]), ("%.2147483648f", [1.0]), ("%y", []),
                ("ab%y", [1]), ("%5%", [1]), ("%5%", []), ("%\u1234", [1]), ("%\x00", [1]), ("%\x1f", [1]),
                ("%d %d", [1]), ("%d", [1, 2]), ("", [1]), ("abc", []), ("%%", []), ("a%%b%s%%", ["x"]),
                ("%s %s %s", ["a", 1, 2.5]), ("%*.*f|%-*d|", [10, 3, math.pi, 5, 42]),
                ("%c%c", ["a", 0x1F600]), ("%c", ["ab"]), ("%c", [-1]), ("%c", [2**70]), ("%c", [1.5]),
                ("%d", ["3"]), ("%x", [3.0]), ("%f", ["x"]), ("%d", [3.99]), ("%d", [-3.99]),
                ("%i", [1e20]), ("%u", [-7]), ("%d", [math.inf]), ("%d", [math.nan]), ("%o", [8]),
                ("%#o", [8]), ("%#5o", [-8]), ("%-#8X", [255]), ("%+#08x", [255]), ("% d", [5]),
                ("%.0s", ["abc"]), ("%-6.2s|", ["abc"]), ("%*s", [-6, "ab"]), ("%.*d", [-3, 5]),
                ("%f", [10**400]), ("%e", [2**70]), ("%.3g", [123456]), ("%#.3g", [1.0]),
                ("%#.0f", [2.5]), ("%#.0e", [25.0]), ("%#x", [0]), ("%.3x", [-1]), ("%#.3o", [9])]:
    pct_row(f, args)

PCT_MAP = {"a": 1.5, "b": "xy", "c": 42, "d(e)": 7}
for f in ["%(a)s", "%(a).3f|%(b)5s|%(c)x", "%(a)s %(a)r", "%(d(e))d", "%(zz)s", "%(a)*d", "%(a", "%(a)",
          "%(b)s%%", "%(c)-+6d|", "%(c)d %d", "%(b)c", "%(c)c%(a)d", "%(b).1s"]:
    row("pctmap", f, run(lambda: f % PCT_MAP))

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="ascii", newline="\n") as fh:
    fh.write("# Generated by gen_data.py with CPython %s; do not edit.\n" % sys.version.split()[0])
    for r in rows:
        fh.write(r + "\n")
print("%d rows -> %s" % (len(rows), OUT))
