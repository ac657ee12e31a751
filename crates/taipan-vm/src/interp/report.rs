//! Seeing what specialized: the code registry, `-X specialization-report=PATH` and
//! `taipan --dis=adaptive`.
//!
//! **Registry.** When either option is on, `Vm::compile_source` keeps every
//! compilation unit it produces (`Vm::code_registry`): the runtime module-level code
//! object (nested code objects hang off its constants), the compiler's `CodeObject`
//! and the source text. With both options off the registry is `None` and nothing is
//! kept. Code objects stay alive until exit, so instructions of functions that have
//! been freed still count.
//!
//! **State of an instruction**, read from its opcode byte and adaptive counter
//! (`taipan_bytecode::cache::counter`):
//! - *specialized*: the byte is a specialized form (`Opcode::is_specialized`);
//! - *not specialized*: a specializable base form whose counter is in back-off, i.e.
//!   a specialization attempt failed or a specialized form was de-optimised;
//! - *not warmed up*: a specializable base form that ran at most once (a fresh code
//!   object's counter asks for the first attempt on the second execution);
//! - *plain*: an instruction with no specialized forms.
//!
//! **HTML report.** One self-contained page (inline CSS, no script): a summary table
//! of the counts per file, a legend, then each file's source (the `__main__` script
//! first; frozen modules embedded in the binary are left out). Every character is
//! coloured by the innermost (smallest) instruction range covering it: instruction
//! locations are UTF-8 byte columns, as CPython's, converted to byte offsets in the
//! file, grouped by range, and painted largest first so smaller ranges win. A range
//! shared by several instructions is green if some are specialized and none failed,
//! red if some failed and none specialized, orange if both; hovering shows the
//! instruction names (`title` attribute).
//!
//! **`--dis=adaptive`.** The compiler's code object tree of the main script with each
//! code object's units replaced by the live ones (matched structurally: a nested code
//! object is the constant at the same index), printed by the `--dis` listing code.

use std::cell::Cell;
use std::collections::HashMap;
use std::fmt::Write;
use std::rc::Rc;
use std::sync::OnceLock;

use taipan_bytecode::cache::counter;
use taipan_bytecode::dis;
use taipan_bytecode::{CodeObject, Constant, Location, Opcode};

use crate::types::code::CodeData;
use crate::types::str::StrData;
use crate::value::Value;
use crate::vm::Vm;

/// Compilation units kept at most (`exec` in a long loop must not grow memory
/// without bound); later ones are not reported.
const MAX_UNITS: usize = 10_000;

/// One compiled source text: what `compile_source` produced from it.
pub struct CompiledUnit {
    /// The runtime module-level (or `eval`/`exec`) code object.
    pub code: Value,
    /// The compiler's code object tree it was loaded from.
    pub compiled: CodeObject,
    pub source: Rc<str>,
}

/// How far an instruction got (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Plain,
    Specialized,
    Failed,
    Cold,
}

/// One instruction of a run, for the report.
#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub op: Opcode,
    pub state: State,
    pub loc: Location,
}

/// A file of the report: its source and the instructions of every code object
/// compiled from it.
pub struct FileReport {
    pub filename: String,
    pub source: Rc<str>,
    pub instrs: Vec<Instr>,
}

/// Whether `op`'s family has specialized forms.
pub fn specializable(op: Opcode) -> bool {
    static TABLE: OnceLock<[bool; 256]> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [false; 256];
        for o in Opcode::ALL.iter().filter(|o| o.is_specialized()) {
            t[o.deopt() as usize] = true;
        }
        t
    });
    table[op.deopt() as usize]
}

/// The state of instruction `op` whose first cache unit (the adaptive counter) holds
/// `counter_unit`.
pub fn state_of(op: Opcode, counter_unit: Option<u16>) -> State {
    if op.deopt().cache_entries() == 0 {
        // Plain instructions, and superinstructions (fused plain ones).
        State::Plain
    } else if op.is_specialized() {
        State::Specialized
    } else if !specializable(op) {
        State::Plain
    } else if counter_unit.is_some_and(counter::backed_off) {
        State::Failed
    } else {
        State::Cold
    }
}

