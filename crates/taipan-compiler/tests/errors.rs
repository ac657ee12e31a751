//! Compile-time errors (symbol table and code generator) compared with
//! CPython 3.11's: message, line, offset and end position.

mod common;

use common::*;

pub const ERRORS: &[&str] = &[
    "return 1\n",
    "x = 1\nreturn\n",
    "break\n",
    "continue\n",
    "if x:\n    break\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(x):\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f(x):\n    def g(x):\n        nonlocal x\n",
    "nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "def f():\n    def g():\n        nonlocal y\n",
    "yield 1\n",
    "x = yield\n",
    "class C:\n    yield 1\n",
    "await x\n",
    "def f():\n    await x\n",
    "def f(a, a):\n    pass\n",
    "lambda a, a: 1\n",
    "def f(a, *, a):\n    pass\n",
    "a, *b, *c = d\n",
    "*a = b\n",
    "print(*a)\nx = *a\n",
    "def f():\n    return *a\n",
    "try:\n    pass\nexcept* E:\n    break\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    from os import *\n",
    "class C:\n    from os import *\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case a:\n        pass\n    case b:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case b:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case {'a': y, 'b': y}:\n        pass\n",
    "match x:\n    case C(a=y, b=y):\n        pass\n",
    "match x:\n    case [a, *a]:\n        pass\n",
    "match x:\n    case a as a:\n        pass\n",
    "match x:\n    case C(x=1, x=2):\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case (a | b) | [c]:\n        pass\n",
    "[x := 1 for x in y]\n",
    "[i for i in (x := y)]\n",
    "class C:\n    [y := 1 for x in z]\n",
    "def f():\n    [x for x in y if (x := 1)]\n",
    "[[(j := 1) for i in range(3)] for j in range(4)]\n",
    "[(yield x) for x in y]\n",
    "def f():\n    [(yield x) for x in y]\n",
    "def f():\n    ((yield x) for x in y)\n",
    "def f():\n    {(yield x) for x in y}\n",
    "def f():\n    {x: (yield x) for x in y}\n",
    "def f():\n    x: int\n    global x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 2\n",
    "f(a=1, a=2)\n",
    "def f(__debug__): pass\n",
    "__debug__ = 1\n",
    "del __debug__\n",
    "x.__debug__ = 1\n",
    "def f():\n    yield from x\n    async def g():\n        yield from y\n",
    "async def f():\n    yield from y\n",
    "def f():\n    async with x:\n        pass\n",
    "def f():\n    async for x in y:\n        pass\n",
    "def f():\n    [x async for x in y]\n",
    "from __future__ import braces\n",
    "from __future__ import nope\n",
    "x = 1\nfrom __future__ import annotations\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "del f()\n",
    "f() = 1\n",
    "(a, b) += 1\n",
    "class C:\n    def f(self):\n        nonlocal __x\n",
    "x = 'é'; return\n",
    "def f():\n    with a:\n        for x in y:\n            pass\n        break\n",
    "while x:\n    def f():\n        break\n",
];

#[test]
fn errors_match_cpython() {
    if !python3_available() {
        eprintln!("skipping: python3 3.11 not available");
        return;
    }
    let mut failures = Vec::new();
    for src in ERRORS {
        let theirs = cpython(src, "exec");
        let mine = taipan_compiler::compile(src, "f.py", taipan_compiler::Mode::Exec);
        match (theirs, mine) {
            (Err((kind, msg, l, o, el, eo)), Err(e)) => {
                let got = (
                    e.kind.name().to_string(),
                    e.msg.clone(),
                    e.lineno as i64,
                    e.offset as i64,
                    e.end_lineno as i64,
                    e.end_offset as i64,
                );
                // CPython's -1 ("no end") is 0 in Taipan's unsigned fields.
                let want = (kind, msg, l, o, el, eo.max(0));
                if got != want {
                    failures.push(format!(
                        "{:?}\n  taipan  {:?}\n  cpython {:?}",
                        src, got, want
                    ));
                }
            }
            (Ok(_), Ok(_)) => failures.push(format!("{:?}: both accept (not an error case)", src)),
            (Err(t), Ok(_)) => {
                failures.push(format!("{:?}: taipan accepts, cpython: {:?}", src, t))
            }
            (Ok(_), Err(e)) => {
                failures.push(format!("{:?}: cpython accepts, taipan: {:?}", src, e))
            }
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} error case(s) differ:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
