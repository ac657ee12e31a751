import _simple_mod
def main():
    print("main() called, __name__ =", __name__)
if __name__ == "__main__":
    main()
print(_simple_mod.__name__ != __name__)
