//! Expression unparsing, a port of CPython 3.11's `Python/ast_unparse.c`,
//! used for `from __future__ import annotations` (annotations are stored as
//! the source-like string of their expression), plus Python-style `repr` of
//! constants (also used in error messages).

use taipan_bytecode::Constant;
use taipan_syntax::ast::*;

use super::fold::from_ast;

const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_EXPR: u8 = 6;
const PR_BOR: u8 = PR_EXPR;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// `_PyAST_ExprAsUnicode`: the annotation string for `e`.
pub fn expr_as_string(e: &Expr) -> String {
    let mut out = String::new();
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || expr(&mut out, e, PR_TEST, 0));
    out
}

fn expr(out: &mut String, e: &Expr, level: u8, depth: usize) {
    if depth > 4000 {
        out.push_str("...");
        return;
    }
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
        expr_inner(out, e, level, depth + 1)
    })
}

fn open_if(out: &mut String, cond: bool) {
    if cond {
        out.push('(');
    }
}

fn close_if(out: &mut String, cond: bool) {
    if cond {
        out.push(')');
    }
}

fn expr_inner(out: &mut String, e: &Expr, level: u8, d: usize) {
    // Annotations are not constant-folded under `from __future__ import annotations`.
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (s, pr) = if *op == BoolOp::And {
                (" and ", PR_AND)
            } else {
                (" or ", PR_OR)
            };
            open_if(out, level > pr);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(s);
                }
                expr(out, v, pr + 1, d);
            }
            close_if(out, level > pr);
        }
        ExprKind::BinOp { left, op, right } => {
            let (s, pr, rassoc) = match op {
                Operator::Add => (" + ", PR_ARITH, false),
                Operator::Sub => (" - ", PR_ARITH, false),
                Operator::Mult => (" * ", PR_TERM, false),
                Operator::MatMult => (" @ ", PR_TERM, false),
                Operator::Div => (" / ", PR_TERM, false),
                Operator::Mod => (" % ", PR_TERM, false),
                Operator::LShift => (" << ", PR_SHIFT, false),
                Operator::RShift => (" >> ", PR_SHIFT, false),
                Operator::BitOr => (" | ", PR_BOR, false),
                Operator::BitXor => (" ^ ", PR_BXOR, false),
                Operator::BitAnd => (" & ", PR_BAND, false),
                Operator::FloorDiv => (" // ", PR_TERM, false),
                Operator::Pow => (" ** ", PR_POWER, true),
            };
            open_if(out, level > pr);
            expr(out, left, pr + rassoc as u8, d);
            out.push_str(s);
            expr(out, right, pr + !rassoc as u8, d);
            close_if(out, level > pr);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (s, pr) = match op {
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            open_if(out, level > pr);
            out.push_str(s);
            expr(out, operand, pr, d);
            close_if(out, level > pr);
        }
        ExprKind::Lambda { args, body } => {
            open_if(out, level > PR_TEST);
            let n_positional = args.args.len() + args.posonlyargs.len();
            out.push_str(if n_positional > 0 {
                "lambda "
            } else {
                "lambda"
            });
            arguments(out, args, d);
            out.push_str(": ");
            expr(out, body, PR_TEST, d);
            close_if(out, level > PR_TEST);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open_if(out, level > PR_TEST);
            expr(out, body, PR_TEST + 1, d);
            out.push_str(" if ");
            expr(out, test, PR_TEST + 1, d);
            out.push_str(" else ");
            expr(out, orelse, PR_TEST, d);
            close_if(out, level > PR_TEST);
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values.iter()).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, PR_TEST, d);
                        out.push_str(": ");
                        expr(out, v, PR_TEST, d);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, PR_EXPR, d);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set { elts } => {
            out.push('{');
            seq(out, elts, d);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, PR_TEST, d);
            comprehensions(out, generators, d);
            out.push(')');
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, PR_TEST, d);
            comprehensions(out, generators, d);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, PR_TEST, d);
            comprehensions(out, generators, d);
            out.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, PR_TEST, d);
            out.push_str(": ");
            expr(out, value, PR_TEST, d);
            comprehensions(out, generators, d);
            out.push('}');
        }
        ExprKind::Yield { value } => match value {
            None => out.push_str("(yield)"),
            Some(v) => {
                out.push_str("(yield ");
                expr(out, v, PR_TEST, d);
                out.push(')');
            }
        },
        ExprKind::YieldFrom { value } => {
            out.push_str("(yield from ");
            expr(out, value, PR_TEST, d);
            out.push(')');
        }
        ExprKind::Await { value } => {
            open_if(out, level > PR_AWAIT);
            out.push_str("await ");
            expr(out, value, PR_ATOM, d);
            close_if(out, level > PR_AWAIT);
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => compare(out, left, ops, comparators, level, d),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, PR_ATOM, d);
            if args.len() == 1 && keywords.is_empty() {
                if let ExprKind::GeneratorExp { .. } = &args[0].kind {
                    expr(out, &args[0], PR_TEST, d);
                    return;
                }
            }
            out.push('(');
            let mut first = true;
            for a in args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(out, a, PR_TEST, d);
            }
            for k in keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    None => out.push_str("**"),
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                }
                expr(out, &k.value, PR_TEST, d);
            }
            out.push(')');
        }
        ExprKind::Constant { value } => match value {
            taipan_syntax::ast::Constant::Ellipsis => out.push_str("..."),
            v => constant(out, &from_ast(v)),
        },
        ExprKind::JoinedStr { values } => joined_str(out, values, false, d),
        ExprKind::FormattedValue { .. } => formatted_value(out, e, d),
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, PR_ATOM, d);
            let int_const = matches!(
                &value.kind,
                ExprKind::Constant {
                    value: taipan_syntax::ast::Constant::Int(_)
                }
            );
            out.push_str(if int_const { " ." } else { "." });
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(out, value, PR_ATOM, d);
            out.push('[');
            expr(out, slice, PR_TUPLE, d);
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            expr(out, value, PR_EXPR, d);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, PR_TEST, d);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, PR_TEST, d);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, PR_TEST, d);
            }
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            seq(out, elts, d);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
                return;
            }
            open_if(out, level > PR_TUPLE);
            seq(out, elts, d);
            if elts.len() == 1 {
                out.push(',');
            }
            close_if(out, level > PR_TUPLE);
        }
        ExprKind::NamedExpr { target, value } => {
            open_if(out, level > PR_TUPLE);
            expr(out, target, PR_ATOM, d);
            out.push_str(" := ");
            expr(out, value, PR_ATOM, d);
            close_if(out, level > PR_TUPLE);
        }
    }
}

