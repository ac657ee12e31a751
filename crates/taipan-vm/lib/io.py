"""The io module (Taipan): in-memory streams and the I/O class hierarchy.

Mirrors CPython's io/_io.  The file objects themselves (open(), sys.stdout)
are implemented in Rust (crates/taipan-vm/src/modules/io.rs); this module
re-exports them and adds StringIO and BytesIO, written in Python: they are
plain buffers over str/bytearray, and appending (the common case, e.g.
print(..., file=stream)) only collects chunks, joined on demand.  The ABCs
IOBase/RawIOBase/BufferedIOBase/TextIOBase have the concrete classes
registered, so isinstance() answers as in CPython.
"""

import builtins as _builtins
import sys as _sys
from abc import ABCMeta as _ABCMeta

open = _builtins.open

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

TextIOWrapper = type(_sys.stdout)
BufferedWriter = type(_sys.stdout.buffer)


class UnsupportedOperation(OSError, ValueError):
    pass


def open_code(path):
    """Open `path` for reading as bytes (the import system's hook)."""
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The `encoding` argument, or "locale" when it is None."""
    return "locale" if encoding is None else encoding


def _index(x, null_ok):
    """An optional size argument: int-like, or None when allowed."""
    if x is None and null_ok:
        return -1
    try:
        m = type(x).__index__
    except AttributeError:
        if null_ok:
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(x).__name__) from None
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return m(x)


class IOBase(metaclass=_ABCMeta):
    """The abstract base class for all I/O classes."""


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""


class TextIOBase(IOBase):
    """Base class for text I/O."""


class _MemoryIO:
    """What StringIO and BytesIO share: position, closing, iteration."""

    _closed_msg = "I/O operation on closed file."

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    writable = seekable = readable

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")

    def tell(self):
        self._check_open()
        return self._pos

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        hint = _index(hint, True)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class StringIO(_MemoryIO):
    """Text I/O implementation using an in-memory buffer."""

    __module__ = "_io"
    _closed_msg = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._closed = False
        self._newline = newline
        self._s = ""        # the value, except
        self._parts = []    # chunks appended after it, not joined yet
        self._len = 0
        self._pos = 0
        self._seen = 0      # newline kinds seen (newline=None): 1 \r, 2 \n, 4 \r\n
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def __iter__(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def _value(self):
        if self._parts:
            self._s += "".join(self._parts)
            self._parts = []
        return self._s

    @property
    def line_buffering(self):
        self._check_open()
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    @property
    def newlines(self):
        self._check_open()
        if self._newline not in (None, ""):
            return None
        kinds = [k for bit, k in ((1, "\r"), (2, "\n"), (4, "\r\n"))
                 if self._seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def getvalue(self):
        self._check_open()
        return self._value()

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None:
            if "\r" in s:
                if "\r\n" in s:
                    self._seen |= 4
                    s = s.replace("\r\n", "\n")
                if "\r" in s:
                    self._seen |= 1
                    s = s.replace("\r", "\n")
            if "\n" in s:
                self._seen |= 2
        elif nl == "":
            if "\r" in s:
                crlf = s.count("\r\n")
                if crlf:
                    self._seen |= 4
                if s.count("\r") > crlf:
                    self._seen |= 1
                if s.count("\n") > crlf:
                    self._seen |= 2
            elif "\n" in s:
                self._seen |= 2
        elif nl == "\r" or nl == "\r\n":
            s = s.replace("\n", nl)
        if not s:
            return n
        k = len(s)
        if self._pos == self._len:
            self._parts.append(s)
        else:
            v = self._value()
            if self._pos > self._len:
                v += "\0" * (self._pos - self._len)
            self._s = v[:self._pos] + s + v[self._pos + k:]
        self._pos += k
        if self._pos > self._len:
            self._len = self._pos
        return n

    def read(self, size=-1):
        self._check_open()
        size = _index(size, True)
        v = self._value()
        start = self._pos
        if start >= self._len:
            return ""
        end = self._len if size < 0 else min(self._len, start + size)
        self._pos = end
        return v[start:end]

    def readline(self, size=-1):
        self._check_open()
        size = _index(size, True)
        v = self._value()
        start = self._pos
        if start >= self._len:
            return ""
        nl = self._newline
        if nl == "":
            i = start
            n = self._len
            while i < n and v[i] != "\n" and v[i] != "\r":
                i += 1
            if i < n:
                i += 2 if v[i] == "\r" and i + 1 < n and v[i + 1] == "\n" else 1
            end = i
        else:
            sep = "\n" if nl is None else nl
            i = v.find(sep, start)
            end = self._len if i < 0 else i + len(sep)
        if 0 <= size < end - start:
            end = start + size
        self._pos = end
        return v[start:end]

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _index(pos, False)
        whence = _index(whence, False)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            self._pos = self._len
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else _index(size, False)
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._len:
            self._s = self._value()[:size]
            self._len = size
        return size

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(_MemoryIO):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = "_io"

    def __init__(self, initial_bytes=b""):
        self._closed = False
        self._buf = bytearray()
        self._pos = 0
        if initial_bytes is not None:
            self._buf += _as_bytes(initial_bytes)

    def __iter__(self):
        return self

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def write(self, b):
        self._check_open()
        b = _as_bytes(b)
        n = len(b)
        if not n:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf += bytes(pos - len(buf))
        buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_open()
        size = _index(size, True)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b""
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = end
        return bytes(buf[start:end])

    read1 = read

    def readline(self, size=-1):
        self._check_open()
        size = _index(size, True)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b""
        i = buf.find(b"\n", start)
        end = len(buf) if i < 0 else i + 1
        if 0 <= size < end - start:
            end = start + size
        self._pos = end
        return bytes(buf[start:end])

    def readinto(self, b):
        self._check_open()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    readinto1 = readinto

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _index(pos, False)
        whence = _index(whence, False)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else _index(size, False)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def __getstate__(self):
        return (self.getvalue(), self._pos, None)


def _as_bytes(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    tobytes = getattr(type(b), "tobytes", None)
    if tobytes is not None and not isinstance(b, str):
        return tobytes(b)
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(b).__name__)


TextIOBase.register(StringIO)
TextIOBase.register(TextIOWrapper)
BufferedIOBase.register(BytesIO)
BufferedIOBase.register(BufferedWriter)
