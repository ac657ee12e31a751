//! Lowering of ruff expressions (and argument lists / parameters) into
//! Taipan's `Expr`, reproducing CPython 3.11's shapes: implicit string
//! concatenation merged into one `Constant` or `JoinedStr`, f-strings as
//! `JoinedStr`/`FormattedValue` with CPython 3.11's part locations, integer
//! literals as `BigInt`, and CPython's location for a bare generator argument.

use num_bigint::BigInt;
use ruff_python_ast as r;
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::ast::*;
use crate::errors::SyntaxError;
use crate::lower::{operator, Lowerer, R};

impl Lowerer<'_, '_> {
    pub(crate) fn expr(&mut self, e: &r::Expr) -> R<Expr> {
        self.enter(e.range(), |this| this.expr_inner(e))
    }

    pub(crate) fn bexpr(&mut self, e: &r::Expr) -> R<Box<Expr>> {
        Ok(Box::new(self.expr(e)?))
    }

    pub(crate) fn opt_expr(&mut self, e: Option<&r::Expr>) -> R<Option<Box<Expr>>> {
        match e {
            Some(e) => Ok(Some(self.bexpr(e)?)),
            None => Ok(None),
        }
    }

    pub(crate) fn exprs(&mut self, es: &[r::Expr]) -> R<Vec<Expr>> {
        let mut out = Vec::with_capacity(es.len());
        for e in es {
            out.push(self.expr(e)?);
        }
        Ok(out)
    }

    fn comprehensions(&mut self, gens: &[r::Comprehension]) -> R<Vec<Comprehension>> {
        let mut out = Vec::with_capacity(gens.len());
        for g in gens {
            out.push(Comprehension {
                target: self.expr(&g.target)?,
                iter: self.expr(&g.iter)?,
                ifs: self.exprs(&g.ifs)?,
                is_async: g.is_async,
            });
        }
        Ok(out)
    }