fn seq(out: &mut String, elts: &[Expr], d: usize) {
    for (i, x) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x, PR_TEST, d);
    }
}

fn compare(
    out: &mut String,
    left: &Expr,
    ops: &[CmpOp],
    comparators: &[Expr],
    level: u8,
    d: usize,
) {
    open_if(out, level > PR_CMP);
    expr(out, left, PR_CMP + 1, d);
    for (i, c) in comparators.iter().enumerate() {
        let op = ops.get(i).copied().unwrap_or(CmpOp::Eq);
        out.push_str(match op {
            CmpOp::Eq => " == ",
            CmpOp::NotEq => " != ",
            CmpOp::Lt => " < ",
            CmpOp::LtE => " <= ",
            CmpOp::Gt => " > ",
            CmpOp::GtE => " >= ",
            CmpOp::Is => " is ",
            CmpOp::IsNot => " is not ",
            CmpOp::In => " in ",
            CmpOp::NotIn => " not in ",
        });
        expr(out, c, PR_CMP + 1, d);
    }
    close_if(out, level > PR_CMP);
}

fn comprehensions(out: &mut String, gens: &[Comprehension], d: usize) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, PR_TUPLE, d);
        out.push_str(" in ");
        expr(out, &g.iter, PR_TEST + 1, d);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, PR_TEST + 1, d);
        }
    }
}

fn arg(out: &mut String, a: &Arg, d: usize) {
    out.push_str(&a.arg);
    if let Some(ann) = &a.annotation {
        out.push_str(": ");
        expr(out, ann, PR_TEST, d);
    }
}

