//! Conformance tests against CPython 3.11 (the oracle).
//!
//! Each corpus file under `tests/corpus/` holds cases introduced by a line
//! `=== MODE` (exec, eval or single). `tests/pydump.py` prints CPython's
//! result for each case in the canonical format of `taipan_syntax::dump`
//! (or an `ERR ...` line); this test produces the same line from Taipan's
//! front end and compares. Skipped (with a message) when `python3` is not
//! CPython 3.11.

use std::path::{Path, PathBuf};
use std::process::Command;

use taipan_syntax::dump::{dump_expression, dump_interactive, dump_module, quote};
use taipan_syntax::SyntaxError;

fn python311() -> bool {
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output();
    matches!(out, Ok(o) if String::from_utf8_lossy(&o.stdout).trim() == "True")
}

/// (mode, xfail, source) for every case of a corpus file. A header
/// `=== MODE xfail` marks a known gap: reported, but not a failure.
fn cases(text: &str) -> Vec<(String, bool, String)> {
    let text = if text.starts_with("=== ") {
        format!("\n{text}")
    } else {
        text.to_string()
    };
    text.split("\n=== ")
        .skip(1)
        .map(|chunk| {
            let (header, body) = chunk.split_once('\n').unwrap_or((chunk, ""));
            let mut words = header.split_whitespace();
            let mode = words.next().unwrap_or("exec").to_string();
            (mode, words.any(|w| w == "xfail"), body.to_string())
        })
        .collect()
}

fn err_line(e: &SyntaxError) -> String {
    if e.kind == taipan_syntax::SyntaxErrorKind::RecursionError {
        return format!("ERR {} {}", e.kind.name(), quote(&e.msg));
    }
    format!(
        "ERR {} {} {} {} {} {} {}",
        e.kind.name(),
        quote(&e.msg),
        e.lineno,
        e.offset,
        e.end_lineno,
        e.end_offset,
        e.text.as_deref().map_or("None".to_string(), quote)
    )
}

fn taipan(mode: &str, src: &str) -> String {
    let r = match mode {
        "eval" => taipan_syntax::parse_expression(src, "<case>").map(|m| dump_expression(&m)),
        "single" => taipan_syntax::parse_interactive(src, "<case>").map(|m| dump_interactive(&m)),
        _ => taipan_syntax::parse_module(src, "<case>").map(|m| dump_module(&m)),
    };
    r.unwrap_or_else(|e| err_line(&e))
}

/// Compares every case of one corpus file; returns the failure report.
fn check_file(path: &Path) -> (usize, Vec<String>) {
    let text = std::fs::read_to_string(path).unwrap();
    let cases = cases(&text);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pydump.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(path)
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "pydump failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(
        expected.len(),
        cases.len(),
        "case count mismatch in {}",
        path.display()
    );
    let mut failures = Vec::new();
    for ((mode, xfail, src), want) in cases.iter().zip(&expected) {
        let got = taipan(mode, src);
        if &got != want && *xfail {
            eprintln!("known gap ({mode}) {src:?}\n  cpython: {want}\n  taipan:  {got}");
        } else if &got != want {
            failures.push(format!(
                "--- case ({mode}) {src:?}\n  cpython: {want}\n  taipan:  {got}"
            ));
        }
    }
    (cases.len(), failures)
}

/// The corpus directory: `tests/corpus`, or `$TAIPAN_CORPUS_DIR` (handy for
/// comparing whole code bases, e.g. the standard library, case per file).
fn corpus_files() -> Vec<PathBuf> {
    let dir = match std::env::var_os("TAIPAN_CORPUS_DIR") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus"),
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

#[test]
fn matches_cpython() {
    if !python311() {
        eprintln!("skipping: python3 is not CPython 3.11");
        return;
    }
    let only = std::env::var("TAIPAN_CORPUS").ok();
    let mut total = 0;
    let mut failures = Vec::new();
    for f in corpus_files() {
        if only
            .as_deref()
            .is_some_and(|o| !f.to_string_lossy().contains(o))
        {
            continue;
        }
        let (n, fails) = check_file(&f);
        total += n;
        failures.extend(
            fails
                .into_iter()
                .map(|m| format!("[{}] {m}", f.file_name().unwrap().to_string_lossy())),
        );
    }
    if !failures.is_empty() {
        panic!(
            "{} of {} cases differ from CPython:\n{}",
            failures.len(),
            total,
            failures.join("\n")
        );
    }
    eprintln!("{total} cases match CPython");
}
