//! `from __future__ import annotations`: annotation strings must equal
//! CPython 3.11's (`ast_unparse.c`) for the same expressions.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use taipan_bytecode::Constant;

const EXPRS: &[&str] = &[
    "int",
    "List[int]",
    "Dict[str, List[Tuple[int, ...]]]",
    "'forward'",
    "a.b.c",
    "Optional[x] | None",
    "a + b * c",
    "(a + b) * c",
    "a ** b ** c",
    "(a ** b) ** c",
    "-a ** 2",
    "(-a) ** 2",
    "not a",
    "a and b or c",
    "a and (b or c)",
    "a if b else c",
    "(a if b else c) if d else e",
    "lambda: 1",
    "lambda x, *y, z=1, **w: x",
    "[1, 2, 3]",
    "(1,)",
    "()",
    "{1: 2, **x}",
    "{1, 2}",
    "[x for x in y if x]",
    "{k: v for k, v in z}",
    "(x for x in y)",
    "f(x for x in y)",
    "f(a, *b, c=1, **d)",
    "a[1:2, ::3]",
    "a[b:c]",
    "x < y <= z",
    "not x in y",
    "a is not b",
    "f'{a!r:>{w}} b'",
    "1.5",
    "1e100",
    "1e-7",
    "3j",
    "1 + 2j",
    "b'bytes'",
    "...",
    "None",
    "True",
    "-1",
    "~x",
    "(yield)",
    "await x",
    "1 .real",
    "x[*a]",
    "'a' 'b'",
    "2 ** 100",
];

#[test]
fn future_annotation_strings_match_cpython() {
    if !common::python3_available() {
        eprintln!("skipping: python3 3.11 not available");
        return;
    }
    let mut script = String::from("from __future__ import annotations\n");
    let mut src = String::from("from __future__ import annotations\n");
    for (i, e) in EXPRS.iter().enumerate() {
        if e.contains("yield") || e.contains("await") {
            continue;
        }
        script.push_str(&format!(
            "def f{}(x: {}): pass\nprint(repr(f{}.__annotations__['x']))\n",
            i, e, i
        ));
        src.push_str(&format!("def f{}(x: {}): pass\n", i, e));
    }
    let mut child = Command::new("python3")
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .unwrap();
    let out = String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap();
    let theirs: Vec<&str> = out.lines().collect();
    let co = taipan_compiler::compile(&src, "f.py", taipan_compiler::Mode::Exec).unwrap();
    let mut mine = Vec::new();
    for c in &co.consts {
        if let Constant::Tuple(items) = c {
            if let [Constant::Str(x), Constant::Str(s)] = items.as_slice() {
                if x == "x" {
                    mine.push(taipan_compiler::repr_str(s));
                }
            }
        }
    }
    let mut failures = Vec::new();
    for (k, t) in theirs.iter().enumerate() {
        let m = mine.get(k).cloned().unwrap_or_default();
        if m != *t {
            failures.push(format!("taipan {} vs cpython {}", m, t));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn yield_in_future_annotation_is_an_error() {
    let r = taipan_compiler::compile(
        "from __future__ import annotations\ndef f(x: (yield)): pass\n",
        "f.py",
        taipan_compiler::Mode::Exec,
    );
    let e = r.unwrap_err();
    assert_eq!(
        e.msg,
        "'yield expression' can not be used within an annotation"
    );
}
