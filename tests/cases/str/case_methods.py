words = ["hello world", "HELLO", "hELLO wORLD", "they're bill's", "123abc", "", "ßtraße", "ǅungla", "éclair"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ﬁ".upper(), "İ".lower().encode(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle(), "Hello world".istitle())
print("123".isupper(), "A1".isupper(), "".islower())
