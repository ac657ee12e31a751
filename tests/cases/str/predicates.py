tests = ["abc", "ABC", "abc123", "123", "12.5", " ", "", "\t\n", "a b", "²", "½", "٣", "Ⅻ", "_id", "id2", "2id",
         "class", "ñ", "\x00", "é", "日本", "x\u0301"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.isspace(), t.isidentifier(), t.isprintable(), t.isascii(), t.islower(), t.isupper())
