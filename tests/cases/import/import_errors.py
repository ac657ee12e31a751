try:
    import no_such_module_qzx
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name, isinstance(e, ImportError))
try:
    from _simple_mod import missing_name_qzx
except ImportError as e:
    print("ImportError:", e)
    print(type(e).__name__, e.name)
try:
    import _simple_mod.not_a_package
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from pkg import no_such_submodule_qzx
except ImportError as e:
    print("ImportError:", e)
try:
    import pkg.no_such_submodule_qzx
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from no_such_package_qzx.sub import thing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import _raises_on_import
except ZeroDivisionError as e:
    print("ZeroDivisionError during import:", e)
import sys
print("_raises_on_import" in sys.modules)
try:
    from . import anything
except ImportError as e:
    print("ImportError:", e)
try:
    exec("from .. import x")
except ImportError as e:
    print("ImportError:", e)
try:
    import pkg.nested._beyond_top
except ImportError as e:
    print("ImportError:", e)
