import sys
class FakeModule:
    answer = 42
    def hello(self):
        return "hello from fake"
sys.modules["fake_mod_qzx"] = FakeModule()
import fake_mod_qzx
print(fake_mod_qzx.answer, fake_mod_qzx.hello())
from fake_mod_qzx import answer
print(answer)
sys.modules["blocked_mod_qzx"] = None
try:
    import blocked_mod_qzx
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["fake_mod_qzx"]
try:
    import fake_mod_qzx
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
import _sysmod_helper
print(_sysmod_helper.loaded_count)
del sys.modules["_sysmod_helper"]
import _sysmod_helper
print(_sysmod_helper.loaded_count)
print(sys.modules["__main__"].__name__, "_sysmod_helper" in sys.modules)
