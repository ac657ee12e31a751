"""Generic (shallow and deep) copying operations (Taipan's copy module).

Mirrors CPython's Lib/copy.py: per-type dispatch for the builtin containers,
then __copy__/__deepcopy__, then the reduce protocol (__reduce_ex__,
__reduce__) with the same _reconstruct step and memo (including its keep-alive
list).  Taipan's `object` has no __reduce_ex__ yet, so _object_reduce supplies
what CPython's object.__reduce_ex__(4) returns: (copyreg.__newobj__, (cls,
*__getnewargs__()), state, listitems, dictitems).
"""



class Error(Exception):
    pass


error = Error   # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


_newobj.__name__ = "__newobj__"


def _f():
    pass


_FunctionType = type(_f)
_BuiltinFunctionType = type(len)
_CodeType = type(_f.__code__)
del _f

_atomic_types = frozenset([
    type(None), int, float, bool, complex, str, bytes, type, range,
    type(Ellipsis), type(NotImplemented), _FunctionType, _BuiltinFunctionType,
    property, _CodeType,
])


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


_NEWARGS_BASES = (int, float, complex, str, bytes, tuple)


def _object_reduce(x):
    """What object.__reduce_ex__(2+) returns for `x`."""
    cls = type(x)
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs(x)
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
    elif isinstance(x, _NEWARGS_BASES):
        for base in _NEWARGS_BASES:
            if isinstance(x, base):
                args = (base(x),)
                break
    else:
        args = ()
    if getattr(cls, "__module__", None) == "builtins" and cls is not object:
        # Builtin types without a reduce method do not pickle (or copy).
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None:
        state = getstate(x)
    else:
        state = getattr(x, "__dict__", None) or None
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + args, state, listitems, dictitems)


def _reduce(x, cls):
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(x, 4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None:
        return reductor(x)
    if not isinstance(cls, type):
        raise Error("un(shallow)copyable object of type %s" % cls)
    return _object_reduce(x)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in _atomic_types:
    d[t] = _copy_immutable
d[tuple] = _copy_immutable
d[frozenset] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = x
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in _atomic_types:
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    # What the reduce protocol does for sets: (cls, (list(x),), state).
    args = deepcopy(list(x), memo)
    return type(x)(args)


d[set] = _deepcopy_set
d[frozenset] = _deepcopy_set


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


d[bytearray] = _deepcopy_bytearray


def _deepcopy_method(x, memo):  # Copy instance methods
    # type(x)(func, self) in CPython; Taipan's method type has no constructor.
    return x.__func__.__get__(deepcopy(x.__self__, memo))


class _C:
    def f(self):
        pass


d[type(_C().f)] = _deepcopy_method
del d, t, _C


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo (so its id is not reused
    while the copy runs)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
