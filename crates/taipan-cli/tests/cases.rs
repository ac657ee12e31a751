//! Differential conformance suite: runs every case under `tests/cases` with
//! the `taipan` binary and compares stdout, stderr and the exit code
//! byte-for-byte with the expected files generated from CPython 3.11 by
//! `tests/regen.py`.
//!
//! Conventions (kept in sync with `tests/regen.py`):
//! * a case is `tests/cases/<area>/<name>.py` (exactly two levels down, name
//!   not starting with `_`); deeper files and `_*.py` files are support files;
//! * directives are the comment lines at the very top of the case:
//!   `# cli: <options>` (put before the script, shlex-split) and
//!   `# argv: <args>` (replaces the default `<name>.py`, shlex-split,
//!   `{name}` expands to the case name);
//! * `<name>.stdin` is fed as standard input when present, else /dev/null;
//! * cwd = the case folder; env = inherited minus `PYTHONPATH`, plus
//!   `PYTHONHASHSEED=0`, `PYTHONDONTWRITEBYTECODE=1`,
//!   `PYTHONIOENCODING=utf-8`, `LC_ALL=C.UTF-8`;
//! * normalisation: `<absolute case folder>/` -> `{DIR}/`, the interpreter
//!   path -> `{PYTHON}`.
//!
//! Cases listed in `tests/known_failures.txt` are marked ignored; run them
//! anyway with `--include-ignored`.  `TAIPAN_CASES_INTERPRETER=/path/to/python3.11`
//! runs the suite against another interpreter (a self-check of the harness).  Expected files are never written by this
//! harness: they only ever come from CPython through `tests/regen.py`.

use std::collections::HashSet;
use std::fs;
use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

const TIMEOUT: Duration = Duration::from_secs(10);
const MAX_DIFF_LINES: usize = 40;

fn tests_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    fs::canonicalize(&dir).unwrap_or(dir)
}

/// The interpreter under test: the `taipan` binary built by cargo, or the
/// program named by `TAIPAN_CASES_INTERPRETER` (used to check the harness
/// itself against CPython: every case must then pass).
fn taipan_exe() -> PathBuf {
    match std::env::var_os("TAIPAN_CASES_INTERPRETER") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_taipan")),
    }
}

struct Case {
    /// `<area>/<name>`
    id: String,
    dir: PathBuf,
    name: String,
}

fn discover(cases_dir: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    let Ok(areas) = fs::read_dir(cases_dir) else {
        return cases;
    };
    let mut areas: Vec<PathBuf> = areas.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    areas.sort();
    for area in areas {
        let Some(area_name) = area.file_name().and_then(|s| s.to_str()).map(str::to_owned) else {
            continue;
        };
        if !area.is_dir() || area_name.starts_with('.') || area_name == "__pycache__" {
            continue;
        }
        let Ok(entries) = fs::read_dir(&area) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        files.sort();
        for file in files {
            let Some(fname) = file.file_name().and_then(|s| s.to_str()) else {
                continue;
            };
            if !file.is_file() || fname.starts_with('_') {
                continue;
            }
            let Some(name) = fname.strip_suffix(".py") else {
                continue;
            };
            cases.push(Case {
                id: format!("{area_name}/{name}"),
                dir: area.clone(),
                name: name.to_owned(),
            });
        }
    }
    cases
}

