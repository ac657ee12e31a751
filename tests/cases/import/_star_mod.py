__all__ = ["public_a", "public_b", "_explicit_private"]
public_a = "A"
def public_b():
    return "B"
_explicit_private = "listed in __all__"
_hidden = "hidden"
not_in_all = "not exported"
