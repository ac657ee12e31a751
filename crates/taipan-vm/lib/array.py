"""Efficient arrays of numeric values (Taipan's array module).

Mirrors CPython's array module (a C type there): the same typecodes with the
64-bit Linux item sizes, the same range checks and error messages, repr, and
the sequence protocol.  Written in Python over a list of already-converted
items (floats for 'f'/'d', range-checked ints, one-character strs for 'u'):
reads are a list index, stores convert one value.  The byte-level parts
(tobytes/frombytes, C float rounding) call Rust helpers in _taipan.
"""

from _taipan import array_pack as _pack, array_unpack as _unpack, f32 as _f32

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4,
          "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1

# Signed (and small unsigned) codes go through C long, then a range check.
_RANGES = {
    "b": (-128, 127, "signed char is less than minimum",
          "signed char is greater than maximum"),
    "B": (0, 255, "unsigned byte integer is less than minimum",
          "unsigned byte integer is greater than maximum"),
    "h": (-32768, 32767, "signed short integer is less than minimum",
          "signed short integer is greater than maximum"),
    "H": (0, 65535, "unsigned short is less than minimum",
          "unsigned short is greater than maximum"),
    "i": (-(1 << 31), (1 << 31) - 1, "signed integer is less than minimum",
          "signed integer is greater than maximum"),
    "l": (_LONG_MIN, _LONG_MAX, "", ""),
}


def _as_int(v):
    if type(v) is int:
        return v
    try:
        m = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return m(v)


def _conv_int(tc, v):
    v = _as_int(v)
    r = _RANGES.get(tc)
    if r is not None:
        if v < _LONG_MIN or v > _LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
        if v < r[0]:
            raise OverflowError(r[2])
        if v > r[1]:
            raise OverflowError(r[3])
        return v
    if tc == "I" or tc == "L":
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if tc == "I" and v > 0xFFFFFFFF:
            raise OverflowError("unsigned int is greater than maximum")
        return v
    if tc == "q":
        if v < _LONG_MIN or v > _LONG_MAX:
            raise OverflowError("int too big to convert")
        return v
    # "Q"
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError("int too big to convert")
    return v


def _conv_float(v):
    t = type(v)
    if t is float:
        return v
    if isinstance(v, float):
        return float(v)
    if isinstance(v, int) or hasattr(t, "__float__") or hasattr(t, "__index__"):
        return float(v)
    raise TypeError("must be real number, not %s" % t.__name__)


def _converter(tc):
    if tc == "d":
        return _conv_float
    if tc == "f":
        return lambda v: _f32(_conv_float(v))
    if tc == "u":
        def conv(v):
            if type(v) is not str or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        return conv
    return lambda v: _conv_int(tc, v)


