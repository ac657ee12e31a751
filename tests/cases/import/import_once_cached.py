import sys
print("_counter_mod" in sys.modules)
import _counter_mod
import _counter_mod
from _counter_mod import counter
print(_counter_mod.counter, counter, _counter_mod.loads)
_counter_mod.counter += 100
import _counter_mod as again
print(again.counter)
del sys.modules["_counter_mod"]
import _counter_mod as fresh
print(fresh is again, fresh.counter, fresh.loads)
