class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class Order:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit")
def gen_cm_like():
    with Order():
        yield 1
        yield 2
for v in gen_cm_like():
    print("value", v)
fname = "with_enter_exit_errors.tmp"
with open(fname, "w") as fh:
    fh.write("data")
print(fh.closed)
with open(fname) as fh:
    print(fh.read(), fh.closed)
print(fh.closed)
import sys
sys.stdout.flush()
try:
    with open(fname) as fh:
        raise ValueError("while file open")
except ValueError:
    print("closed after error:", fh.closed)
try:  # clean up; `os` is optional for this case
    import os
    os.remove(fname)
except (ImportError, AttributeError):
    pass