    fn expr_inner(&mut self, e: &r::Expr) -> R<Expr> {
        let range = e.range();
        let loc = self.loc(range);
        let kind = match e {
            r::Expr::BoolOp(x) => ExprKind::BoolOp {
                op: match x.op {
                    r::BoolOp::And => BoolOp::And,
                    r::BoolOp::Or => BoolOp::Or,
                },
                values: self.exprs(&x.values)?,
            },
            r::Expr::Named(x) => ExprKind::NamedExpr {
                target: self.bexpr(&x.target)?,
                value: self.bexpr(&x.value)?,
            },
            r::Expr::BinOp(x) => ExprKind::BinOp {
                left: self.bexpr(&x.left)?,
                op: operator(x.op),
                right: self.bexpr(&x.right)?,
            },
            r::Expr::UnaryOp(x) => ExprKind::UnaryOp {
                op: match x.op {
                    r::UnaryOp::Invert => UnaryOp::Invert,
                    r::UnaryOp::Not => UnaryOp::Not,
                    r::UnaryOp::UAdd => UnaryOp::UAdd,
                    r::UnaryOp::USub => UnaryOp::USub,
                },
                operand: self.bexpr(&x.operand)?,
            },
            r::Expr::Lambda(x) => ExprKind::Lambda {
                args: Box::new(self.parameters(x.parameters.as_deref())?),
                body: self.bexpr(&x.body)?,
            },
            r::Expr::If(x) => {
                // Source order: body, test, orelse.
                let body = self.bexpr(&x.body)?;
                let test = self.bexpr(&x.test)?;
                ExprKind::IfExp {
                    test,
                    body,
                    orelse: self.bexpr(&x.orelse)?,
                }
            }
            r::Expr::Dict(x) => {
                let mut keys = Vec::with_capacity(x.items.len());
                let mut values = Vec::with_capacity(x.items.len());
                for item in &x.items {
                    keys.push(match &item.key {
                        Some(k) => Some(self.expr(k)?),
                        None => None,
                    });
                    values.push(self.expr(&item.value)?);
                }
                ExprKind::Dict { keys, values }
            }
            r::Expr::Set(x) => ExprKind::Set {
                elts: self.exprs(&x.elts)?,
            },
            r::Expr::ListComp(x) => ExprKind::ListComp {
                elt: self.bexpr(&x.elt)?,
                generators: self.comprehensions(&x.generators)?,
            },
            r::Expr::SetComp(x) => ExprKind::SetComp {
                elt: self.bexpr(&x.elt)?,
                generators: self.comprehensions(&x.generators)?,
            },
            r::Expr::DictComp(x) => {
                let Some(key) = &x.key else {
                    return Err(
                        self.invalid(range, "dict unpacking cannot be used in dict comprehension")
                    );
                };
                ExprKind::DictComp {
                    key: self.bexpr(key)?,
                    value: self.bexpr(&x.value)?,
                    generators: self.comprehensions(&x.generators)?,
                }
            }
            r::Expr::Generator(x) => ExprKind::GeneratorExp {
                elt: self.bexpr(&x.elt)?,
                generators: self.comprehensions(&x.generators)?,
            },
            r::Expr::Await(x) => ExprKind::Await {
                value: self.bexpr(&x.value)?,
            },
            r::Expr::Yield(x) => ExprKind::Yield {
                value: self.opt_expr(x.value.as_deref())?,
            },
            r::Expr::YieldFrom(x) => ExprKind::YieldFrom {
                value: self.bexpr(&x.value)?,
            },
            r::Expr::Compare(x) => ExprKind::Compare {
                left: self.bexpr(&x.left)?,
                ops: x.ops.iter().map(|op| cmpop(*op)).collect(),
                comparators: self.exprs(&x.comparators)?,
            },
            r::Expr::Call(x) => {
                let func = self.bexpr(&x.func)?;
                let (mut args, keywords) = self.call_arguments(&x.arguments)?;
                // A lone unparenthesized generator argument takes the call's
                // parentheses as its own location in CPython.
                if let ([arg], true, [r::Expr::Generator(g)]) = (
                    args.as_mut_slice(),
                    x.arguments.keywords.is_empty(),
                    &*x.arguments.args,
                ) {
                    if !g.parenthesized {
                        arg.loc = self.loc(x.arguments.range);
                    }
                }
                ExprKind::Call {
                    func,
                    args,
                    keywords,
                }
            }
            r::Expr::FString(x) => return self.fstring(&x.value, range),
            r::Expr::TString(x) => return Err(self.invalid(x.range, "invalid syntax")),
            r::Expr::StringLiteral(x) => ExprKind::Constant {
                value: Constant::Str(x.value.to_str().to_string()),
            },
            r::Expr::BytesLiteral(x) => ExprKind::Constant {
                value: Constant::Bytes(x.value.bytes().collect()),
            },
            r::Expr::NumberLiteral(x) => ExprKind::Constant {
                value: match &x.value {
                    r::Number::Int(_) => Constant::Int(self.int_literal(range)?),
                    r::Number::Float(f) => Constant::Float(*f),
                    r::Number::Complex { real, imag } => Constant::Complex {
                        real: *real,
                        imag: *imag,
                    },
                },
            },
            r::Expr::BooleanLiteral(x) => ExprKind::Constant {
                value: Constant::Bool(x.value),
            },
            r::Expr::NoneLiteral(_) => ExprKind::Constant {
                value: Constant::None,
            },
            r::Expr::EllipsisLiteral(_) => ExprKind::Constant {
                value: Constant::Ellipsis,
            },
            r::Expr::Attribute(x) => ExprKind::Attribute {
                value: self.bexpr(&x.value)?,
                attr: x.attr.id.to_string(),
                ctx: ctx(x.ctx),
            },
            r::Expr::Subscript(x) => ExprKind::Subscript {
                value: self.bexpr(&x.value)?,
                slice: self.bexpr(&x.slice)?,
                ctx: ctx(x.ctx),
            },
            r::Expr::Starred(x) => ExprKind::Starred {
                value: self.bexpr(&x.value)?,
                ctx: ctx(x.ctx),
            },
            r::Expr::Name(x) => ExprKind::Name {
                id: x.id.to_string(),
                ctx: ctx(x.ctx),
            },
            r::Expr::List(x) => ExprKind::List {
                elts: self.exprs(&x.elts)?,
                ctx: ctx(x.ctx),
            },
            r::Expr::Tuple(x) => {
                let kind = ExprKind::Tuple {
                    elts: self.exprs(&x.elts)?,
                    ctx: ctx(x.ctx),
                };
                if x.parenthesized {
                    // Inside f-strings ruff's range leaves out the parentheses.
                    return Ok(Expr::new(kind, self.loc(self.with_parens(range))));
                }
                kind
            }
            r::Expr::Slice(x) => ExprKind::Slice {
                lower: self.opt_expr(x.lower.as_deref())?,
                upper: self.opt_expr(x.upper.as_deref())?,
                step: self.opt_expr(x.step.as_deref())?,
            },
            r::Expr::IpyEscapeCommand(x) => return Err(self.invalid(x.range, "invalid syntax")),
        };
        Ok(Expr::new(kind, loc))
    }

