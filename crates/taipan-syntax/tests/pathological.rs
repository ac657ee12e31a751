//! Robustness: pathological inputs must produce CPython's errors (or parse)
//! without panicking or overflowing an 8 MiB thread stack.

use taipan_syntax::{parse_expression, parse_module, SyntaxError, SyntaxErrorKind};

/// Runs `f` on a thread with an 8 MiB stack.
fn on_8mib<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .expect("no panic")
}

fn module(src: String) -> Result<(), SyntaxError> {
    on_8mib(move || parse_module(&src, "<t>").map(|_| ()))
}

fn kind(src: String) -> Option<(SyntaxErrorKind, String)> {
    module(src).err().map(|e| (e.kind, e.msg))
}

const RECURSION: &str = "maximum recursion depth exceeded during compilation";

#[test]
fn deep_unary_chains() {
    for op in ["not ", "-", "+", "~"] {
        let k = kind(op.repeat(100_000) + "x");
        assert_eq!(
            k,
            Some((SyntaxErrorKind::RecursionError, RECURSION.into())),
            "{op}"
        );
    }
}

#[test]
fn deep_lambda_and_ternary() {
    let k = kind("lambda:".repeat(100_000) + "x");
    assert_eq!(k.map(|k| k.0), Some(SyntaxErrorKind::RecursionError));
    let k = kind("a if b else ".repeat(100_000) + "x");
    assert_eq!(k.map(|k| k.0), Some(SyntaxErrorKind::RecursionError));
}

#[test]
fn deep_brackets() {
    let k = kind("[".repeat(100_000) + &"]".repeat(100_000));
    assert_eq!(
        k,
        Some((
            SyntaxErrorKind::SyntaxError,
            "too many nested parentheses".into()
        ))
    );
    assert!(module("(".repeat(200) + "x" + &")".repeat(200)).is_ok());
    assert!(kind("(".repeat(201) + "x" + &")".repeat(201)).is_some());
}

#[test]
fn long_binary_chain() {
    // 5 MB of `1+1+...`: a 2.5-million-deep left-leaning BinOp chain.
    let src = "1+".repeat(2_500_000) + "1";
    let k = kind(src);
    assert_eq!(k.map(|k| k.0), Some(SyntaxErrorKind::RecursionError));
}

#[test]
fn deep_postfix_chains() {
    for (unit, tail) in [(".x", ""), ("()", ""), ("[0]", "")] {
        let k = kind("x".to_string() + &unit.repeat(100_000) + tail);
        assert_eq!(
            k.map(|k| k.0),
            Some(SyntaxErrorKind::RecursionError),
            "{unit}"
        );
    }
}

#[test]
fn depth_limit_matches_cpython() {
    // CPython 3.11 (top level, default recursion limit) accepts 2989 nested
    // `not`s and rejects 2990.
    assert!(module("not ".repeat(2989) + "x").is_ok());
    assert_eq!(
        kind("not ".repeat(2990) + "x").map(|k| k.0),
        Some(SyntaxErrorKind::RecursionError)
    );
}

#[test]
fn deep_indentation() {
    let mut src = String::new();
    for i in 0..1000 {
        src += &" ".repeat(i);
        src += "if x:\n";
    }
    src += &" ".repeat(1000);
    src += "pass\n";
    let e = module(src).unwrap_err();
    assert_eq!(
        (e.kind, e.msg.as_str(), e.lineno),
        (
            SyntaxErrorKind::IndentationError,
            "too many levels of indentation",
            101
        )
    );
}

#[test]
fn long_elif_chain() {
    let src = "if x: pass\n".to_string() + &"elif x: pass\n".repeat(100_000);
    assert_eq!(
        kind(src).map(|k| k.0),
        Some(SyntaxErrorKind::RecursionError)
    );
    let src = "if x: pass\n".to_string() + &"elif x: pass\n".repeat(2000);
    assert!(module(src).is_ok());
}

#[test]
fn wide_inputs() {
    assert!(module("x = ".to_string() + &"1,".repeat(500_000)).is_ok());
    assert!(module("x = 1\n".repeat(200_000)).is_ok());
    assert!(module("a = ".repeat(50_000) + "1").is_ok());
    assert!(module("f(".to_string() + &"a, ".repeat(100_000) + ")").is_ok());
    assert!(module("x = ".to_string() + &"'a' ".repeat(100_000)).is_ok());
}

#[test]
fn deep_syntax_error_after_deep_tree() {
    // A deep tree followed by an error: the error path must not recurse either.
    let k = kind("-".repeat(200_000) + "x\n)");
    assert_eq!(k.map(|k| k.1), Some("unmatched ')'".into()));
    let k = kind("-".repeat(200_000) + "x +");
    assert!(k.is_some());
}

#[test]
fn deep_expression_mode() {
    let src = "not ".repeat(100_000) + "x";
    let r = on_8mib(move || parse_expression(&src, "<t>").map(|_| ()));
    assert_eq!(r.unwrap_err().kind, SyntaxErrorKind::RecursionError);
}

#[test]
fn garbage_does_not_panic() {
    let inputs = [
        "",
        "\n",
        "\\",
        "\\\n",
        "'",
        "\"\"\"",
        "f'{",
        "f'{'",
        "f'}'",
        "f'{x!'",
        "f'{x:{'",
        "0x",
        "1e",
        "@",
        "(",
        ")",
        "\u{feff}x = 1",
        "x = 1\r\ny = 2\r",
        "def",
        "class",
        "match",
        "case",
        "lambda",
        "\t\tx",
        "if x:\n\ty\n        z",
        "é",
        "€",
        "\u{0}",
        "x = '\\N{",
        "b'\\xff'",
        "u'",
        "rb'\\",
        "del",
        "import .",
        "from . import",
        "*",
        "**",
        "a[",
        "a[:",
        "async",
        "await",
        "yield",
        "x: int = ",
        "with",
        "with (",
        "try:",
        "except",
        "global",
        "nonlocal x, ",
        "(yield",
    ];
    for src in inputs {
        let s = src.to_string();
        on_8mib(move || {
            let _ = parse_module(&s, "<t>");
            let _ = parse_expression(&s, "<t>");
            let _ = taipan_syntax::parse_interactive(&s, "<t>");
        });
    }
}

#[test]
fn deepest_accepted_tree_is_usable_on_8mib() {
    // The deepest tree the front end accepts must survive the derived
    // trait impls (recursive) on an ordinary 8 MiB thread.
    on_8mib(|| {
        for src in [
            "not ".repeat(2989) + "x",
            "-".repeat(2989) + "x",
            "x".to_string() + &".a".repeat(2989),
        ] {
            let m = parse_module(&src, "<t>").unwrap();
            let c = m.clone();
            assert_eq!(c, m);
            let s = format!("{m:?}");
            assert!(s.len() > 2989);
            let _ = taipan_syntax::dump::dump_module(&m);
            drop(c);
        }
    });
}
