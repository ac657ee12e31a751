"""Functional tools for creating and using iterators (Taipan's itertools).

Mirrors CPython's itertools module (a C module there).  Each tool is a class,
as in CPython, so type(), repr() and the argument errors match; the
combinatoric ones follow the algorithms documented in CPython's itertools
docs, producing the same order.  Written in Python: the hot tools (count,
islice, repeat, chain) do their work directly in __next__, the rest wrap a
generator.
"""

__all__ = ["accumulate", "chain", "combinations",
           "combinations_with_replacement", "compress", "count", "cycle",
           "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile",
           "tee", "zip_longest"]

_MAXSIZE = 9223372036854775807


def _index(x):
    try:
        m = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return m(x)


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


def _is_number(x):
    return hasattr(type(x), "__add__") and (
        isinstance(x, (int, float, complex))
        or hasattr(type(x), "__index__") or hasattr(type(x), "__float__")
        or hasattr(type(x), "__complex__"))


class _Wrapped:
    """An iterator class whose items come from the generator in _gen."""

    __slots__ = ("_gen",)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    __slots__ = ("_n", "_step")

    def __init__(self, *args, **kwargs):
        n = len(args) + len(kwargs)
        if n > 2:
            raise TypeError(f"count() takes at most 2 arguments ({n} given)")
        start = kwargs.pop("start", args[0] if args else 0)
        step = kwargs.pop("step", args[1] if len(args) > 1 else 1)
        if kwargs:
            raise TypeError("count() got an unexpected keyword argument '%s'"
                            % next(iter(kwargs)))
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"{type(self).__name__}({self._n!r})"
        return f"{type(self).__name__}({self._n!r}, {step!r})"

    def __reduce__(self):
        return type(self), (self._n, self._step)


