"""Oracle side of the taipan-syntax conformance tests.

Reads a corpus file of cases (each introduced by a line `=== MODE`, MODE being
exec, eval or single) and prints, per case, one line: either CPython's AST in
the canonical format of `src/dump.rs`, or `ERR kind 'msg' lineno offset
end_lineno end_offset 'text'` when compilation fails.
"""
import ast
import struct
import sys


def quote(s):
    # Lone surrogates cannot live in Rust strings: the whole project stores
    # them as U+FFFD (a documented divergence), so compare them as such.
    out = ["'"]
    for c in s:
        if 0xD800 <= ord(c) <= 0xDFFF:
            c = "\ufffd"
        if " " <= c <= "~" and c not in "'\\":
            out.append(c)
        else:
            out.append("\\u{%x}" % ord(c))
    out.append("'")
    return "".join(out)


def bits(f):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]


def d(node):
    if isinstance(node, ast.AST):
        name = type(node).__name__
        is_async = None
        if name in ("AsyncFunctionDef", "AsyncFor", "AsyncWith"):
            name, is_async = name[5:], True
        elif name in ("FunctionDef", "For", "With"):
            is_async = False
        parts = []
        for f in node._fields:
            if f in ("type_comment", "kind", "type_ignores"):
                continue
            v = getattr(node, f, None)
            if f in ("is_async", "simple"):
                parts.append("%s=%s" % (f, bool(v)))
            else:
                parts.append("%s=%s" % (f, d(v)))
        if is_async is not None:
            parts.append("is_async=%s" % is_async)
        s = "%s(%s)" % (name, ", ".join(parts))
        if "lineno" in node._attributes:
            s += "@%d:%d-%d:%d" % (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
        return s
    if isinstance(node, list):
        return "[" + ", ".join(d(x) for x in node) + "]"
    if node is None:
        return "None"
    if node is Ellipsis:
        return "Ellipsis"
    if isinstance(node, bool):
        return repr(node)
    if isinstance(node, int):
        return str(node)
    if isinstance(node, float):
        return "float:" + bits(node)
    if isinstance(node, complex):
        return "complex:%s,%s" % (bits(node.real), bits(node.imag))
    if isinstance(node, str):
        return quote(node)
    if isinstance(node, bytes):
        return "b'" + node.hex() + "'"
    raise TypeError(repr(node))


def nn(x):
    """Taipan's positions are unsigned: CPython's -1 and None become 0."""
    return 0 if x is None or x < 0 else x


def run(mode, src):
    try:
        tree = compile(src, "<case>", mode, ast.PyCF_ONLY_AST)
        return d(tree)
    except SyntaxError as e:
        return "ERR %s %s %s %s %s %s %s" % (
            type(e).__name__, quote(e.msg), nn(e.lineno), nn(e.offset), nn(e.end_lineno), nn(e.end_offset),
            quote(e.text) if e.text is not None else "None")
    except (RecursionError, MemoryError) as e:
        return "ERR %s %s" % (type(e).__name__, quote(str(e)))


def cases(text):
    out = []
    for chunk in text.split("\n=== ")[1:] if not text.startswith("=== ") else ("\n" + text).split("\n=== ")[1:]:
        header, _, body = chunk.partition("\n")
        out.append((header.split()[0] if header.split() else "exec", body))
    return out


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    for mode, src in cases(text):
        print(run(mode, src))


if __name__ == "__main__":
    main()
