name = input()
print("Hello,", name)
age = input("Age? ")
print("Age next year:", int(age) + 1)
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        print("EOF reached")
        break
print(rest)
try:
    input()
except EOFError as e:
    print("EOFError:", repr(e))
