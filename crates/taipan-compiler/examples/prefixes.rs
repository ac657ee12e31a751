//! Robustness check: compile every line-prefix of each file given on the
//! command line; report panics and structurally invalid output.
fn main() {
    let mut bad = 0;
    let mut n = 0;
    for path in std::env::args().skip(1) {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        let lines: Vec<&str> = src.lines().collect();
        let step = (lines.len() / 40).max(1);
        for cut in (1..=lines.len()).step_by(step) {
            let prefix = lines[..cut].join("\n") + "\n";
            n += 1;
            let r = std::panic::catch_unwind(|| {
                taipan_compiler::compile(&prefix, "f.py", taipan_compiler::Mode::Exec)
            });
            if r.is_err() {
                bad += 1;
                println!("PANIC {} at line {}", path, cut);
            }
        }
    }
    println!("{} prefixes, {} panics", n, bad);
}
