"""Interpret bytes as packed binary data (Taipan's struct module).

Mirrors CPython's struct (the _struct C module there): the same format
language (byte order/size/alignment prefixes @ = < > !, repeat counts, and
the codes x c b B ? h H i I l L q Q n N e f d s p P), 64-bit Linux native
sizes, and CPython's error messages.  Written in Python: a format is parsed
once into a list of items (cached per Struct), integers go through
int.to_bytes/from_bytes, and IEEE floats through a Rust helper in _taipan.
"""

from _taipan import array_pack as _apack, array_unpack as _aunpack

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# code -> (standard size, native size, native alignment)
_SIZES = {
    'x': (1, 1, 1), 'c': (1, 1, 1), 'b': (1, 1, 1), 'B': (1, 1, 1),
    '?': (1, 1, 1), 'h': (2, 2, 2), 'H': (2, 2, 2), 'i': (4, 4, 4),
    'I': (4, 4, 4), 'l': (4, 8, 8), 'L': (4, 8, 8), 'q': (8, 8, 8),
    'Q': (8, 8, 8), 'n': (None, 8, 8), 'N': (None, 8, 8), 'e': (2, 2, 2),
    'f': (4, 4, 4), 'd': (8, 8, 8), 's': (1, 1, 1), 'p': (1, 1, 1),
    'P': (None, 8, 8),
}

_SIGNED = frozenset('bhilqn')
_INT_CODES = frozenset('bBhHiIlLqQnNP')

# Range-error messages CPython gives for the small codes.
_RANGE_MSGS = {
    'b': 'byte format requires -128 <= number <= 127',
    'B': 'ubyte format requires 0 <= number <= 255',
    'h': 'short format requires -32768 <= number <= 32767',
    'H': 'ushort format requires 0 <= number <= 65535',
}

_FLT_MAX = 3.4028234663852886e+38


