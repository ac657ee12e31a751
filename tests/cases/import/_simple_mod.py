print("executing _simple_mod, __name__ =", __name__)
VALUE = 42
def greet(who):
    return f"hello {who} from {__name__}"
class Thing:
    pass
_private = "underscore"
if __name__ == "__main__":
    print("this only runs when _simple_mod is the main program")
