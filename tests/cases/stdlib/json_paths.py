# json: documents that exercise both the fast paths and the general ones.
import json
from enum import IntEnum

deep = []
cur = deep
for _ in range(300):
    nxt = []
    cur.append(nxt)
    cur = nxt
text = json.dumps(deep)
print(len(text), text[:10], json.loads(text) == deep)
print(json.dumps({1: [1.5, -2, 10 ** 25], 2.5: None, False: "\u00e9\U0001f600", None: (1,)}))
print(json.dumps({"k": "\u00e9\U0001f600\x01"}, ensure_ascii=False))


class Color(IntEnum):
    RED = 1


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps([Color.RED, MyList([1, 2]), MyDict(a=1), 3.0, -0.0, 1e16, 123456789.125]))
print(json.loads('{"a": [1, 2, {"b": null}], "c": -1.5e-3, "d": "\\ud83d\\ude00", "e": 1E2}'))
print(json.loads('"\\ud800"') == "\ud800" if False else "skip-lone-surrogate")
print(json.loads('[' * 50 + ']' * 50) == eval('[' * 50 + ']' * 50))
print(json.loads(' {"x" : 1 , "y" : [ ] } '), json.loads("12345678901234567890123"), json.loads("-0"))
print(json.loads('{"a": 1, "a": 2, "b": {"a": 3}}'), json.loads("1e400"), json.loads("-1E-400"))
for doc in ['[1, 2', '{"a": 1 "b": 2}', '[-]', '[1.e5]', '"\\x"', '[1] [2]']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), e)
