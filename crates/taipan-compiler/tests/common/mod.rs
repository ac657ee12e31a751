//! Helpers shared by the integration tests: decoding Taipan code objects into
//! (opname, position) lists and asking CPython 3.11 (`python3`) for the same.

#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Stdio};

use taipan_bytecode::{CodeObject, Constant, Opcode};

/// One decoded instruction: name, arg, positions (line, end_line, col, end_col; -1 = none).
#[derive(Clone, Debug, PartialEq)]
pub struct Ins {
    pub op: String,
    pub arg: u32,
    pub offset: usize,
    pub pos: (i64, i64, i64, i64),
}

/// A code object flattened for comparison.
#[derive(Clone, Debug)]
pub struct Flat {
    pub qualname: String,
    pub firstlineno: u32,
    pub ins: Vec<Ins>,
}

pub fn decode(co: &CodeObject) -> Vec<Ins> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut ext = 0u32;
    while i < co.code.len() {
        let (byte, a) = taipan_bytecode::decode(co.code[i]);
        let Some(op) = Opcode::from_u8(byte) else {
            panic!("bad opcode {} at {}", byte, i)
        };
        let arg = ext | a as u32;
        let loc = co.locations[i];
        if op == Opcode::EXTENDED_ARG {
            ext = arg << 8;
            i += 1;
            continue;
        }
        ext = 0;
        let pos = if loc.line == 0 {
            (-1, -1, -1, -1)
        } else {
            (
                loc.line as i64,
                loc.end_line as i64,
                loc.col as i64,
                loc.end_col as i64,
            )
        };
        out.push(Ins {
            op: op.name().to_string(),
            arg,
            offset: i,
            pos,
        });
        i += 1 + op.cache_entries();
    }
    out
}

pub fn flatten(co: &CodeObject, out: &mut Vec<Flat>) {
    out.push(Flat {
        qualname: co.qualname.clone(),
        firstlineno: co.firstlineno,
        ins: decode(co),
    });
    for c in &co.consts {
        if let Constant::Code(inner) = c {
            flatten(inner, out);
        }
    }
}

