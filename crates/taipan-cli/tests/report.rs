//! Seeing what specialized: `taipan --dis=adaptive FILE` and
//! `taipan -X specialization-report=PATH FILE` (see `taipan_vm::interp::report`).
//!
//! Each test writes its programs to a fresh directory under the system temp dir and
//! runs the `taipan` binary built by cargo there.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh, empty directory for one test, removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("taipan-report-{}-{}", std::process::id(), name));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(args)
        .current_dir(dir)
        .env_remove("PYTHONPATH")
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The listing of the code object `name` in a `--dis` output.
fn section<'a>(dis: &'a str, name: &str) -> &'a str {
    let head = format!("Disassembly of <code object {} at", name);
    let start = dis
        .find(&head)
        .unwrap_or_else(|| panic!("no {} in\n{}", name, dis));
    let rest = &dis[start..];
    let end = rest[1..]
        .find("Disassembly of")
        .map_or(rest.len(), |n| n + 1);
    &rest[..end]
}

const ATTR_LOOP: &str = "\
class P:
    def __init__(self, x):
        self.x = x

def total(ps):
    s = 0
    for p in ps:
        s += p.x
    return s

def add(a, b):
    return a + b

def mix(n):
    pairs = [([1], [2]), ((1,), (2,)), (b'a', b'b')]
    out = None
    for i in range(n):
        a, b = pairs[i % 3]
        out = add(a, b)
    return out

print(total([P(i) for i in range(100)]))
print(mix(90))
";

