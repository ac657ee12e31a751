//! Developer tool: prints ruff's raw parse errors and Taipan's mapped error
//! for the source given on stdin (mode from argv[1]: exec, eval or single),
//! to help extend the CPython error-message mapping.

use std::io::Read;

use ruff_python_ast::PythonVersion;
use ruff_python_parser::{Mode, ParseOptions};

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_else(|| "exec".into());
    let mut src = String::new();
    std::io::stdin().read_to_string(&mut src).unwrap();
    let rmode = if mode == "eval" {
        Mode::Expression
    } else {
        Mode::Module
    };
    let parsed = ruff_python_parser::parse_unchecked(
        &src,
        ParseOptions::from(rmode).with_target_version(PythonVersion::PY311),
    );
    for e in parsed.errors() {
        println!("parse: {:?} @ {:?}", e.error, e.location);
    }
    for e in parsed.unsupported_syntax_errors() {
        println!("unsupported: {:?} @ {:?}", e.kind, e.range);
    }
    let r = match mode.as_str() {
        "eval" => taipan_syntax::parse_expression(&src, "<s>")
            .map(|m| taipan_syntax::dump::dump_expression(&m)),
        "single" => taipan_syntax::parse_interactive(&src, "<s>")
            .map(|m| taipan_syntax::dump::dump_interactive(&m)),
        _ => taipan_syntax::parse_module(&src, "<s>").map(|m| taipan_syntax::dump::dump_module(&m)),
    };
    match r {
        Ok(d) => println!("ok: {d}"),
        Err(e) => println!(
            "taipan: {} {:?} {} {} {} {} {:?}",
            e.kind.name(),
            e.msg,
            e.lineno,
            e.offset,
            e.end_lineno,
            e.end_offset,
            e.text
        ),
    }
}
