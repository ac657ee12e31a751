//! Standard-library modules written in Python by us and embedded in the binary
//! ("frozen", as CPython freezes its start-up modules), so an embedding program needs
//! no files on disk. The sources live in `crates/taipan-vm/lib/`. They are found by
//! `import` after builtin (Rust) modules and before `sys.path`.

/// (module name, source, is a package)
const FROZEN: &[(&str, &str, bool)] = &[
    ("__future__", include_str!("../lib/__future__.py"), false),
    (
        "_collections_abc",
        include_str!("../lib/_collections_abc.py"),
        false,
    ),
    ("abc", include_str!("../lib/abc.py"), false),
    ("bisect", include_str!("../lib/bisect.py"), false),
    (
        "collections",
        include_str!("../lib/collections/__init__.py"),
        true,
    ),
    (
        "collections.abc",
        include_str!("../lib/collections/abc.py"),
        false,
    ),
    ("contextlib", include_str!("../lib/contextlib.py"), false),
    ("copy", include_str!("../lib/copy.py"), false),
    ("dataclasses", include_str!("../lib/dataclasses.py"), false),
    ("enum", include_str!("../lib/enum.py"), false),
    ("functools", include_str!("../lib/functools.py"), false),
    ("hashlib", include_str!("../lib/hashlib.py"), false),
    ("heapq", include_str!("../lib/heapq.py"), false),
    ("io", include_str!("../lib/io.py"), false),
    ("itertools", include_str!("../lib/itertools.py"), false),
    ("json", include_str!("../lib/json/__init__.py"), true),
    (
        "json.decoder",
        include_str!("../lib/json/decoder.py"),
        false,
    ),
    (
        "json.encoder",
        include_str!("../lib/json/encoder.py"),
        false,
    ),
    ("logging", include_str!("../lib/logging/__init__.py"), true),
    ("operator", include_str!("../lib/operator.py"), false),
    ("typing", include_str!("../lib/typing.py"), false),
    ("string", include_str!("../lib/string.py"), false),
    ("struct", include_str!("../lib/struct.py"), false),
    ("types", include_str!("../lib/types.py"), false),
    ("os", include_str!("../lib/os.py"), false),
    ("posixpath", include_str!("../lib/posixpath.py"), false),
    ("random", include_str!("../lib/random.py"), false),
];

/// The source of frozen module `name`, and whether it is a package.
pub fn lookup(name: &str) -> Option<(&'static str, bool)> {
    FROZEN
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, s, p)| (*s, *p))
}
