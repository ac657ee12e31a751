# cli: -X no_debug_ranges
import sys
print("line to stdout")
print("line to stderr", file=sys.stderr)
sys.stdout.write("partial line without newline")
raise SystemError("boom") if False else AssertionError("checked")
