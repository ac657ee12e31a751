import sys
print("module __name__:", __name__)
print("argv:", sys.argv)
print("argv[0] is the module file:", sys.argv[0].endswith("_argv_mod.py"))
if len(sys.argv) > 1 and sys.argv[1] == "fail":
    raise SystemExit(5)
