"""Secure hashes and message digests (Taipan's hashlib, a subset).

Mirrors CPython's hashlib for md5, sha1 and sha256 (the digests themselves
are computed in Rust by _taipan.digest; there is no OpenSSL).  A hash object
keeps the bytes fed to update() and digests them on demand.  Other
algorithms raise ValueError("unsupported hash type ...") as CPython does
for names OpenSSL does not know.
"""

from _taipan import digest as _digest

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha256'))
algorithms_available = set(algorithms_guaranteed)

__all__ = ('new', 'algorithms_guaranteed', 'algorithms_available', 'md5',
           'sha1', 'sha256', 'file_digest')

_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha256': (32, 64)}


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    tobytes = getattr(type(data), 'tobytes', None)
    if tobytes is not None:
        return tobytes(data)
    raise TypeError("object supporting the buffer API required")


class _Hash:
    """A hash object: update(), digest(), hexdigest(), copy()."""

    __slots__ = ('name', '_data')

    def __init__(self, name, data=b''):
        self.name = name
        self._data = bytearray()
        if data:
            self.update(data)

    @property
    def digest_size(self):
        return _SIZES[self.name][0]

    @property
    def block_size(self):
        return _SIZES[self.name][1]

    def update(self, data, /):
        self._data += _as_bytes(data)

    def digest(self):
        return _digest(self.name, self._data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = _Hash(self.name)
        h._data = bytearray(self._data)
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


def new(name, data=b'', **kwargs):
    """Return a new hashing object using the named algorithm."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    key = name.lower()
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    return _Hash(key, data)


def md5(string=b'', *, usedforsecurity=True):
    """Returns a md5 hash object; optionally initialized with a string"""
    return _Hash('md5', string)


def sha1(string=b'', *, usedforsecurity=True):
    """Returns a sha1 hash object; optionally initialized with a string"""
    return _Hash('sha1', string)


def sha256(string=b'', *, usedforsecurity=True):
    """Returns a sha256 hash object; optionally initialized with a string"""
    return _Hash('sha256', string)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a file-like object. Returns a digest object."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
