def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
x = []
if x:
    print("truthy")
else:
    print("empty list is falsy")
if not x and len(x) == 0:
    print("both")
if 0: print("no")
elif None: print("no")
elif "": print("no")
else: print("all falsy")
class AlwaysFalse:
    def __bool__(self):
        print("__bool__ called")
        return False
if AlwaysFalse():
    print("unreachable")
else:
    print("custom falsy")
class Sized:
    def __len__(self):
        return 0
print("sized falsy" if not Sized() else "sized truthy")
