import sys
n = sys.stdout.write("written via sys.stdout.write\n")
print("return value:", n)
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
sys.stdout.flush()
sys.stderr.write("to stderr via write\n")
sys.stderr.flush()
print("print after writes")
sys.stdout.write("é 日本 😀\n")
print(sys.stdout.writable(), sys.stderr.writable(), sys.stdin.readable())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
class Capture:
    def __init__(self):
        self.buf = []
    def write(self, s):
        self.buf.append(s)
        return len(s)
    def flush(self):
        pass
old = sys.stdout
sys.stdout = Capture()
print("captured line")
print("second", 2)
cap = sys.stdout
sys.stdout = old
print(cap.buf)
print("restored")
print(sys.stdout.encoding.lower().replace("-", ""))
