import sys
def deep():
    try:
        sys.exit(7)
    finally:
        print("finally runs during SystemExit")
try:
    deep()
except Exception:
    print("SystemExit is not an Exception: not caught here")
finally:
    print("outer finally")