/// The instructions (with a location) of `code` and of the code objects nested in it.
fn collect(code: &CodeData, out: &mut Vec<Instr>) {
    let units = &code.code;
    let mut i = 0;
    while i < units.len() {
        let Some(op) = Opcode::from_u8((units[i].get() & 0xFF) as u8) else {
            i += 1;
            continue;
        };
        let loc = code.location(i);
        let skip = matches!(
            op,
            Opcode::CACHE | Opcode::EXTENDED_ARG | Opcode::NOP | Opcode::RESUME
        );
        if !skip && loc.line != 0 {
            let state = state_of(op, units.get(i + 1).map(Cell::get));
            out.push(Instr { op, state, loc });
        }
        i += 1 + op.cache_entries();
    }
    for c in code.consts.iter() {
        if let Some(inner) = c.downcast_ref::<CodeData>() {
            collect(inner, out);
        }
    }
}

/// `compiled` with its code units (and its nested code objects') replaced by the
/// live units of `live`, where the shapes agree.
fn with_live_units(compiled: &CodeObject, live: &CodeData) -> CodeObject {
    let mut out = compiled.clone();
    if live.code.len() == out.code.len() {
        out.code = live.code.iter().map(Cell::get).collect();
    }
    for (i, c) in out.consts.iter_mut().enumerate() {
        if let Constant::Code(inner) = c {
            if let Some(l) = live
                .consts
                .get(i)
                .and_then(|v| v.downcast_ref::<CodeData>())
            {
                *c = Constant::Code(Rc::new(with_live_units(inner, l)));
            }
        }
    }
    out
}

/// CPython's wording of an OS error: `[Errno 2] No such file or directory`.
fn os_error_text(e: &std::io::Error) -> String {
    let text = e.to_string();
    match e.raw_os_error() {
        Some(n) => {
            let suffix = format!(" (os error {})", n);
            format!(
                "[Errno {}] {}",
                n,
                text.strip_suffix(&suffix).unwrap_or(&text)
            )
        }
        None => text,
    }
}

impl Vm {
    /// Keep a freshly compiled unit (when the registry is on).
    pub(crate) fn register_code(&mut self, code: &Value, compiled: CodeObject, source: &str) {
        if let Some(reg) = self.code_registry.as_mut() {
            if reg.len() < MAX_UNITS {
                reg.push(CompiledUnit {
                    code: code.clone(),
                    compiled,
                    source: Rc::from(source),
                });
            }
        }
    }

    /// `--dis=adaptive`: the disassembly of every code object compiled from
    /// `filename` (its first compilation), with the instructions as they are now.
    /// None if the registry is off or nothing was compiled from `filename`.
    pub fn adaptive_disassembly(&self, filename: &str) -> Option<String> {
        let unit = self
            .code_registry
            .as_ref()?
            .iter()
            .find(|u| u.compiled.filename == filename)?;
        let live = unit.code.downcast_ref::<CodeData>()?;
        Some(dis::disassemble(&with_live_units(&unit.compiled, live)))
    }

    /// The files of the report: one per distinct (file name, source) compiled, the
    /// main script first, frozen modules left out.
    pub fn report_files(&self, main: &str) -> Vec<FileReport> {
        let mut files: Vec<FileReport> = Vec::new();
        let mut index: HashMap<(String, Rc<str>), usize> = HashMap::new();
        for unit in self.code_registry.iter().flatten() {
            let Some(code) = unit.code.downcast_ref::<CodeData>() else {
                continue;
            };
            let filename = code
                .filename
                .downcast_ref::<StrData>()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            if filename.starts_with("<frozen ") {
                continue;
            }
            let key = (filename.clone(), unit.source.clone());
            let i = *index.entry(key).or_insert_with(|| {
                files.push(FileReport {
                    filename,
                    source: unit.source.clone(),
                    instrs: Vec::new(),
                });
                files.len() - 1
            });
            collect(code, &mut files[i].instrs);
        }
        // Stable: the main script first, the rest in the order they were compiled.
        files.sort_by_key(|f| f.filename != main);
        files
    }

