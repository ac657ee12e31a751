import sys
print("exit with a list object")
sys.exit([1, "two"])