    /// Widens `range` to the parentheses around it, if it is not already
    /// delimited by them.
    fn with_parens(&self, range: TextRange) -> TextRange {
        let src = self.src();
        let (start, end) = (
            u32::from(range.start()) as usize,
            u32::from(range.end()) as usize,
        );
        if src.as_bytes().get(start) == Some(&b'(') {
            return range;
        }
        let before = src[..start].trim_end_matches([' ', '\t', '\n', '\r', '\x0c']);
        let after_len = src[end..].len()
            - src[end..]
                .trim_start_matches([' ', '\t', '\n', '\r', '\x0c'])
                .len();
        if before.ends_with('(') && src[end + after_len..].starts_with(')') {
            TextRange::new(
                TextSize::from((before.len() - 1) as u32),
                TextSize::from((end + after_len + 1) as u32),
            )
        } else {
            range
        }
    }

    /// The range CPython 3.11 gives a bare tuple in an f-string field.
    fn bare_tuple_in_fstring(&self, range: TextRange) -> TextRange {
        let src = self.src();
        let (start, end) = (
            u32::from(range.start()) as usize,
            u32::from(range.end()) as usize,
        );
        let before = src[..start].trim_end_matches([' ', '\t']);
        let after = end + (src[end..].len() - src[end..].trim_start_matches([' ', '\t']).len());
        if !before.ends_with('{') {
            return range;
        }
        TextRange::new(
            TextSize::from((before.len() - 1) as u32),
            TextSize::from((after + 1) as u32),
        )
    }

    /// Parses an integer literal from its source text (any base, underscores).
    fn int_literal(&self, range: TextRange) -> R<BigInt> {
        let text: String = self.src()[range].chars().filter(|&c| c != '_').collect();
        let (digits, radix) = match text.get(..2).map(|p| p.to_ascii_lowercase()) {
            Some(p) if p == "0x" => (&text[2..], 16),
            Some(p) if p == "0o" => (&text[2..], 8),
            Some(p) if p == "0b" => (&text[2..], 2),
            _ => (&text[..], 10),
        };
        BigInt::parse_bytes(digits.as_bytes(), radix)
            .ok_or_else(|| self.invalid(range, "invalid decimal literal"))
    }

    /// Positional and keyword arguments of a call or class definition.
    pub(crate) fn call_arguments(&mut self, a: &r::Arguments) -> R<(Vec<Expr>, Vec<Keyword>)> {
        // Lower in source order so that errors surface in source order.
        let mut args = Vec::with_capacity(a.args.len());
        let mut keywords = Vec::with_capacity(a.keywords.len());
        for item in a.iter_source_order() {
            match item {
                r::ArgOrKeyword::Arg(e) => args.push(self.expr(e)?),
                r::ArgOrKeyword::Keyword(k) => keywords.push(Keyword {
                    arg: k.arg.as_ref().map(|n| n.id.to_string()),
                    value: self.expr(&k.value)?,
                    loc: self.loc(k.range),
                }),
            }
        }
        Ok((args, keywords))
    }

