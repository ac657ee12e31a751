import math
for s in ['sum()','sum(1,2,3)','sum([],x=1)','sum(iterable=[])','round()','round(1,2,3)','round(number=1.5)','pow(1)','pow(1,2,3,4)','divmod(1)','abs()','bin()','int(1,2,3)','int(x=1)','float(1,2)','complex(1,2,3)','complex(x=1)','bool(1,2)','hex(1,2)', 'int("5", base=8)', 'int(base=8)', '(5).to_bytes(2, "big", True)', '(5).to_bytes(length=2, byteorder="little")', 'int.from_bytes(b"ab")', 'bool(x=1)', 'float(x=1)', 'math.isclose(1,2,3)','math.prod([1],2)']:
  try: print(s, '->', repr(eval(s)))
  except Exception as e: print(s, '->', type(e).__name__, e)
