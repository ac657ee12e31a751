print("pkg2 __init__ runs, __name__ =", __name__, ", __package__ =", __package__)
VALUE = "pkg2 value"