fn read_known_failures(path: &Path) -> HashSet<String> {
    let Ok(text) = fs::read_to_string(path) else {
        return HashSet::new();
    };
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A small POSIX-shell-like splitter, compatible with Python's `shlex.split`
/// for the directive syntax used by the cases (whitespace, '...', "...",
/// and backslash escapes).
fn shlex_split(s: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(ch) => cur.push(ch),
                        None => return Err(format!("no closing quotation in {s:?}")),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(ch @ ('\\' | '"')) => cur.push(ch),
                            Some(ch) => {
                                cur.push('\\');
                                cur.push(ch);
                            }
                            None => return Err(format!("no escaped character in {s:?}")),
                        },
                        Some(ch) => cur.push(ch),
                        None => return Err(format!("no closing quotation in {s:?}")),
                    }
                }
            }
            '\\' => {
                in_word = true;
                match chars.next() {
                    Some(ch) => cur.push(ch),
                    None => return Err(format!("no escaped character in {s:?}")),
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    Ok(out)
}

/// `(cli options, argv)` from the leading comment lines of the case.
fn parse_directives(source: &str, name: &str) -> Result<(Vec<String>, Vec<String>), String> {
    let mut cli = Vec::new();
    let mut argv = vec![format!("{name}.py")];
    for line in source.lines() {
        let Some(body) = line.strip_prefix('#') else {
            break;
        };
        let body = body.trim();
        if let Some(rest) = body.strip_prefix("cli:") {
            cli = shlex_split(rest)?;
        } else if let Some(rest) = body.strip_prefix("argv:") {
            argv = shlex_split(rest)?
                .into_iter()
                .map(|a| a.replace("{name}", name))
                .collect();
        }
    }
    Ok((cli, argv))
}

struct Output {
    status: ExitStatus,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

fn kill_group(pid: u32) {
    // The child was started as the leader of its own process group.
    let _ = Command::new("kill")
        .arg("-KILL")
        .arg("--")
        .arg(format!("-{pid}"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

fn run_with_timeout(mut cmd: Command, stdin: Option<Vec<u8>>) -> Result<Output, String> {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .process_group(0);
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    let pid = child.id();
    let writer = match (stdin, child.stdin.take()) {
        (Some(data), Some(mut pipe)) => Some(thread::spawn(move || {
            // A broken pipe (the program did not read its input) is fine.
            let _ = pipe.write_all(&data);
        })),
        _ => None,
    };
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {
                if start.elapsed() > TIMEOUT {
                    kill_group(pid);
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(format!(
                        "timed out after {} s (process group killed)",
                        TIMEOUT.as_secs()
                    ));
                }
                thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(format!("waiting for the interpreter failed: {e}")),
        }
    };
    // Make sure no stray grandchild keeps the pipes open forever.
    kill_group(pid);
    if let Some(w) = writer {
        let _ = w.join();
    }
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Output {
        status,
        stdout,
        stderr,
    })
}

fn replace_bytes(hay: &[u8], needle: &[u8], repl: &[u8]) -> Vec<u8> {
    if needle.is_empty() || hay.len() < needle.len() {
        return hay.to_vec();
    }
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        if hay[i..].starts_with(needle) {
            out.extend_from_slice(repl);
            i += needle.len();
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    out
}

fn path_bytes(p: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    p.as_os_str().as_bytes().to_vec()
}

/// Needles for `{DIR}/` and `{PYTHON}`, longest first within each group.
fn normalisers(case_dir: &Path, exe: &Path) -> Vec<(Vec<u8>, &'static [u8])> {
    let mut dirs: Vec<Vec<u8>> = Vec::new();
    let abs_dir = if case_dir.is_absolute() {
        case_dir.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(case_dir)
    };
    for d in [Some(abs_dir.clone()), fs::canonicalize(&abs_dir).ok()]
        .into_iter()
        .flatten()
    {
        let mut b = path_bytes(&d);
        b.push(b'/');
        if !dirs.contains(&b) {
            dirs.push(b);
        }
    }
    let mut exes: Vec<Vec<u8>> = Vec::new();
    for e in [Some(exe.to_path_buf()), fs::canonicalize(exe).ok()]
        .into_iter()
        .flatten()
    {
        let b = path_bytes(&e);
        if !exes.contains(&b) {
            exes.push(b);
        }
    }
    dirs.sort_by_key(|b| std::cmp::Reverse(b.len()));
    exes.sort_by_key(|b| std::cmp::Reverse(b.len()));
    let mut all: Vec<(Vec<u8>, &'static [u8])> = Vec::new();
    all.extend(dirs.into_iter().map(|d| (d, b"{DIR}/".as_slice())));
    all.extend(exes.into_iter().map(|e| (e, b"{PYTHON}".as_slice())));
    all
}

fn normalise(data: &[u8], pairs: &[(Vec<u8>, &'static [u8])]) -> Vec<u8> {
    let mut out = data.to_vec();
    for (needle, repl) in pairs {
        out = replace_bytes(&out, needle, repl);
    }
    out
}

/// Split into lines, keeping the line terminators so that a missing final
/// newline shows up in the diff.
fn split_lines(data: &[u8]) -> Vec<&[u8]> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, &b) in data.iter().enumerate() {
        if b == b'\n' {
            lines.push(&data[start..=i]);
            start = i + 1;
        }
    }
    if start < data.len() {
        lines.push(&data[start..]);
    }
    lines
}

fn show_line(prefix: char, line: &[u8]) -> String {
    let (body, nl) = match line.strip_suffix(b"\n") {
        Some(b) => (b, true),
        None => (line, false),
    };
    let text = match std::str::from_utf8(body) {
        Ok(s) => s.to_owned(),
        Err(_) => format!(
            "{} (non-UTF-8 bytes: {:?})",
            String::from_utf8_lossy(body),
            body
        ),
    };
    if nl {
        format!("{prefix}{text}\n")
    } else {
        format!("{prefix}{text}\n\\ No newline at end of stream\n")
    }
}

/// A line diff (LCS based) of `expected` vs `actual`, showing at most
/// `MAX_DIFF_LINES` differing lines, with a little context.
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let a = split_lines(expected);
    let b = split_lines(actual);
    // Trim the common prefix and suffix so the quadratic part stays small.
    let mut pre = 0;
    while pre < a.len() && pre < b.len() && a[pre] == b[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < a.len() - pre && suf < b.len() - pre && a[a.len() - 1 - suf] == b[b.len() - 1 - suf]
    {
        suf += 1;
    }
    let am = &a[pre..a.len() - suf];
    let bm = &b[pre..b.len() - suf];
    // ops: 0 = same, 1 = removed (expected only), 2 = added (actual only)
    let mut ops: Vec<(u8, &[u8])> = Vec::new();
    for l in &a[..pre] {
        ops.push((0, l));
    }
    if am.len().saturating_mul(bm.len()) <= 4_000_000 {
        let (n, m) = (am.len(), bm.len());
        let mut lcs = vec![0u32; (n + 1) * (m + 1)];
        let idx = |i: usize, j: usize| i * (m + 1) + j;
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[idx(i, j)] = if am[i] == bm[j] {
                    lcs[idx(i + 1, j + 1)] + 1
                } else {
                    lcs[idx(i + 1, j)].max(lcs[idx(i, j + 1)])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && am[i] == bm[j] {
                ops.push((0, am[i]));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[idx(i + 1, j)] >= lcs[idx(i, j + 1)]) {
                ops.push((1, am[i]));
                i += 1;
            } else {
                ops.push((2, bm[j]));
                j += 1;
            }
        }
    } else {
        ops.extend(am.iter().map(|l| (1, *l)));
        ops.extend(bm.iter().map(|l| (2, *l)));
    }
    for l in &a[a.len() - suf..] {
        ops.push((0, l));
    }

    const CONTEXT: usize = 2;
    let mut show = vec![false; ops.len()];
    for (k, (op, _)) in ops.iter().enumerate() {
        if *op != 0 {
            let lo = k.saturating_sub(CONTEXT);
            let hi = (k + CONTEXT + 1).min(ops.len());
            show[lo..hi].iter_mut().for_each(|s| *s = true);
        }
    }
    let mut out = String::from("--- expected\n+++ actual\n");
    let mut shown_diffs = 0;
    let mut last_shown: Option<usize> = None;
    let (mut line_a, mut line_b) = (1usize, 1usize);
    for (k, (op, line)) in ops.iter().enumerate() {
        if show[k] {
            if last_shown.is_none_or(|l| l + 1 != k) {
                out.push_str(&format!(
                    "@@ expected line {line_a}, actual line {line_b} @@\n"
                ));
            }
            last_shown = Some(k);
            match op {
                0 => out.push_str(&show_line(' ', line)),
                1 => out.push_str(&show_line('-', line)),
                _ => out.push_str(&show_line('+', line)),
            }
            if *op != 0 {
                shown_diffs += 1;
                if shown_diffs >= MAX_DIFF_LINES {
                    let remaining = ops[k + 1..].iter().filter(|(o, _)| *o != 0).count();
                    if remaining > 0 {
                        out.push_str(&format!("... ({remaining} more differing lines)\n"));
                    }
                    break;
                }
            }
        }
        match op {
            0 => {
                line_a += 1;
                line_b += 1;
            }
            1 => line_a += 1,
            _ => line_b += 1,
        }
    }
    out
}

fn exit_code_text(status: &ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(c), _) => c.to_string(),
        (None, Some(s)) => format!("-{s}"), // as Python's subprocess reports it
        (None, None) => "?".to_owned(),
    }
}

fn run_case(dir: &Path, name: &str) -> Result<(), Failed> {
    let case_path = dir.join(format!("{name}.py"));
    let source =
        fs::read(&case_path).map_err(|e| format!("cannot read {}: {e}", case_path.display()))?;
    let source = String::from_utf8_lossy(&source);
    let (cli, argv) = parse_directives(&source, name)?;

    let read_expected = |ext: &str| -> Result<Vec<u8>, String> {
        let p = dir.join(format!("{name}.{ext}"));
        fs::read(&p).map_err(|e| {
            format!(
                "missing expected file {} ({e}); generate it with \
                 `python3 tests/regen.py tests/cases/{}/{name}.py`",
                p.display(),
                dir.file_name()
                    .map(|a| a.to_string_lossy().into_owned())
                    .unwrap_or_default()
            )
        })
    };
    let exp_stdout = read_expected("stdout")?;
    let exp_stderr = read_expected("stderr")?;
    let exp_code_raw = read_expected("exitcode")?;
    let exp_code = String::from_utf8_lossy(&exp_code_raw).trim().to_owned();

    let stdin_path = dir.join(format!("{name}.stdin"));
    let stdin = if stdin_path.exists() {
        Some(
            fs::read(&stdin_path)
                .map_err(|e| format!("cannot read {}: {e}", stdin_path.display()))?,
        )
    } else {
        None
    };

    let exe = taipan_exe();
    let mut cmd = Command::new(&exe);
    cmd.args(&cli)
        .args(&argv)
        .current_dir(dir)
        .env_remove("PYTHONPATH")
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .env("LC_ALL", "C.UTF-8");
    let out = run_with_timeout(cmd, stdin)?;

    let pairs = normalisers(dir, &exe);
    let act_stdout = normalise(&out.stdout, &pairs);
    let act_stderr = normalise(&out.stderr, &pairs);
    let act_code = exit_code_text(&out.status);

    if act_stdout == exp_stdout && act_stderr == exp_stderr && act_code == exp_code {
        return Ok(());
    }
    let mut msg = format!(
        "command: taipan {}\n",
        cli.iter()
            .chain(argv.iter())
            .map(|a| format!("{a:?}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    msg.push_str(&format!(
        "exit code: expected {exp_code}, actual {act_code}{}\n",
        if exp_code == act_code {
            ""
        } else {
            "  <-- differs"
        }
    ));
    if act_stdout != exp_stdout {
        msg.push_str("\n=== stdout differs ===\n");
        msg.push_str(&diff(&exp_stdout, &act_stdout));
    }
    if act_stderr != exp_stderr {
        msg.push_str("\n=== stderr differs ===\n");
        msg.push_str(&diff(&exp_stderr, &act_stderr));
    }
    Err(msg.into())
}

fn main() {
    let args = Arguments::from_args();
    let tests = tests_dir();
    let cases_dir = tests.join("cases");
    let known = read_known_failures(&tests.join("known_failures.txt"));
    let cases = discover(&cases_dir);
    let mut trials: Vec<Trial> = Vec::with_capacity(cases.len() + 1);
    if cases.is_empty() {
        let shown = cases_dir.display().to_string();
        trials.push(Trial::test("discover_cases", move || {
            Err(format!("no cases found under {shown}").into())
        }));
    }
    let all_ids: HashSet<String> = cases.iter().map(|c| c.id.clone()).collect();
    let stale: Vec<String> = known
        .iter()
        .filter(|k| !all_ids.contains(*k))
        .cloned()
        .collect();
    if !stale.is_empty() {
        let mut stale = stale;
        stale.sort();
        trials.push(Trial::test("known_failures_names_exist", move || {
            Err(format!(
                "tests/known_failures.txt lists cases that do not exist: {}",
                stale.join(", ")
            )
            .into())
        }));
    }
    for case in cases {
        let ignored = known.contains(&case.id);
        let Case { id, dir, name } = case;
        trials.push(Trial::test(id, move || run_case(&dir, &name)).with_ignored_flag(ignored));
    }
    libtest_mimic::run(&args, trials).exit();
}
