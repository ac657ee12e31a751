# json: dumps/loads round trips, options, hooks and error messages.
import json
from collections import OrderedDict

data = {"a": [1, 2.5, True, False, None], "b": {"c": "d\n\"q\"\t\\"}, "é": "ünï ✓ 𝄞", "n": -0.0}
s = json.dumps(data)
print(s)
print(json.loads(s) == data, json.loads(s))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, []], {}], indent="\t"))
print(json.dumps({"x": 1, "y": [1, 2]}, separators=(",", ":")), json.dumps([]), json.dumps({}))
print(json.dumps({1: "int", 2.5: "float", True: "t", None: "n", "s": 1}))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e300, 1.0, 10 ** 30, 0.1]))
print(json.dumps("\x00\x1f\x7f\u2028"), json.dumps((1, 2)), json.dumps(3), json.dumps(None), json.dumps("x"))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Point(1, 2)], default=lambda o: o.__dict__))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=Enc))

print(json.loads('  [1, 2.0, -3, 4e2, 5E-1, -0, 1.5e+3, "x", true, false, null] '))
print(json.loads('{"a": {"b": [{}, []]}, "c": "\\u00e9\\ud834\\udd1e\\n\\/"}'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('123456789012345678901234567890'))
print(json.loads(b'{"bytes": 1}'), json.loads(bytearray(b'[1]')), json.loads('"\\u0041"'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('1.5', parse_float=str), json.loads('7', parse_int=float))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[NaN]', parse_constant=lambda c: "const:" + c))
print(json.loads('"tab\there"', strict=False))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.decode(' [1] '))

bad_docs = ['', ' ', '[', '[1,]', '{"a" 1}', '{"a": 1,}', '{a: 1}', '[1 2]', '"abc',
            '"a\\qb"', '"\\u12"', '"a\nb"', '[1] x', 'nul', '{"a": }', '-', '01', '1.',
            '{"a": 1', '[', '\ufeff[]', '[1,\n  2,\n  x]']
for doc in bad_docs:
    try:
        json.loads(doc)
        print(repr(doc), "no error")
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)

for obj in [{1, 2}, object, b"x", {(1,): 2}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError", e)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