#[test]
fn dis_adaptive_shows_specialized_forms_after_the_programs_output() {
    let dir = scratch("dis-attr");
    fs::write(dir.join("prog.py"), ATTR_LOOP).unwrap();
    let out = run(&dir, &["--dis=adaptive", "prog.py"]);
    let stdout = text(&out.stdout);
    assert_eq!(text(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout.starts_with("4950\nb'ab'\nDisassembly of <code object <module>"),
        "{}",
        stdout
    );
    // The warmed-up `p.x` in the loop: an instance attribute in a shape slot.
    let total = section(&stdout, "total");
    let line = total
        .lines()
        .find(|l| l.contains("(x)"))
        .unwrap_or_else(|| panic!("{}", total));
    assert!(line.contains("LOAD_ATTR_INSTANCE_VALUE"), "{}", total);
    assert!(total.contains("FOR_ITER_LIST"), "{}", total);
    // Every code object of the file is listed, nested ones included.
    assert!(stdout.contains("Disassembly of <code object __init__ at P.__init__"));
    assert!(stdout.contains("Disassembly of <code object <listcomp>"));
}

#[test]
fn dis_adaptive_leaves_a_polymorphic_site_in_base_form() {
    let dir = scratch("dis-poly");
    fs::write(dir.join("prog.py"), ATTR_LOOP).unwrap();
    let out = run(&dir, &["--dis=adaptive", "prog.py"]);
    let stdout = text(&out.stdout);
    // `a + b` saw lists, tuples and bytes: no specialized form fits any of them.
    let add = section(&stdout, "add");
    let line = add
        .lines()
        .find(|l| l.contains("(+)"))
        .unwrap_or_else(|| panic!("{}", add));
    assert!(line.contains(" BINARY_OP "), "{}", add);
    assert!(!add.contains("BINARY_OP_"), "{}", add);
}

#[test]
fn dis_adaptive_keeps_argv_and_exit_code() {
    let dir = scratch("dis-exit");
    fs::write(
        dir.join("prog.py"),
        "import sys\nprint(sys.argv[1:])\nsys.exit(3)\n",
    )
    .unwrap();
    let out = run(&dir, &["--dis=adaptive", "prog.py", "a", "b"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stdout.starts_with("['a', 'b']\nDisassembly of"),
        "{}",
        stdout
    );
    // The static listing is unchanged: no run, base forms only.
    let out = run(&dir, &["--dis", "prog.py"]);
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("Disassembly of"), "{}", stdout);
    assert!(stdout.contains("LOAD_ATTR"));
    assert!(!stdout.contains("LOAD_ATTR_"));
}

const REPORT_PROG: &str = "\
import helper

class P:
    def __init__(self, x):
        self.x = x
        self.y = 2

def total(ps):
    s = 0
    for p in ps:
        if p.x < 0:
            continue
        s += len(\"é€ü\") + p.y  # ünïcode <b>
    return s

def add(a, b):
    return a + b

for pair in [([1], [2]), ((1,), (2,)), (b'a', b'b')] * 30:
    add(*pair)
print(total([P(i) for i in range(100)]), helper.twice(21))
";

const HELPER: &str = "\
def twice(n):
    return n * 2
";

fn report(name: &str) -> (Scratch, Output, String) {
    let dir = scratch(name);
    fs::write(dir.join("prog.py"), REPORT_PROG).unwrap();
    fs::write(dir.join("helper.py"), HELPER).unwrap();
    let out = run(&dir, &["-X", "specialization-report=out.html", "prog.py"]);
    let html = fs::read_to_string(dir.join("out.html")).unwrap();
    (dir, out, html)
}

#[test]
fn report_colours_ranges_by_state() {
    let (_dir, out, html) = report("html-states");
    assert_eq!(text(&out.stdout), "500 42\n");
    assert_eq!(text(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<style>"), "inline CSS");
    assert!(!html.contains("<script"));
    // Warmed-up attribute loads: the innermost range of `.x` is the LOAD_ATTR's.
    assert!(
        html.contains("<span class=\"spec\" title=\"LOAD_ATTR_INSTANCE_VALUE\">.x</span>"),
        "{}",
        html
    );
    // An operator whose every specialization attempt failed.
    assert!(
        html.contains("<span class=\"fail\" title=\"BINARY_OP (not specialized)\"> + </span>"),
        "{}",
        html
    );
    // Non-specializable instructions carry their names but no colour.
    assert!(html.contains("<span title=\"LOAD_FAST\">p</span>"));
    // The legend and the per-file summary.
    assert!(html.contains("class=\"legend\""));
    assert!(html.contains("<th>specialized</th><th>not specialized</th>"));
}

#[test]
fn report_escapes_source_and_handles_non_ascii_columns() {
    let (_dir, _out, html) = report("html-escape");
    // `p.x < 0`: the comparison's innermost range is ` < `, escaped.
    assert!(
        html.contains(
            "<span class=\"spec\" title=\"COMPARE_OP_INT&#10;POP_JUMP_IF_FALSE\"> &lt; </span>"
        ),
        "{}",
        html
    );
    assert!(!html.contains("p.x < 0"));
    assert!(!html.contains("<b>"), "comment text is escaped");
    assert!(html.contains("# ünïcode &lt;b&gt;"));
    // On a line with multi-byte characters before it, `.y` is still exactly the
    // attribute load (columns are UTF-8 byte offsets).
    assert!(
        html.contains("<span class=\"spec\" title=\"LOAD_ATTR_INSTANCE_VALUE\">.y</span>"),
        "{}",
        html
    );
    assert!(html.contains("&quot;é€ü&quot;</span>"), "{}", html);
}

#[test]
fn report_lists_the_main_script_first_then_imported_files() {
    let (dir, _out, html) = report("html-files");
    let main = fs::canonicalize(dir.join("prog.py")).unwrap();
    let helper = fs::canonicalize(dir.join("helper.py")).unwrap();
    let main_h = format!("<h2 id=\"f0\">{}</h2>", main.display());
    let helper_h = format!("<h2 id=\"f1\">{}</h2>", helper.display());
    assert!(html.contains(&main_h), "{}", html);
    assert!(html.contains(&helper_h), "{}", html);
    // Frozen (embedded) stdlib modules are left out.
    assert!(!html.contains("&lt;frozen"));
}

#[test]
fn no_output_without_the_options() {
    let dir = scratch("plain");
    fs::write(dir.join("prog.py"), REPORT_PROG).unwrap();
    fs::write(dir.join("helper.py"), HELPER).unwrap();
    let out = run(&dir, &["prog.py"]);
    assert_eq!(text(&out.stdout), "500 42\n");
    assert_eq!(text(&out.stderr), "");
    let mut files: Vec<String> = fs::read_dir(&*dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files, ["helper.py", "prog.py"]);
}

#[test]
fn unwritable_report_path_warns_and_keeps_the_exit_code() {
    let dir = scratch("badpath");
    fs::write(dir.join("prog.py"), "print('hi')\nraise SystemExit(4)\n").unwrap();
    let out = run(
        &dir,
        &["-X", "specialization-report=no/such/dir/r.html", "prog.py"],
    );
    assert_eq!(text(&out.stdout), "hi\n");
    assert_eq!(out.status.code(), Some(4));
    let err = text(&out.stderr);
    assert!(
        err.contains("can't write specialization report 'no/such/dir/r.html': [Errno 2]"),
        "{}",
        err
    );
    let out = run(&dir, &["-X", "specialization-report", "prog.py"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(text(&out.stderr).contains("needs a file name"));
}
