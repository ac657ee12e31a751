"""JSONEncoder (Taipan's json.encoder): Python objects to JSON text.

Mirrors CPython's json.encoder: the same escaping (ensure_ascii with
surrogate pairs), float spelling (NaN, Infinity), key coercion, separators,
indentation, circular-reference check and error messages.  One recursive
function appends to a list of chunks; iterencode yields the chunks.  With the
default layout, encode() first tries a Rust encoder for plain data
(_taipan.json_dumps_fast).
"""

_ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i

from _taipan import json_dumps_fast as _dumps_fast

INFINITY = float('inf')


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    out = []
    for c in s:
        e = _ESCAPE_DCT.get(c)
        out.append(c if e is None else e)
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    if s.isascii():
        simple = True
        for c in s:
            if c < ' ' or c == '"' or c == '\\':
                simple = False
                break
        if simple:
            return '"' + s + '"'
    out = []
    for c in s:
        e = _ESCAPE_DCT.get(c)
        if e is not None:
            out.append(e)
        elif c < '\x7f':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u{0:04x}'.format(n))
            else:
                n -= 0x10000
                s1 = 0xd800 | ((n >> 10) & 0x3ff)
                s2 = 0xdc00 | (n & 0x3ff)
                out.append('\\u{0:04x}\\u{1:04x}'.format(s1, s2))
    return '"' + ''.join(out) + '"'


encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns a
        serializable object for ``o``, or calls the base implementation (to
        raise a ``TypeError``)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        if (self.indent is None and not self.sort_keys and self.check_circular
                and self.allow_nan and self.item_separator == ', '
                and self.key_separator == ': '):
            # Plain data with the default layout is encoded in Rust; anything
            # else (default(), subclasses, errors) comes back as None.
            text = _dumps_fast(o, self.ensure_ascii)
            if text is not None:
                return text
        chunks = []
        self._encode(o, chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available."""
        chunks = []
        self._encode(o, chunks)
        return iter(chunks)

    def _floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def _encode(self, o, out):
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        item_sep = self.item_separator
        key_sep = self.key_separator
        encode_str = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        floatstr = self._floatstr
        default = self.default
        skipkeys = self.skipkeys
        sort_keys = self.sort_keys
        append = out.append

        def enc(o, level):
            if isinstance(o, str):
                append(encode_str(o))
            elif o is None:
                append('null')
            elif o is True:
                append('true')
            elif o is False:
                append('false')
            elif isinstance(o, int):
                append(int.__repr__(o))
            elif isinstance(o, float):
                append(floatstr(o))
            elif isinstance(o, (list, tuple)):
                enc_list(o, level)
            elif isinstance(o, dict):
                enc_dict(o, level)
            else:
                if markers is not None:
                    key = id(o)
                    if key in markers:
                        raise ValueError("Circular reference detected")
                    markers[key] = o
                enc(default(o), level)
                if markers is not None:
                    del markers[key]

        def enc_list(lst, level):
            if not lst:
                append('[]')
                return
            if markers is not None:
                key = id(lst)
                if key in markers:
                    raise ValueError("Circular reference detected")
                markers[key] = lst
            append('[')
            if indent is not None:
                level += 1
                newline = '\n' + indent * level
                sep = item_sep + newline
                append(newline)
            else:
                sep = item_sep
            first = True
            for v in lst:
                if first:
                    first = False
                else:
                    append(sep)
                enc(v, level)
            if indent is not None:
                level -= 1
                append('\n' + indent * level)
            append(']')
            if markers is not None:
                del markers[key]

        def enc_dict(dct, level):
            if not dct:
                append('{}')
                return
            if markers is not None:
                key = id(dct)
                if key in markers:
                    raise ValueError("Circular reference detected")
                markers[key] = dct
            append('{')
            if indent is not None:
                level += 1
                newline = '\n' + indent * level
                sep = item_sep + newline
                append(newline)
            else:
                sep = item_sep
            first = True
            items = sorted(dct.items()) if sort_keys else dct.items()
            for k, v in items:
                if isinstance(k, str):
                    pass
                elif isinstance(k, float):
                    k = floatstr(k)
                elif k is True:
                    k = 'true'
                elif k is False:
                    k = 'false'
                elif k is None:
                    k = 'null'
                elif isinstance(k, int):
                    k = int.__repr__(k)
                elif skipkeys:
                    continue
                else:
                    raise TypeError(f'keys must be str, int, float, bool or None, '
                                    f'not {k.__class__.__name__}')
                if first:
                    first = False
                else:
                    append(sep)
                append(encode_str(k))
                append(key_sep)
                enc(v, level)
            if indent is not None:
                level -= 1
                append('\n' + indent * level)
            append('}')
            if markers is not None:
                del markers[key]

        enc(o, 0)
