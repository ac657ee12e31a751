s = "Hello, World"
print([c for c in s if c.isalpha()], "".join(reversed(s)), s[::-1] == "".join(reversed(s)))
counts = {}
for ch in s.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
parts = []
for i, word in enumerate(["alpha", "beta", "gamma"]):
    parts.append(f"{i}:{word}")
print(", ".join(parts))
acc = ""
for i in range(5):
    acc += str(i)
print(acc, acc * 2, len(acc * 100))
print("".join(chr(ord("a") + i) for i in range(26)))
print([s[i:i + 2] for i in range(0, len(s), 2)])
print(list(map(str.strip, [" a ", "b  ", "  c"])), list(map(len, s.split(", "))))
print(sorted("Banana", key=str.lower), sorted(set("mississippi")), "".join(sorted("dcba")))
print(s.lower() < s.upper(), min(s), max(s), sorted(s)[:3])
print("abc" < "abd" < "abda", "Z" < "a", "10" < "9", "apple" > "Apple")
words = "the rain in spain falls mainly".split()
print(max(words, key=len), min(words), sorted(words, key=lambda w: (len(w), w)))
print(str(3) + "3", int("3") + 3, "3" * 3, "%s%s" % (3, 3))