    /// At exit: write the `-X specialization-report` page, or warn (the exit code is
    /// not affected).
    pub(crate) fn write_specialization_report(&mut self, main: &str) {
        let Some(path) = self.specialization_report.take() else {
            return;
        };
        let exe = if self.config.executable.is_empty() {
            "taipan".to_string()
        } else {
            self.config.executable.clone()
        };
        if path.is_empty() {
            self.write_stderr(&format!(
                "{}: -X specialization-report needs a file name: -X specialization-report=PATH\n",
                exe
            ));
            return;
        }
        let files = self.report_files(main);
        let html = render_html(main, &files);
        if let Err(e) = std::fs::write(&path, html) {
            self.write_stderr(&format!(
                "{}: can't write specialization report '{}': {}\n",
                exe,
                path,
                os_error_text(&e)
            ));
        }
    }
}

/// `s` escaped for HTML text and attribute values.
fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("&#10;"),
            c => out.push(c),
        }
    }
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

#[derive(Default, Clone, Copy)]
struct Counts {
    specialized: usize,
    failed: usize,
    cold: usize,
}

impl Counts {
    fn of(instrs: &[Instr]) -> Counts {
        let mut c = Counts::default();
        for i in instrs {
            match i.state {
                State::Specialized => c.specialized += 1,
                State::Failed => c.failed += 1,
                State::Cold => c.cold += 1,
                State::Plain => {}
            }
        }
        c
    }
}