    /// Function or lambda parameters.
    pub(crate) fn parameters(&mut self, p: Option<&r::Parameters>) -> R<Arguments> {
        let mut out = Arguments::default();
        let Some(p) = p else { return Ok(out) };
        for pd in &p.posonlyargs {
            out.posonlyargs.push(self.arg(&pd.parameter)?);
        }
        for pd in &p.args {
            out.args.push(self.arg(&pd.parameter)?);
        }
        // Defaults are evaluated (and so lowered) after the annotations in
        // CPython's tree order; order of lowering does not matter for output.
        for pd in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(d) = &pd.default {
                out.defaults.push(self.expr(d)?);
            }
        }
        if let Some(v) = &p.vararg {
            out.vararg = Some(Box::new(self.star_arg(v)?));
        }
        for pd in &p.kwonlyargs {
            out.kwonlyargs.push(self.arg(&pd.parameter)?);
            out.kw_defaults.push(match &pd.default {
                Some(d) => Some(self.expr(d)?),
                None => None,
            });
        }
        if let Some(k) = &p.kwarg {
            out.kwarg = Some(Box::new(self.star_arg(k)?));
        }
        Ok(out)
    }

    fn arg(&mut self, p: &r::Parameter) -> R<Arg> {
        Ok(Arg {
            arg: p.name.id.to_string(),
            annotation: self.opt_expr(p.annotation.as_deref())?,
            loc: self.loc(p.range),
        })
    }

    /// `*args` / `**kwargs`: CPython's location excludes the stars.
    fn star_arg(&mut self, p: &r::Parameter) -> R<Arg> {
        let mut a = self.arg(p)?;
        let start = p.name.range.start();
        a.loc = self.loc(TextRange::new(start, p.range.end().max(start)));
        Ok(a)
    }

    /// An f-string (possibly implicitly concatenated with plain strings).
    ///
    /// CPython 3.11 gives every top-level part (constants and formatted
    /// values) the location of the whole concatenation; a format spec's
    /// `JoinedStr` and its constants get the location of the f-string token
    /// that contains it; adjacent literal text is merged and empty text dropped.
    fn fstring(&mut self, value: &r::FStringValue, whole: TextRange) -> R<Expr> {
        self.fstring_whole = whole;
        let whole_loc = self.loc(whole);
        let mut parts = Parts {
            values: Vec::new(),
            buf: String::new(),
        };
        for part in value.iter() {
            match part {
                r::FStringPart::Literal(s) => parts.buf.push_str(&s.value),
                r::FStringPart::FString(f) => {
                    let part_loc = self.loc(f.range);
                    self.fstring_elements(
                        &f.elements,
                        &mut parts,
                        whole_loc,
                        whole_loc,
                        part_loc,
                        None,
                    )?;
                }
            }
        }
        parts.flush(whole_loc);
        Ok(Expr::new(
            ExprKind::JoinedStr {
                values: parts.values,
            },
            whole_loc,
        ))
    }

    fn fstring_elements(
        &mut self,
        elements: &r::InterpolatedStringElements,
        parts: &mut Parts,
        const_loc: Loc,
        fv_loc: Loc,
        part_loc: Loc,
        in_spec: Option<TextRange>,
    ) -> R<()> {
        for el in elements.iter() {
            match el {
                r::InterpolatedStringElement::Literal(l) => parts.buf.push_str(&l.value),
                r::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(dt) = &i.debug_text {
                        parts.buf.push_str(dt.leading());
                        parts.buf.push_str(dt.expression());
                        parts.buf.push_str(dt.trailing());
                    }
                    parts.flush(const_loc);
                    if let r::Expr::Starred(st) = &*i.expression {
                        return Err(self.fstring_starred(st.range));
                    }
                    let mut value = self.bexpr(&i.expression)?;
                    if let r::Expr::Tuple(t) = &*i.expression {
                        if !t.parenthesized && !self.src()[t.range].starts_with('(') {
                            // 3.11 parses the field as `(expr)` in place of
                            // the braces, so a bare tuple spans `{` .. `)`.
                            value.loc = self.loc(self.bare_tuple_in_fstring(t.range));
                        }
                    }
                    let conversion = match i.conversion {
                        r::ConversionFlag::None => {
                            if i.debug_text.is_some() && i.format_spec.is_none() {
                                b'r' as i32
                            } else {
                                -1
                            }
                        }
                        r::ConversionFlag::Str => b's' as i32,
                        r::ConversionFlag::Repr => b'r' as i32,
                        r::ConversionFlag::Ascii => b'a' as i32,
                    };
                    let format_spec = match &i.format_spec {
                        None => None,
                        Some(spec) => {
                            if let Some(whole) = in_spec {
                                // Already inside a format spec: CPython 3.11
                                // allows no replacement fields one level deeper.
                                if spec.elements.iter().any(|e| e.is_interpolation()) {
                                    return Err(self.nested_too_deeply(whole));
                                }
                            }
                            let whole = self.fstring_whole;
                            let mut sp = Parts {
                                values: Vec::new(),
                                buf: String::new(),
                            };
                            self.enter(spec.range, |this| {
                                this.fstring_elements(
                                    &spec.elements,
                                    &mut sp,
                                    part_loc,
                                    fv_loc,
                                    part_loc,
                                    Some(whole),
                                )
                            })?;
                            sp.flush(part_loc);
                            Some(Box::new(Expr::new(
                                ExprKind::JoinedStr { values: sp.values },
                                part_loc,
                            )))
                        }
                    };
                    parts.values.push(Expr::new(
                        ExprKind::FormattedValue {
                            value,
                            conversion,
                            format_spec,
                        },
                        fv_loc,
                    ));
                }
            }
        }
        Ok(())
    }
}

