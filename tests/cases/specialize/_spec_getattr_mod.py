# Support module with a module-level __getattr__ (PEP 562).
present = "present"
calls = []


def __getattr__(name):
    calls.append(name)
    if name.startswith("dyn_"):
        return name[4:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