fn arguments(out: &mut String, args: &Arguments, d: usize) {
    let mut first = true;
    let sep = |out: &mut String, first: &mut bool| {
        if !*first {
            out.push_str(", ");
        }
        *first = false;
    };
    let nposonly = args.posonlyargs.len();
    let nargs = args.args.len();
    let ndefaults = args.defaults.len();
    for i in 0..nposonly + nargs {
        sep(out, &mut first);
        if i < nposonly {
            arg(out, &args.posonlyargs[i], d);
        } else {
            arg(out, &args.args[i - nposonly], d);
        }
        let di = i as i64 - nposonly as i64 - nargs as i64 + ndefaults as i64;
        if di >= 0 {
            out.push('=');
            expr(out, &args.defaults[di as usize], PR_TEST, d);
        }
        if nposonly > 0 && i + 1 == nposonly {
            out.push_str(", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        sep(out, &mut first);
        out.push('*');
        if let Some(v) = &args.vararg {
            arg(out, v, d);
        }
    }
    let nkw = args.kwonlyargs.len();
    let nkwdefaults = args.kw_defaults.len();
    for i in 0..nkw {
        sep(out, &mut first);
        arg(out, &args.kwonlyargs[i], d);
        let di = i as i64 - nkw as i64 + nkwdefaults as i64;
        if di >= 0 {
            if let Some(Some(def)) = args.kw_defaults.get(di as usize) {
                out.push('=');
                expr(out, def, PR_TEST, d);
            }
        }
    }
    if let Some(k) = &args.kwarg {
        sep(out, &mut first);
        out.push_str("**");
        arg(out, k, d);
    }
}

fn escape_braces(s: &str) -> String {
    s.replace('{', "{{").replace('}', "}}")
}

fn fstring_element(out: &mut String, e: &Expr, is_format_spec: bool, d: usize) {
    match &e.kind {
        ExprKind::Constant {
            value: taipan_syntax::ast::Constant::Str(s),
        } => out.push_str(&escape_braces(s)),
        ExprKind::JoinedStr { values } => joined_str(out, values, is_format_spec, d),
        ExprKind::FormattedValue { .. } => formatted_value(out, e, d),
        _ => {}
    }
}

fn joined_str(out: &mut String, values: &[Expr], is_format_spec: bool, d: usize) {
    let mut body = String::new();
    for v in values {
        fstring_element(&mut body, v, is_format_spec, d);
    }
    if is_format_spec {
        out.push_str(&body);
    } else {
        out.push('f');
        out.push_str(&str_repr(&body));
    }
}

fn formatted_value(out: &mut String, e: &Expr, d: usize) {
    let ExprKind::FormattedValue {
        value,
        conversion,
        format_spec,
    } = &e.kind
    else {
        return;
    };
    let mut inner = String::new();
    expr(&mut inner, value, PR_TEST + 1, d);
    out.push_str(if inner.starts_with('{') { "{ " } else { "{" });
    out.push_str(&inner);
    match *conversion {
        97 => out.push_str("!a"),
        114 => out.push_str("!r"),
        115 => out.push_str("!s"),
        _ => {}
    }
    if let Some(spec) = format_spec {
        out.push(':');
        fstring_element(out, spec, true, d);
    }
    out.push('}');
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::Tuple(items) => {
            out.push('(');
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                constant(out, it);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::Float(f) if f.is_infinite() => {
            out.push_str(&const_repr(c).replace("inf", "1e309"))
        }
        Constant::Complex { .. } => out.push_str(&const_repr(c).replace("inf", "1e309")),
        _ => out.push_str(&const_repr(c)),
    }
}

/// Python's `repr` of a constant.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => {
            if *real == 0.0 && real.is_sign_positive() {
                format!("{}j", float_repr_short(*imag))
            } else {
                let sign = if *imag < 0.0 || (*imag == 0.0 && imag.is_sign_negative()) {
                    "-"
                } else {
                    "+"
                };
                format!(
                    "({}{}{}j)",
                    float_repr_short(*real),
                    sign,
                    float_repr_short(imag.abs())
                )
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            if items.is_empty() {
                "frozenset()".into()
            } else {
                format!("frozenset({{{}}})", inner.join(", "))
            }
        }
        Constant::Code(_) => "<code object>".into(),
    }
}

fn float_repr_short(f: f64) -> String {
    let s = float_repr(f);
    s.strip_suffix(".0").map(|x| x.to_string()).unwrap_or(s)
}

/// Python's `repr(float)`: shortest round-trip digits, exponent form below
/// 1e-4 and from 1e16 on (`1e-05`, `1e+16`).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let abs = f.abs();
    if abs != 0.0 && !(1e-4..1e16).contains(&abs) {
        let e = format!("{:e}", f);
        if let Some(pos) = e.find('e') {
            let (mant, exp) = e.split_at(pos);
            let exp = &exp[1..];
            let (sign, digits) = if let Some(d) = exp.strip_prefix('-') {
                ("-", d)
            } else {
                ("+", exp)
            };
            return format!("{}e{}{:0>2}", mant, sign, digits);
        }
        return e;
    }
    let s = format!("{:?}", f);
    if s.contains('e') {
        // Not expected in this range; fall back to plain decimal.
        return format!("{}", f);
    }
    s
}

fn is_printable(c: char) -> bool {
    let u = c as u32;
    !(u < 0x20
        || (0x7f..0xa1).contains(&u)
        || u == 0xad
        || u == 0x2028
        || u == 0x2029
        || (0xd800..0xe000).contains(&u))
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let u = c as u32;
                if u < 0x100 {
                    out.push_str(&format!("\\x{:02x}", u));
                } else if u < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", u));
                } else {
                    out.push_str(&format!("\\U{:08x}", u));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x == quote => {
                out.push('\\');
                out.push(x as char);
            }
            0x20..=0x7e => out.push(x as char),
            _ => out.push_str(&format!("\\x{:02x}", x)),
        }
    }
    out.push(quote as char);
    out
}