impl Lowerer<'_, '_> {
    /// "f-string: expressions nested too deeply", located (as CPython 3.11
    /// does) at the token following the string.
    fn nested_too_deeply(&self, whole: TextRange) -> SyntaxError {
        let src = self.src();
        let end = crate::lower::skip_trivia_inline(src, u32::from(whole.end()) as usize);
        let at_eol = end >= src.len() || matches!(src.as_bytes()[end], b'\n' | b'\r' | b'#');
        let width = if at_eol {
            0
        } else {
            src[end..].chars().next().map_or(0, char::len_utf8)
        };
        let r = TextRange::new(
            TextSize::from(end as u32),
            TextSize::from((end + width) as u32),
        );
        self.invalid(r, "f-string: expressions nested too deeply")
    }

    /// CPython 3.11 compiles a replacement field as `(expr)` on its own and
    /// reports errors relative to that text.
    fn fstring_starred(&self, range: TextRange) -> SyntaxError {
        let text = &self.src()[range];
        let mut e = self.invalid(range, "f-string: cannot use starred expression here");
        e.lineno = 1;
        e.end_lineno = 1;
        e.offset = 2;
        e.end_offset = 2 + text.chars().count() as u32;
        e.text = Some(format!("({text})\n"));
        e
    }
}

/// Accumulates the values of a `JoinedStr`, merging adjacent literal text.
struct Parts {
    values: Vec<Expr>,
    buf: String,
}

impl Parts {
    fn flush(&mut self, loc: Loc) {
        if !self.buf.is_empty() {
            let s = std::mem::take(&mut self.buf);
            self.values.push(Expr::new(
                ExprKind::Constant {
                    value: Constant::Str(s),
                },
                loc,
            ));
        }
    }
}

pub(crate) fn ctx(c: r::ExprContext) -> ExprContext {
    match c {
        r::ExprContext::Store => ExprContext::Store,
        r::ExprContext::Del => ExprContext::Del,
        r::ExprContext::Load | r::ExprContext::Invalid => ExprContext::Load,
    }
}

fn cmpop(op: r::CmpOp) -> CmpOp {
    match op {
        r::CmpOp::Eq => CmpOp::Eq,
        r::CmpOp::NotEq => CmpOp::NotEq,
        r::CmpOp::Lt => CmpOp::Lt,
        r::CmpOp::LtE => CmpOp::LtE,
        r::CmpOp::Gt => CmpOp::Gt,
        r::CmpOp::GtE => CmpOp::GtE,
        r::CmpOp::Is => CmpOp::Is,
        r::CmpOp::IsNot => CmpOp::IsNot,
        r::CmpOp::In => CmpOp::In,
        r::CmpOp::NotIn => CmpOp::NotIn,
    }
}
