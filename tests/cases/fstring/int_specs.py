v = 1234567
neg = -42
print(f"{v:,}|{v:_}|{v:,d}|{neg:,}|{v:15,}|{v:<15,}|")
print(f"{255:b}|{255:o}|{255:x}|{255:X}|{255:#b}|{255:#o}|{255:#x}|{255:#X}|")
print(f"{255:010b}|{255:#010b}|{255:_b}|{0xABCDEF:_x}|{-255:#x}|")
print(f"{42:+}|{42: }|{-42: }|{42:-}|{-42:+}|{0:+}|")
print(f"{42:08}|{-42:08}|{42:+08}|{42:=8}|{-42:=+8}|{42:0=8}|")
print(f"{42:*<8}|{42:*>8}|{42:*^8}|{42:*^9}|{42:#^+9}|{-42:_>8}|")
print(f"{65:c}|{42:d}|{42:n}|{42:e}|{42:.1f}|{42:%}|{42:g}|{7:.0%}|")
print(f"{10 ** 25:,}|{-(10 ** 20):_}|{2 ** 64:x}|{2 ** 64:#o}|")
print(f"{True:d}|{False:5}|{True:>5}|{True}|")
for bad in ["s", ".2", ",b"]:
    try:
        print(format(42, bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    format(42, "c,")
except ValueError as e:
    print("ValueError:", e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