const CSS: &str = "\
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:2em}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}
td:first-child,th:first-child{text-align:left}
pre{font:13px/1.45 ui-monospace,monospace;border:1px solid #ddd;padding:.5em;overflow-x:auto}
.ln{display:inline-block;width:3.5em;padding-right:1em;text-align:right;color:#999;user-select:none}
.spec{background:#b9f0b9}.fail{background:#f7b0b0}.mixed{background:#ffd699}
.cold{background:#ececec}
.legend span{padding:0 .5em;margin-right:.5em}
";

/// The report page for `files` (`main`: the script's name, for the heading).
pub fn render_html(main: &str, files: &[FileReport]) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(
        out,
        "<title>Specialization report: {}</title>",
        escape(main)
    );
    let _ = writeln!(out, "<style>\n{}</style>\n</head>\n<body>", CSS);
    let _ = writeln!(out, "<h1>Specialization report: {}</h1>", escape(main));
    out.push_str(
        "<p class=\"legend\"><span class=\"spec\">specialized</span>\
         <span class=\"mixed\">partly specialized</span>\
         <span class=\"fail\">not specialized (attempt failed or de-optimised)</span>\
         <span class=\"cold\">not warmed up (ran at most once)</span>\
         no colour: no specialized forms. Hover for the instructions; each character \
         shows the smallest instruction range covering it.</p>\n",
    );
    out.push_str(
        "<table>\n<tr><th>file</th><th>specialized</th><th>not specialized</th>\
         <th>not warmed up</th><th>specialized of warmed up</th></tr>\n",
    );
    for (n, f) in files.iter().enumerate() {
        let c = Counts::of(&f.instrs);
        let warm = c.specialized + c.failed;
        let pct = if warm == 0 {
            "-".to_string()
        } else {
            format!("{:.1}%", 100.0 * c.specialized as f64 / warm as f64)
        };
        let _ = writeln!(
            out,
            "<tr><td><a href=\"#f{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            n,
            escape(&f.filename),
            c.specialized,
            c.failed,
            c.cold,
            pct
        );
    }
    out.push_str("</table>\n");
    for (n, f) in files.iter().enumerate() {
        let _ = writeln!(out, "<h2 id=\"f{}\">{}</h2>", n, escape(&f.filename));
        out.push_str("<pre>");
        render_source(&mut out, &f.source, &f.instrs);
        out.push_str("</pre>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// A source range shared by one or more instructions.
struct Group {
    start: usize,
    end: usize,
    members: Vec<usize>,
}

const NONE: u32 = u32::MAX;

/// The byte offset of (1-based `line`, UTF-8 byte `col`) in `source`, clamped to the
/// line's end; None past the last line.
fn offset(source: &str, line_starts: &[usize], line: u32, col: u32) -> Option<usize> {
    let k = (line as usize).checked_sub(1)?;
    let start = *line_starts.get(k)?;
    let end = line_starts
        .get(k + 1)
        .map(|n| n - 1)
        .unwrap_or(source.len());
    Some((start + col as usize).min(end))
}

fn render_source(out: &mut String, source: &str, instrs: &[Instr]) {
    let mut line_starts = vec![0];
    line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
    // Group instructions by their byte range.
    let mut groups: Vec<Group> = Vec::new();
    let mut by_range: HashMap<(usize, usize), usize> = HashMap::new();
    for (n, ins) in instrs.iter().enumerate() {
        let l = ins.loc;
        let end_line = if l.end_line == 0 { l.line } else { l.end_line };
        let (Some(mut start), Some(mut end)) = (
            offset(source, &line_starts, l.line, l.col),
            offset(source, &line_starts, end_line, l.end_col),
        ) else {
            continue;
        };
        while !source.is_char_boundary(start) {
            start -= 1;
        }
        while !source.is_char_boundary(end) {
            end += 1;
        }
        if start >= end {
            continue;
        }
        let g = *by_range.entry((start, end)).or_insert_with(|| {
            groups.push(Group {
                start,
                end,
                members: Vec::new(),
            });
            groups.len() - 1
        });
        groups[g].members.push(n);
    }
    // Paint the largest ranges first, so each byte ends up owned by the smallest.
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| (std::cmp::Reverse(groups[g].end - groups[g].start), g));
    let mut owner = vec![NONE; source.len()];
    for &g in &order {
        for o in &mut owner[groups[g].start..groups[g].end] {
            *o = g as u32;
        }
    }
    // Comments and indentation belong to no expression, though they may lie inside
    // a compound statement's range: leave them uncoloured.
    for (mut start, end) in comment_ranges(source) {
        while start > 0 && matches!(source.as_bytes()[start - 1], b' ' | b'\t') {
            start -= 1;
        }
        for o in &mut owner[start..end] {
            *o = NONE;
        }
    }
    let opening: Vec<String> = groups
        .iter()
        .map(|g| span_open(&g.members, instrs))
        .collect();
    for (k, &ls) in line_starts.iter().enumerate() {
        let le = line_starts
            .get(k + 1)
            .map(|n| n - 1)
            .unwrap_or(source.len());
        if ls >= source.len() && k > 0 {
            break; // the empty "line" after a final newline
        }
        let line = source[ls..le].trim_end_matches('\r');
        let _ = write!(out, "<span class=\"ln\">{}</span>", k + 1);
        let mut current = NONE;
        let mut indent = true;
        let trimmed = line.trim_end().len();
        for (i, ch) in line.char_indices() {
            indent = indent && matches!(ch, ' ' | '\t' | '\x0c');
            let o = if indent || i >= trimmed {
                NONE
            } else {
                owner[ls + i]
            };
            if o != current {
                if current != NONE {
                    out.push_str("</span>");
                }
                if o != NONE {
                    out.push_str(&opening[o as usize]);
                }
                current = o;
            }
            let mut buf = [0u8; 4];
            escape_into(out, ch.encode_utf8(&mut buf));
        }
        if current != NONE {
            out.push_str("</span>");
        }
        out.push('\n');
    }
}

/// Byte ranges of the comments in `source` (a `#` outside string literals, to the end
/// of its line). Python 3.11's strings end at their unescaped closing quote whatever
/// their prefix, so quotes and backslashes are all there is to track.
fn comment_ranges(source: &str) -> Vec<(usize, usize)> {
    let b = source.as_bytes();
    let mut out = Vec::new();
    let mut quote: Option<(u8, bool)> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some((q, triple)) => {
                if c == b'\\' {
                    i += 2;
                    continue;
                }
                if c == q {
                    if !triple {
                        quote = None;
                    } else if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                        quote = None;
                        i += 3;
                        continue;
                    }
                } else if c == b'\n' && !triple {
                    quote = None;
                }
                i += 1;
            }
            None => {
                if c == b'#' {
                    let end = source[i..].find('\n').map_or(b.len(), |n| i + n);
                    out.push((i, end));
                    i = end;
                } else if c == b'\'' || c == b'"' {
                    let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                    quote = Some((c, triple));
                    i += if triple { 3 } else { 1 };
                } else {
                    i += 1;
                }
            }
        }
    }
    out
}

/// `<span class=".." title="..">` for a group: its colour and instruction names.
fn span_open(members: &[usize], instrs: &[Instr]) -> String {
    let (mut spec, mut failed, mut cold) = (false, false, false);
    let mut lines: Vec<(String, usize)> = Vec::new();
    for &m in members {
        let ins = &instrs[m];
        let text = match ins.state {
            State::Specialized => {
                spec = true;
                ins.op.name().to_string()
            }
            State::Failed => {
                failed = true;
                format!("{} (not specialized)", ins.op.name())
            }
            State::Cold => {
                cold = true;
                format!("{} (not warmed up)", ins.op.name())
            }
            State::Plain => ins.op.name().to_string(),
        };
        match lines.iter_mut().find(|(t, _)| *t == text) {
            Some((_, n)) => *n += 1,
            None => lines.push((text, 1)),
        }
    }
    let class = match (spec, failed, cold) {
        (true, true, _) => Some("mixed"),
        (true, false, _) => Some("spec"),
        (false, true, _) => Some("fail"),
        (false, false, true) => Some("cold"),
        _ => None,
    };
    let title: Vec<String> = lines
        .into_iter()
        .map(|(t, n)| {
            if n > 1 {
                format!("{} \u{d7}{}", t, n)
            } else {
                t
            }
        })
        .collect();
    let mut s = String::from("<span");
    if let Some(c) = class {
        let _ = write!(s, " class=\"{}\"", c);
    }
    s.push_str(" title=\"");
    escape_into(&mut s, &title.join("\n"));
    s.push_str("\">");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ins(op: Opcode, state: State, line: u32, col: u32, end_col: u32) -> Instr {
        Instr {
            op,
            state,
            loc: Location {
                line,
                end_line: line,
                col,
                end_col,
            },
        }
    }

    #[test]
    fn innermost_range_wins_and_text_is_escaped() {
        let src = "y = a.b < c\n";
        let instrs = [
            ins(Opcode::COMPARE_OP, State::Failed, 1, 4, 11),
            ins(
                Opcode::LOAD_ATTR_INSTANCE_VALUE,
                State::Specialized,
                1,
                4,
                7,
            ),
        ];
        let mut out = String::new();
        render_source(&mut out, src, &instrs);
        assert!(out.contains(
            "<span class=\"spec\" title=\"LOAD_ATTR_INSTANCE_VALUE\">a.b</span>\
             <span class=\"fail\" title=\"COMPARE_OP (not specialized)\"> &lt; c</span>"
        ));
    }

    #[test]
    fn non_ascii_columns_are_bytes() {
        // "é" is two bytes, so `o.a` starts at byte column 11 (character 10).
        let src = "s = 'é'; o.a\n";
        let start = src.find("o.a").unwrap() as u32;
        let instrs = [ins(Opcode::LOAD_ATTR, State::Cold, 1, start, start + 3)];
        let mut out = String::new();
        render_source(&mut out, src, &instrs);
        assert!(out.contains(">o.a</span>"), "{}", out);
        assert!(out.contains("s = &#39;é&#39;; <span"), "{}", out);
    }

    #[test]
    fn comments_outside_strings() {
        let src = "a = '#no' # yes\nb = '''x\n# no\n''' # y\nc = \"\\\"#\" #z";
        let got: Vec<&str> = comment_ranges(src)
            .into_iter()
            .map(|(s, e)| &src[s..e])
            .collect();
        assert_eq!(got, ["# yes", "# y", "#z"]);
    }

    #[test]
    fn out_of_range_locations_do_not_panic() {
        let src = "é\n";
        let instrs = [
            ins(Opcode::LOAD_ATTR, State::Cold, 1, 1, 99),
            ins(Opcode::LOAD_ATTR, State::Cold, 7, 0, 3),
        ];
        let mut out = String::new();
        render_source(&mut out, src, &instrs);
        assert!(out.contains("é"));
    }
}