def _parse(fmt):
    """(byte order, native?, [(code, count, size, offset)], total size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    i = 0
    n = len(fmt)
    order = '@'
    if i < n and fmt[i] in '@=<>!':
        order = fmt[i]
        i += 1
    native = order == '@'
    little = order in '@=<'
    items = []
    offset = 0
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        sizes = _SIZES.get(c)
        if sizes is None or (not native and c in 'nNP'):
            raise error("bad char in struct format")
        size = sizes[1] if native else sizes[0]
        if native:
            align = sizes[2]
            offset = (offset + align - 1) // align * align
        if count is None:
            count = 1
        if c in 'sp':
            items.append((c, count, count, offset))
            offset += count
        else:
            for _ in range(count):
                items.append((c, 1, size, offset))
                offset += size
    return little, items, offset


def _pack_int(code, v, size, little):
    if not isinstance(v, int):
        index = getattr(type(v), '__index__', None)
        if index is None:
            raise error("required argument is not an integer")
        v = index(v)
    signed = code in _SIGNED
    if signed:
        lo, hi = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
    else:
        lo, hi = 0, (1 << (8 * size)) - 1
    if v < lo or v > hi:
        msg = _RANGE_MSGS.get(code)
        if msg is not None:
            raise error(msg)
        if size == 4 and code in 'iIlL' and -(1 << 63) <= v < (1 << 64) and \
                (signed or v >= 0):
            raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
        raise error("argument out of range")
    return v.to_bytes(size, 'little' if little else 'big', signed=signed)


def _as_float(v):
    if isinstance(v, float):
        return v
    f = getattr(type(v), '__float__', None)
    if f is None:
        index = getattr(type(v), '__index__', None)
        if index is None:
            raise error("required argument is not a float")
        return float(index(v))
    return f(v)


def _pack_half(x, little):
    import math
    if x != x:
        bits = 0x7e00
    else:
        sign = 0x8000 if math.copysign(1.0, x) < 0 else 0
        x = abs(x)
        if x == math.inf:
            bits = sign | 0x7c00
        elif x == 0:
            bits = sign
        else:
            m, e = math.frexp(x)        # x = m * 2**e, 0.5 <= m < 1
            e -= 1                      # x = (2m) * 2**e, 1 <= 2m < 2
            if e < -14:                 # subnormal
                mant = round(x / 2.0 ** -24)
                bits = sign | mant
            else:
                mant = round((2 * m - 1) * 1024)
                if mant == 1024:
                    mant = 0
                    e += 1
                if e > 15:
                    raise OverflowError("float too large to pack with e format")
                bits = sign | ((e + 15) << 10) | mant
    return bits.to_bytes(2, 'little' if little else 'big')


def _unpack_half(b, little):
    bits = int.from_bytes(b, 'little' if little else 'big')
    sign = -1.0 if bits & 0x8000 else 1.0
    e = (bits >> 10) & 0x1f
    mant = bits & 0x3ff
    if e == 0:
        return sign * mant * 2.0 ** -24
    if e == 31:
        return sign * float('inf') if mant == 0 else float('nan')
    return sign * (1 + mant / 1024) * 2.0 ** (e - 15)


def _pack_items(little, items, size, args, name='pack'):
    if len(args) != sum(1 for it in items if it[0] != 'x'):
        raise error("%s expected %d items for packing (got %d)"
                    % (name, sum(1 for it in items if it[0] != 'x'), len(args)))
    out = bytearray(size)
    k = 0
    for code, count, isize, off in items:
        if code == 'x':
            continue
        v = args[k]
        k += 1
        if code in _INT_CODES:
            data = _pack_int(code, v, isize, little)
        elif code == 'd' or code == 'f':
            x = _as_float(v)
            if code == 'f' and x == x and abs(x) > _FLT_MAX and abs(x) != float('inf'):
                raise OverflowError("float too large to pack with f format")
            data = _apack(code, [x])
            if not little:
                data = data[::-1]
        elif code == 'e':
            data = _pack_half(_as_float(v), little)
        elif code == '?':
            data = b'\x01' if v else b'\x00'
        elif code == 'c':
            if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                raise error("char format requires a bytes object of length 1")
            data = bytes(v)
        elif code == 's':
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for 's' must be a bytes object")
            data = bytes(v[:count])
        else:  # 'p'
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for 'p' must be a bytes object")
            n = min(len(v), count - 1, 255) if count else 0
            data = (bytes([n]) + bytes(v[:n])) if count else b''
        out[off:off + len(data)] = data
    return bytes(out)


def _unpack_items(little, items, data, base=0):
    out = []
    order = 'little' if little else 'big'
    for code, count, isize, off in items:
        if code == 'x':
            continue
        chunk = data[base + off:base + off + isize]
        if code in _INT_CODES:
            out.append(int.from_bytes(chunk, order, signed=code in _SIGNED))
        elif code == 'd' or code == 'f':
            if not little:
                chunk = chunk[::-1]
            out.append(_aunpack(code, bytes(chunk))[0])
        elif code == 'e':
            out.append(_unpack_half(chunk, little))
        elif code == '?':
            out.append(chunk != b'\x00')
        elif code == 'c':
            out.append(bytes(chunk))
        elif code == 's':
            out.append(bytes(chunk))
        else:  # 'p'
            n = min(chunk[0], count - 1) if count else 0
            out.append(bytes(chunk[1:1 + n]))
    return tuple(out)


def _buffer(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    tobytes = getattr(type(b), 'tobytes', None)
    if tobytes is not None:
        return tobytes(b)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


def _int_fast_paths(st, code, size):
    order = 'little' if st._little else 'big'
    signed = code in _SIGNED
    if signed:
        lo, hi = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
    else:
        lo, hi = 0, (1 << (8 * size)) - 1
    slow_pack = Struct.pack.__get__(st)
    slow_unpack = Struct.unpack.__get__(st)

    def pack(*args):
        if len(args) == 1:
            v = args[0]
            if type(v) is int and lo <= v <= hi:
                return v.to_bytes(size, order, signed=signed)
        return slow_pack(*args)

    def unpack(buffer):
        if type(buffer) is bytes and len(buffer) == size:
            return (int.from_bytes(buffer, order, signed=signed),)
        return slow_unpack(buffer)
    return pack, unpack


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        self._little, self._items, self.size = _parse(format)
        self.format = format.decode('latin-1') if isinstance(format, bytes) else format
        items = self._items
        if len(items) == 1 and items[0][0] in _INT_CODES:
            # One integer: bound fast paths for pack/unpack (a hot case, e.g. ">B").
            self.pack, self.unpack = _int_fast_paths(self, items[0][0], self.size)

    def pack(self, *args):
        return _pack_items(self._little, self._items, self.size, args)

    def pack_into(self, buffer, offset, *args):
        data = _pack_items(self._little, self._items, self.size, args, 'pack_into')
        if offset < 0:
            offset += len(buffer)
        if offset < 0 or offset + self.size > len(buffer):
            raise error("pack_into requires a buffer of at least %d bytes for "
                        "packing %d bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        buffer[offset:offset + self.size] = data

    def unpack(self, buffer):
        buffer = _buffer(buffer)
        if len(buffer) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return _unpack_items(self._little, self._items, buffer)

    def unpack_from(self, buffer, offset=0):
        buffer = _buffer(buffer)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error("offset %d out of range for %d-byte buffer"
                            % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for "
                        "unpacking %d bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        return _unpack_items(self._little, self._items, buffer, offset)

    def iter_unpack(self, buffer):
        buffer = _buffer(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of "
                        "%d bytes" % self.size)
        return (self.unpack_from(buffer, k) for k in range(0, len(buffer), self.size))


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""
    return _struct(format).size


def pack(format, /, *args):
    """Return a bytes object containing the values packed according to the format."""
    return _struct(format).pack(*args)


def pack_into(format, buffer, offset, /, *args):
    """Pack the values according to the format into the writable buffer at offset."""
    return _struct(format).pack_into(buffer, offset, *args)


def unpack(format, buffer, /):
    """Unpack the buffer, containing packed C structure data, according to format."""
    return _struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """Return a tuple containing values unpacked according to the format string."""
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from the given bytes."""
    return _struct(format).iter_unpack(buffer)