pub fn python3_available() -> bool {
    Command::new("python3")
        .arg("-c")
        .arg("import sys; assert sys.version_info[:2] == (3, 11)")
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

const DUMP: &str = r#"
import sys, dis, ast
def dump(src, mode):
    try:
        co = compile(src, 'f.py', mode)
    except Exception as e:
        g = lambda n: getattr(e, n, None)
        print('ERROR', type(e).__name__, g('lineno'), g('offset'), g('end_lineno'), g('end_offset'))
        print(g('msg') if g('msg') is not None else str(e))
        return
    if mode == 'exec':
        for n in ast.walk(ast.parse(src)):
            if isinstance(n, ast.While):
                t = n.test
                print('WHILE', t.lineno, t.end_lineno, t.col_offset, t.end_col_offset)
                print('WHILESTMT', n.lineno, n.end_lineno, n.col_offset, n.end_col_offset)
    def walk(co):
        print('CODE', co.co_firstlineno, co.co_qualname)
        for i in dis.get_instructions(co):
            p = i.positions
            f = lambda v: -1 if v is None else v
            print('I', i.opname, f(i.arg), f(p.lineno), f(p.end_lineno), f(p.col_offset), f(p.end_col_offset))
        for c in co.co_consts:
            if hasattr(c, 'co_code'):
                walk(c)
    walk(co)
if sys.argv[1] == 'files':
    for path in sys.argv[2:]:
        print('FILE')
        with open(path, encoding='utf-8') as fh:
            dump(fh.read(), 'exec')
    print('FILE')
else:
    dump(sys.stdin.read(), sys.argv[1])
"#;

pub type CResult = Result<(Vec<Flat>, Ranges), (String, String, i64, i64, i64, i64)>;

/// CPython's view of many files at once (one interpreter start).
pub fn cpython_files(paths: &[std::path::PathBuf]) -> Vec<CResult> {
    let out = Command::new("python3")
        .arg("-c")
        .arg(DUMP)
        .arg("files")
        .args(paths)
        .output()
        .expect("python3");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let mut chunks: Vec<&str> = text.split("FILE\n").collect();
    // Leading empty chunk before the first marker, trailing one after the last.
    if !chunks.is_empty() {
        chunks.remove(0);
    }
    chunks.truncate(paths.len());
    chunks.into_iter().map(parse_dump).collect()
}

/// CPython's view of `src`: Ok(code objects) or Err((kind, msg, lineno, offset, end_lineno, end_offset)).
pub fn cpython(src: &str, mode: &str) -> Result<Vec<Flat>, (String, String, i64, i64, i64, i64)> {
    cpython_with_whiles(src, mode).map(|(f, _)| f)
}

/// Positions (line, end_line, col, end_col) of the tests of `while` statements.
pub type Ranges = Vec<(i64, i64, i64, i64)>;

pub fn cpython_with_whiles(
    src: &str,
    mode: &str,
) -> Result<(Vec<Flat>, Ranges), (String, String, i64, i64, i64, i64)> {
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(DUMP)
        .arg(mode)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(src.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    parse_dump(&text)
}

fn parse_dump(text: &str) -> CResult {
    let mut lines = text.lines();
    let mut flats: Vec<Flat> = Vec::new();
    let mut whiles: Ranges = Vec::new();
    while let Some(l) = lines.next() {
        let parts: Vec<&str> = l.split(' ').collect();
        match parts[0] {
            "ERROR" => {
                let n = |s: &str| s.parse::<i64>().unwrap_or(-1);
                let msg = lines.next().unwrap_or("").to_string();
                return Err((
                    parts[1].to_string(),
                    msg,
                    n(parts[2]),
                    n(parts[3]),
                    n(parts[4]),
                    n(parts[5]),
                ));
            }
            "WHILE" => {
                let n = |s: &str| s.parse::<i64>().unwrap_or(-1);
                whiles.push((n(parts[1]), n(parts[2]), n(parts[3]), n(parts[4])));
            }
            "WHILESTMT" => {
                // Marked with a negative line: matched exactly, for implicit returns.
                let n = |s: &str| s.parse::<i64>().unwrap_or(-1);
                whiles.push((-n(parts[1]), n(parts[2]), n(parts[3]), n(parts[4])));
            }
            "CODE" => flats.push(Flat {
                qualname: parts[2..].join(" "),
                firstlineno: parts[1].parse().unwrap(),
                ins: Vec::new(),
            }),
            "I" => {
                let n = |s: &str| s.parse::<i64>().unwrap();
                let arg = n(parts[2]);
                flats.last_mut().unwrap().ins.push(Ins {
                    op: parts[1].to_string(),
                    arg: arg.max(0) as u32,
                    offset: 0,
                    pos: (n(parts[3]), n(parts[4]), n(parts[5]), n(parts[6])),
                });
            }
            _ => {}
        }
    }
    Ok((flats, whiles))
}

fn jump_target(op: Opcode, arg: u32, next: usize) -> Option<i64> {
    match op.jump_kind() {
        taipan_bytecode::JumpKind::Forward => Some(next as i64 + arg as i64),
        taipan_bytecode::JumpKind::Backward => Some(next as i64 - arg as i64),
        taipan_bytecode::JumpKind::None => None,
    }
}

fn effect(op: Opcode, arg: u32, taken: bool) -> i32 {
    match op {
        Opcode::SEND if taken => -1,
        Opcode::RETURN_GENERATOR => 1,
        _ => op.stack_effect(arg, taken),
    }
}

/// Structural checks on a code object and its nested code objects: every jump
/// and handler lands on an instruction boundary, the stack depth is consistent
/// along every path (exception edges included), never negative, and within
/// `stacksize`; handlers come after the code they protect.
pub fn verify(co: &CodeObject) -> Result<(), String> {
    let ins = decode(co);
    let mut index = std::collections::HashMap::new();
    for (k, i) in ins.iter().enumerate() {
        index.insert(i.offset, k);
    }
    // EXTENDED_ARG prefixes: an instruction "starts" at its first prefix, but our
    // decode records the real instruction's offset; compute prefix starts.
    let mut starts = std::collections::HashSet::new();
    {
        let mut i = 0;
        let mut start = 0;
        let mut in_ext = false;
        while i < co.code.len() {
            let (byte, _) = taipan_bytecode::decode(co.code[i]);
            let op = Opcode::from_u8(byte).ok_or("bad opcode")?;
            if !in_ext {
                start = i;
            }
            if op == Opcode::EXTENDED_ARG {
                in_ext = true;
                i += 1;
                continue;
            }
            in_ext = false;
            starts.insert(start);
            index.insert(start, index[&i]);
            i += 1 + op.cache_entries();
        }
        if co.locations.len() != co.code.len() {
            return Err(format!(
                "{}: {} locations for {} code units",
                co.qualname,
                co.locations.len(),
                co.code.len()
            ));
        }
    }
    let code_len = co.code.len();
    for e in &co.exception_table {
        if !starts.contains(&(e.start as usize))
            || !(starts.contains(&(e.end as usize)) || e.end as usize == code_len)
        {
            return Err(format!(
                "{}: exception entry {:?} not on boundaries",
                co.qualname, e
            ));
        }
        if !starts.contains(&(e.target as usize)) {
            return Err(format!(
                "{}: handler target {} not on a boundary",
                co.qualname, e.target
            ));
        }
        if e.target < e.end {
            return Err(format!(
                "{}: handler {:?} precedes the code it covers",
                co.qualname, e
            ));
        }
    }
    let mut depth: Vec<Option<i32>> = vec![None; ins.len()];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut maxd = 0;
    while let Some((k, d)) = work.pop() {
        if k >= ins.len() {
            return Err(format!("{}: fell off the end", co.qualname));
        }
        match depth[k] {
            Some(old) if old == d => continue,
            Some(old) => {
                return Err(format!(
                    "{}: inconsistent depth at {}: {} vs {}",
                    co.qualname,
                    ins[k].offset * 2,
                    old,
                    d
                ))
            }
            None => depth[k] = Some(d),
        }
        let i = &ins[k];
        let op = Opcode::from_u8(taipan_bytecode::decode(co.code[i.offset]).0).unwrap();
        let next = i.offset + 1 + op.cache_entries();
        if let Some(h) = co.handler_for(i.offset as u32) {
            if (h.depth as i32) > d {
                return Err(format!(
                    "{}: handler depth {} above stack depth {} at {}",
                    co.qualname,
                    h.depth,
                    d,
                    i.offset * 2
                ));
            }
            let hd = h.depth as i32 + h.push_lasti as i32 + 1;
            maxd = maxd.max(hd);
            let Some(&hk) = index.get(&(h.target as usize)) else {
                return Err("bad handler".into());
            };
            work.push((hk, hd));
        }
        let nd = d + effect(op, i.arg, false);
        if nd < 0 {
            return Err(format!(
                "{}: negative stack depth at {} ({})",
                co.qualname,
                i.offset * 2,
                i.op
            ));
        }
        maxd = maxd.max(nd);
        if let Some(t) = jump_target(op, i.arg, next) {
            if t < 0 || !starts.contains(&(t as usize)) {
                return Err(format!(
                    "{}: jump at {} to {} not on a boundary",
                    co.qualname,
                    i.offset * 2,
                    t * 2
                ));
            }
            let td = d + effect(op, i.arg, true);
            maxd = maxd.max(td);
            work.push((index[&(t as usize)], td));
        }
        let no_fallthrough = matches!(
            op,
            Opcode::RETURN_VALUE
                | Opcode::RAISE_VARARGS
                | Opcode::RERAISE
                | Opcode::JUMP_FORWARD
                | Opcode::JUMP_BACKWARD
                | Opcode::JUMP_BACKWARD_NO_INTERRUPT
        );
        if !no_fallthrough {
            match index.get(&next) {
                Some(&nk) => work.push((nk, nd)),
                None => return Err(format!("{}: falls off the end after {}", co.qualname, i.op)),
            }
        }
    }
    if maxd as u32 > co.stacksize {
        return Err(format!(
            "{}: stacksize {} < needed {}",
            co.qualname, co.stacksize, maxd
        ));
    }
    for c in &co.consts {
        if let Constant::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}