class cycle(_Wrapped):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for x in it:
            yield x
            saved.append(x)
        if not saved:
            return
        while True:
            yield from saved


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    __slots__ = ("_obj", "_left")

    def __init__(self, *args, **kwargs):
        n = len(args) + len(kwargs)
        if "object" in kwargs:
            obj = kwargs.pop("object")
            if args:
                raise TypeError("argument for repeat() given by name ('object') "
                                "and position (1)")
        elif args:
            obj = args[0]
            args = args[1:]
        else:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if "times" in kwargs:
            times = kwargs.pop("times")
        elif args:
            times = args[0]
            args = args[1:]
        else:
            times = None
        if args or kwargs:
            if kwargs:
                raise TypeError("repeat() got an unexpected keyword argument '%s'"
                                % next(iter(kwargs)))
            raise TypeError(f"repeat() takes at most 2 arguments ({n} given)")
        self._obj = obj
        self._left = None if times is None else max(_index(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._obj
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f"{type(self).__name__}({self._obj!r})"
        return f"{type(self).__name__}({self._obj!r}, {self._left})"


class accumulate(_Wrapped):
    """Return series of accumulated sums (or other binary function results)."""

    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        if func is None:
            for x in it:
                total = total + x
                yield total
        else:
            for x in it:
                total = func(total, x)
                yield total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    __slots__ = ("_sources", "_active")

    def __init__(self, *iterables, **kwargs):
        _no_kwargs("chain", kwargs)
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                sources = self._sources
                if sources is None:
                    raise StopIteration
                try:
                    src = next(sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = active = iter(src)
            try:
                return next(active)
            except StopIteration:
                self._active = None

    __class_getitem__ = classmethod(type(list[int]))


class compress(_Wrapped):
    """Return data elements corresponding to true selector elements."""

    __slots__ = ()

    def __init__(self, data=None, selectors=None, **kwargs):
        if data is None and "data" not in kwargs and selectors is None:
            raise TypeError("compress() missing required argument 'data' (pos 1)")
        if selectors is None:
            raise TypeError("compress() missing required argument 'selectors' (pos 2)")
        self._gen = (d for d, s in zip(data, selectors) if s)


class dropwhile(_Wrapped):
    """Drop items from the iterable while predicate(item) is true."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_kwargs("dropwhile", kwargs)
        if len(args) != 2:
            raise TypeError(f"dropwhile expected 2 arguments, got {len(args)}")
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_Wrapped):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_kwargs("takewhile", kwargs)
        if len(args) != 2:
            raise TypeError(f"takewhile expected 2 arguments, got {len(args)}")
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class filterfalse(_Wrapped):
    """Return those items of iterable for which function(item) is false."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_kwargs("filterfalse", kwargs)
        if len(args) != 2:
            raise TypeError(f"filterfalse expected 2 arguments, got {len(args)}")
        predicate, it = args[0], iter(args[1])
        if predicate is None:
            self._gen = (x for x in it if not x)
        else:
            self._gen = (x for x in it if not predicate(x))


class starmap(_Wrapped):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_kwargs("starmap", kwargs)
        if len(args) != 2:
            raise TypeError(f"starmap expected 2 arguments, got {len(args)}")
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(function, it):
        for args in it:
            yield function(*tuple(args))


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable."""

    __slots__ = ("_it", "_next", "_stop", "_step", "_pos")

    def __init__(self, *args, **kwargs):
        _no_kwargs("islice", kwargs)
        n = len(args)
        if n < 2:
            raise TypeError(f"islice expected at least 2 arguments, got {n}")
        if n > 4:
            raise TypeError(f"islice expected at most 4 arguments, got {n}")
        start, step = 0, 1
        if n == 2:
            stop = args[1]
        else:
            start, stop = args[1], args[2]
            if n == 4:
                step = args[3]
        if stop is not None:
            try:
                stop = _index(stop)
            except TypeError:
                stop = -1
            if stop < 0 or stop > _MAXSIZE:
                raise ValueError("Stop argument for islice() must be None or an "
                                 "integer: 0 <= x <= sys.maxsize.")
        if start is None:
            start = 0
        else:
            try:
                start = _index(start)
            except TypeError:
                start = -1
            if start < 0 or start > _MAXSIZE:
                raise ValueError("Indices for islice() must be None or an "
                                 "integer: 0 <= x <= sys.maxsize.")
        if step is None:
            step = 1
        else:
            try:
                step = _index(step)
            except TypeError:
                step = -1
            if step < 1 or step > _MAXSIZE:
                raise ValueError("Step for islice() must be a positive integer "
                                 "or None.")
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            pos = self._pos
            nxt = self._next
            while pos < nxt:
                next(it)
                pos += 1
                self._pos = pos
            if stop is not None and pos >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._pos = pos + 1
        nxt += self._step
        if stop is not None and nxt > stop:
            nxt = stop
        self._next = nxt
        return item


class pairwise(_Wrapped):
    """Return an iterator of overlapping pairs taken from the input iterator."""

    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


class zip_longest(_Wrapped):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument."""

    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if list(kwargs) != ["fillvalue"]:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs["fillvalue"]
        self._gen = self._run([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _run(its, fillvalue):
        if not its:
            return
        active = len(its)
        while True:
            values = []
            for i, it in enumerate(its):
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    its[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class product(_Wrapped):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        result = [()]
        for pool in pools:
            result = [x + (y,) for x in result for y in pool]
        for prod in result:
            yield prod


class permutations(_Wrapped):
    """Return successive r-length permutations of elements in the iterable."""

    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = self._run(pool, n, r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


def _combination_args(name, args, kwargs):
    if len(args) > 2:
        raise TypeError(f"{name}() takes at most 2 arguments ({len(args)} given)")
    names = ("iterable", "r")
    values = list(args)
    for i in range(len(args), 2):
        if names[i] in kwargs:
            values.append(kwargs.pop(names[i]))
        else:
            raise TypeError(f"{name}() missing required argument "
                            f"'{names[i]}' (pos {i + 1})")
    if kwargs:
        raise TypeError(f"{name}() got an unexpected keyword argument "
                        f"'{next(iter(kwargs))}'")
    pool = tuple(values[0])
    r = _index(values[1])
    if r < 0:
        raise ValueError("r must be non-negative")
    return pool, r


class combinations(_Wrapped):
    """Return successive r-length combinations of elements in the iterable."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        pool, r = _combination_args("combinations", args, kwargs)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Wrapped):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        pool, r = _combination_args("combinations_with_replacement", args, kwargs)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


class _grouper:
    __slots__ = ("_parent", "_key")

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._current is not self:
            raise StopIteration
        if p._tgtkey is _MISSING:
            p._advance()
        if p._tgtkey is _MISSING or p._currkey != self._key:
            raise StopIteration
        value = p._currvalue
        p._tgtkey = _MISSING
        return value


_MISSING = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue",
                 "_current", "_done")

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MISSING     # the current item is consumed when _MISSING
        self._currkey = _MISSING
        self._currvalue = None
        self._current = None
        self._done = False

    def _advance(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._done = True
            self._tgtkey = _MISSING
            raise
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._tgtkey = self._currkey

    def __iter__(self):
        return self

    def __next__(self):
        old = self._current
        self._current = None
        if self._done:
            raise StopIteration
        if self._tgtkey is _MISSING:
            self._advance()
        if old is not None:
            # Skip what is left of the previous group.
            while self._currkey == old._key:
                self._advance()
        key = self._currkey
        self._current = g = _grouper(self, key)
        return key, g


class _tee_data:
    __slots__ = ("it", "values", "next")

    def __init__(self, it):
        self.it = it
        self.values = []
        self.next = None


class _tee:
    """Iterator wrapped to make it copyable."""

    __slots__ = ("_data", "_index")

    def __init__(self, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._data = it._data
            self._index = it._index
        else:
            self._data = _tee_data(it)
            self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        i = self._index
        if i == 57:
            if data.next is None:
                data.next = _tee_data(data.it)
            self._data = data = data.next
            self._index = i = 0
        if i < len(data.values):
            value = data.values[i]
        else:
            value = next(data.it)
            data.values.append(value)
        self._index = i + 1
        return value

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._data = self._data
        new._index = self._index
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if isinstance(it, _tee) else _tee(it)
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile,
             takewhile, filterfalse, starmap, islice, pairwise, zip_longest,
             product, permutations, combinations,
             combinations_with_replacement, groupby, _grouper, _tee):
    _cls.__module__ = "itertools"
del _cls
