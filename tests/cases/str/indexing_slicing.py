s = "Python"
print(s[0], s[-1], s[2:4], s[:2], s[3:], s[::2], s[::-1], s[-3:-1], s[10:], s[-100:2], s[1:1])
print(s[5:1:-1], s[::-2], s[1::3], s[:], s[4:2], s[-1:-7:-1])
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-7]
except IndexError as e:
    print("IndexError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
for i, ch in enumerate("héllo"):
    print(i, ch, end="; ")
print()
print(list("abc"), tuple("ab"), sorted("python"), max("hello"), min("hello"))
