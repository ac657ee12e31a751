import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", repr(e), e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("tuple code:", e.code)
print("finally exiting 0")
sys.exit(0)
