import sys
print(__file__)
print(sys.argv[0])
print(__name__, __file__ == sys.argv[0] if False else __file__.endswith("/script_dunder_file.py"))
