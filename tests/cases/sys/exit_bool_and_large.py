import sys
print("exit True means code 1")
sys.exit(True)