_CONVERTERS = {tc: _converter(tc) for tc in typecodes}


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    string or iterable over elements of the appropriate type."""

    __slots__ = ("_tc", "_a", "_conv")

    def __new__(cls, typecode, initializer=None, /):
        if type(typecode) is not str or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, "
                             "q, Q, f or d)")
        self = object.__new__(cls)
        self._tc = typecode
        self._conv = _CONVERTERS[typecode]
        self._a = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with "
                                "typecode '%s'" % typecode)
            self._a = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if (initializer._tc == "u") != (typecode == "u"):
                raise TypeError("cannot use a unicode array to initialize an "
                                "array with typecode '%s'" % typecode)
            conv = self._conv
            self._a = [conv(x) for x in initializer._a]
        else:
            conv = self._conv
            self._a = [conv(x) for x in initializer]
        return self

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _SIZES[self._tc]

    def _new(self, items):
        new = object.__new__(type(self))
        new._tc = self._tc
        new._conv = self._conv
        new._a = items
        return new

    # --- sequence protocol -------------------------------------------------

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __contains__(self, x):
        return x in self._a

    def __getitem__(self, i):
        if type(i) is int:
            try:
                return self._a[i]
            except IndexError:
                raise IndexError("array index out of range") from None
        if isinstance(i, slice):
            return self._new(self._a[i])
        try:
            return self._a[_as_int(i)]
        except TypeError:
            raise TypeError("array indices must be integers") from None
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            items = list(v._a)
            if i.step not in (None, 1):
                n = len(range(*i.indices(len(self._a))))
                if len(items) != n:
                    raise ValueError("attempt to assign array of size %d to "
                                     "extended slice of size %d" % (len(items), n))
            self._a[i] = items
            return
        if type(i) is not int:
            try:
                i = _as_int(i)
            except TypeError:
                raise TypeError("array indices must be integers") from None
        v = self._conv(v)
        try:
            self._a[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        if not isinstance(i, slice) and type(i) is not int:
            try:
                i = _as_int(i)
            except TypeError:
                raise TypeError("array indices must be integers") from None
        try:
            del self._a[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._a + other._a)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("can only extend with array of same kind")
        self._a += other._a
        return self

    def __mul__(self, n):
        try:
            n = _as_int(n)
        except TypeError:
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__) from None
        return self._new(self._a * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        try:
            n = _as_int(n)
        except TypeError:
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__) from None
        self._a *= n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return None
        return other._a

    def __eq__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._a >= o

    __hash__ = None

    def __repr__(self):
        tc = self._tc
        name = type(self).__name__
        if not self._a:
            return "%s('%s')" % (name, tc)
        if tc == "u":
            return "%s('%s', %r)" % (name, tc, "".join(self._a))
        return "%s('%s', %r)" % (name, tc, self._a)

    def __copy__(self):
        return self._new(list(self._a))

    def __deepcopy__(self, memo):
        return self._new(list(self._a))

    def __reduce_ex__(self, protocol):
        return (type(self), (self._tc, list(self._a)), None)

    # --- methods -------------------------------------------------------------

    def append(self, v):
        """Append new value v to the end of the array."""
        self._a.append(self._conv(v))

    def extend(self, iterable):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._a += iterable._a
            return
        conv = self._conv
        self._a += [conv(x) for x in iterable]

    def insert(self, i, v):
        """Insert a new item v into the array before position i."""
        self._a.insert(_as_int(i), self._conv(v))

    def pop(self, i=-1):
        """Return the i-th element and delete it from the array."""
        i = _as_int(i)
        if not self._a:
            raise IndexError("pop from empty array")
        try:
            return self._a.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        """Remove the first occurrence of v in the array."""
        try:
            self._a.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=9223372036854775807):
        """Return index of first occurrence of v in the array."""
        try:
            return self._a.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        """Return number of occurrences of v in the array."""
        return self._a.count(v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._a.reverse()

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address
        and the length in items of the buffer used to hold array's contents."""
        return (id(self._a), len(self._a))

    def byteswap(self):
        """Byteswap all items of the array."""
        size = _SIZES[self._tc]
        if size == 1:
            return
        data = _pack(self._tc, self._a)
        swapped = bytearray()
        for k in range(0, len(data), size):
            swapped += data[k:k + size][::-1]
        self._a = _unpack(self._tc, bytes(swapped))

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        return _pack(self._tc, self._a)

    def frombytes(self, buffer):
        """Appends items from the string, interpreting it as an array of machine values."""
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not isinstance(buffer, (bytes, bytearray)):
            if isinstance(buffer, array):
                buffer = buffer.tobytes()
            else:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(buffer).__name__)
        if len(buffer) % _SIZES[self._tc]:
            raise ValueError("bytes length not a multiple of item size")
        self._a += _unpack(self._tc, buffer)

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._a)

    def fromlist(self, items):
        """Append items to array from list."""
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        conv = self._conv
        self._a += [conv(x) for x in items]

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._tc != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._a)

    def fromunicode(self, ustr):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError("fromunicode() argument must be str, not %s"
                            % type(ustr).__name__)
        if self._tc != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._a += list(ustr)

    def tofile(self, f):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n):
        """Read n objects from the file object f and append them to the end of the array."""
        n = _as_int(n)
        if n < 0:
            raise ValueError("negative count")
        size = _SIZES[self._tc]
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) != n * size:
            raise EOFError("read() didn't return enough bytes")

    def __getstate__(self):
        return None


ArrayType = array
