text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
Foxes are quick, dogs are lazy?"""
words = [w.strip(".,;!?").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(len(words), len(set(words)), max(words, key=len))
lines = text.splitlines()
print([len(l) for l in lines], [l.split()[0] for l in lines])
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
print(" ".join(w[::-1] for w in "reverse each word".split()))
print("".join(c for c in text if c.isupper()))
title = "-".join(w.capitalize() for w in "make this a slug".split())
print(title, title.lower())
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels)
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"))
