//! Deeply nested and large inputs must compile (or fail cleanly), never crash.

mod common;

/// Compile; when it succeeds the result must pass the structural checks.
fn compile(src: &str) -> Result<taipan_bytecode::CodeObject, taipan_compiler::SyntaxError> {
    let r = taipan_compiler::compile(src, "f.py", taipan_compiler::Mode::Exec);
    match &r {
        Ok(co) => {
            if let Err(e) = common::verify(co) {
                panic!("verify failed: {}", e);
            }
        }
        Err(e) => eprintln!("rejected: {} {}", e.kind.name(), e.msg),
    }
    r
}

fn run_small_stack<F: FnOnce() + Send + 'static>(f: F) {
    // Run on a small thread stack on purpose: the compiler must grow its own.
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn deep_binop_chain() {
    run_small_stack(|| {
        let src = format!("x = {}1\n", "1 + ".repeat(2900));
        let _ = compile(&src);
        let src = format!("x = {}y\n", "y + ".repeat(2900));
        let _ = compile(&src);
    });
}

#[test]
fn deep_unary_and_not() {
    run_small_stack(|| {
        let _ = compile(&format!("x = {}y\n", "not ".repeat(2900)));
        let _ = compile(&format!("if {}y:\n    pass\n", "not ".repeat(2900)));
        let _ = compile(&format!("x = {}y\n", "-".repeat(2900)));
        let _ = compile(&format!("x = {}1\n", "-".repeat(2900)));
    });
}

#[test]
fn deep_boolops_and_compares() {
    run_small_stack(|| {
        let _ = compile(&format!("if {}y:\n    pass\n", "a and b or ".repeat(1400)));
        let _ = compile(&format!("x = {}y\n", "a < ".repeat(2900)));
        let _ = compile(&format!("x = {}\n", "a if b else ".repeat(1400) + "c"));
    });
}

#[test]
fn deep_lambdas_and_nested_displays() {
    // Dropping (and verifying) 900 nested code objects recurses in the test
    // itself, so this one gets a normal-sized stack.
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| {
            let _ = compile(&format!("f = {}1\n", "lambda: ".repeat(900)));
            let _ = compile(&format!("x = {}1{}\n", "[".repeat(190), "]".repeat(190)));
            let _ = compile(&format!("x = {}1{}\n", "(".repeat(190), ",)".repeat(190)));
            let _ = compile(&format!("x = {}\n", "f(".repeat(190) + &")".repeat(190)));
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn deep_blocks() {
    run_small_stack(|| {
        let mut src = String::new();
        for i in 0..95 {
            src.push_str(&"    ".repeat(i));
            src.push_str(if i % 3 == 0 {
                "def f():\n"
            } else if i % 3 == 1 {
                "for x in y:\n"
            } else {
                "while z:\n"
            });
        }
        src.push_str(&"    ".repeat(95));
        src.push_str("pass\n");
        let _ = compile(&src);
        let mut src = String::new();
        for i in 0..30 {
            src.push_str(&"    ".repeat(i));
            src.push_str("with a:\n");
        }
        src.push_str(&"    ".repeat(30));
        src.push_str("break\n");
        let r = compile(&src);
        assert!(r.is_err());
    });
}

#[test]
fn large_function() {
    run_small_stack(|| {
        let mut src = String::from("def f():\n");
        for i in 0..20000 {
            src.push_str(&format!("    x{} = {} + y\n", i % 300, i));
        }
        src.push_str("    return x1\n");
        let co = compile(&src).unwrap();
        assert!(!co.consts.is_empty());
        // Many constants/names force EXTENDED_ARG.
        let mut src = String::from("x = [");
        for i in 0..70000 {
            src.push_str(&format!("a{}, ", i));
        }
        src.push_str("]\n");
        let _ = compile(&src).unwrap();
    });
}

#[test]
fn long_jumps_need_extended_args() {
    run_small_stack(|| {
        let mut src = String::from("while x:\n    if y:\n");
        for i in 0..5000 {
            src.push_str(&format!("        z = f({})\n", i));
        }
        src.push_str("    else:\n        break\n");
        compile(&src).unwrap();
    });
}

/// Prefixes of the project's test programs (cut at every line) must compile
/// or fail with a SyntaxError, never panic.
#[test]
fn truncated_programs_never_panic() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let mut files = Vec::new();
    let mut stack = vec![root];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut n = 0;
    for f in files.iter().step_by(3) {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        let lines: Vec<&str> = src.lines().collect();
        for cut in (1..lines.len()).step_by(2) {
            let prefix = lines[..cut].join("\n") + "\n";
            let r = std::panic::catch_unwind(|| {
                taipan_compiler::compile(&prefix, "f.py", taipan_compiler::Mode::Exec)
            });
            assert!(r.is_ok(), "panic compiling {} cut at {}", f.display(), cut);
            if let Ok(Ok(co)) = r {
                if let Err(e) = common::verify(&co) {
                    panic!("{} cut at {}: {}", f.display(), cut, e);
                }
            }
            n += 1;
        }
    }
    eprintln!("{} prefixes compiled", n);
}
