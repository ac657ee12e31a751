print(chr(0), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff", ord("\x00"), ord(b"\xff"), ord(bytearray(b"A")))
for expr in ["chr(-1)", "chr(0x110000)", "chr('a')", "chr(1.5)", "ord('ab')", "ord('')", "ord(1)", "ord(b'')",
             "format(1, 2)", "format()", "ascii()", "chr()"]:
    try:
        print(eval(expr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(format(3.14159, ".2f"), format(42), format("x", ">3"), format(255, "#x"), format(True), repr(format(None)))
print(ascii("héllo ✓ 😀"), ascii([1, "ü"]), ascii(b"\xff"))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print(format(F(), "abc"), f"{F():xy}", format(F()))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
