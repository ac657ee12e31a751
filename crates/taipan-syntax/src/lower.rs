//! Lowering of ruff's tree into Taipan's AST: the driver and statements.
//!
//! The lowering walks ruff's tree *by reference* (so that the ruff tree can be
//! disposed of iteratively afterwards, see `teardown.rs`), converts every node
//! to its CPython-shaped counterpart and fixes up the places where ruff's
//! ranges differ from CPython's locations (decorated definitions, `elif`
//! chains, bare generator arguments, f-string parts).
//!
//! Every recursive step goes through `Lowerer::enter`, which enforces
//! [`crate::MAX_AST_DEPTH`] and grows the stack on demand, so no input can
//! overflow the Rust stack here.

use ruff_python_ast as r;
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::ast::*;
use crate::errors::SyntaxError;
use crate::locate::LineIndex;
use crate::MAX_AST_DEPTH;

pub(crate) type R<T> = Result<T, SyntaxError>;

/// Stack space kept free before `stacker` switches to a fresh segment.
const RED_ZONE: usize = 128 * 1024;
/// Size of each additional stack segment.
const STACK_SEGMENT: usize = 2 * 1024 * 1024;

/// State of one lowering pass.
pub(crate) struct Lowerer<'s, 'i> {
    pub(crate) idx: &'i LineIndex<'s>,
    pub(crate) filename: &'i str,
    depth: usize,
    /// Range of the f-string expression being lowered (for error positions).
    pub(crate) fstring_whole: TextRange,
}

impl<'s, 'i> Lowerer<'s, 'i> {
    pub(crate) fn new(idx: &'i LineIndex<'s>, filename: &'i str) -> Self {
        Lowerer {
            idx,
            filename,
            depth: 0,
            fstring_whole: TextRange::default(),
        }
    }

    pub(crate) fn loc(&self, range: TextRange) -> Loc {
        self.idx.loc(range)
    }

    pub(crate) fn src(&self) -> &'s str {
        self.idx.src()
    }

    /// Runs `f` one nesting level deeper, enforcing the depth limit and
    /// growing the stack when it runs low.
    pub(crate) fn enter<T>(&mut self, range: TextRange, f: impl FnOnce(&mut Self) -> R<T>) -> R<T> {
        self.depth += 1;
        if self.depth > MAX_AST_DEPTH {
            return Err(SyntaxError::recursion(self.filename, self.idx, range));
        }
        let r = stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || f(self));
        self.depth -= 1;
        r
    }

    /// An error for a construct ruff accepts but CPython 3.11's parser rejects.
    pub(crate) fn invalid(&self, range: TextRange, msg: &str) -> SyntaxError {
        SyntaxError::syntax(self.filename, self.idx, range, msg)
    }

    pub(crate) fn body(&mut self, stmts: &[r::Stmt]) -> R<Vec<Stmt>> {
        let mut out = Vec::with_capacity(stmts.len());
        for s in stmts {
            out.push(self.stmt(s)?);
        }
        Ok(out)
    }

    pub(crate) fn stmt(&mut self, s: &r::Stmt) -> R<Stmt> {
        self.enter(s.range(), |this| this.stmt_inner(s))
    }

    /// CPython ends a compound statement (and an `except` clause) at the
    /// last token of its block, which includes a trailing `;`.
    pub(crate) fn block_end(&self, range: TextRange) -> TextRange {
        let src = self.src();
        let end = u32::from(range.end()) as usize;
        let i = skip_trivia_inline(src, end);
        if src.as_bytes().get(i) == Some(&b';') {
            TextRange::new(range.start(), TextSize::from((i + 1) as u32))
        } else {
            range
        }
    }

    fn stmt_inner(&mut self, s: &r::Stmt) -> R<Stmt> {
        let compound = matches!(
            s,
            r::Stmt::FunctionDef(_)
                | r::Stmt::ClassDef(_)
                | r::Stmt::For(_)
                | r::Stmt::While(_)
                | r::Stmt::If(_)
                | r::Stmt::With(_)
                | r::Stmt::Match(_)
                | r::Stmt::Try(_)
        );
        let range = if compound {
            self.block_end(s.range())
        } else {
            s.range()
        };
        let loc = self.loc(range);
        let kind = match s {
            r::Stmt::FunctionDef(f) => {
                if let Some(tp) = &f.type_params {
                    return Err(self.invalid(tp.range(), "invalid syntax"));
                }
                let decorator_list = self.decorators(&f.decorator_list)?;
                let args = Box::new(self.parameters(Some(&f.parameters))?);
                let returns = self.opt_expr(f.returns.as_deref())?;
                let body = self.body(&f.body)?;
                let loc = self.def_loc(range, &f.decorator_list);
                return Ok(Stmt::new(
                    StmtKind::FunctionDef {
                        name: f.name.id.to_string(),
                        args,
                        body,
                        decorator_list,
                        returns,
                        is_async: f.is_async,
                    },
                    loc,
                ));
            }
            r::Stmt::ClassDef(c) => {
                if let Some(tp) = &c.type_params {
                    return Err(self.invalid(tp.range(), "invalid syntax"));
                }
                let decorator_list = self.decorators(&c.decorator_list)?;
                let (bases, keywords) = match &c.arguments {
                    Some(a) => self.call_arguments(a)?,
                    None => (Vec::new(), Vec::new()),
                };
                let body = self.body(&c.body)?;
                let loc = self.def_loc(range, &c.decorator_list);
                return Ok(Stmt::new(
                    StmtKind::ClassDef {
                        name: c.name.id.to_string(),
                        bases,
                        keywords,
                        body,
                        decorator_list,
                    },
                    loc,
                ));
            }
            r::Stmt::Return(x) => StmtKind::Return {
                value: self.opt_expr(x.value.as_deref())?,
            },
            r::Stmt::Delete(x) => StmtKind::Delete {
                targets: self.exprs(&x.targets)?,
            },
            r::Stmt::TypeAlias(x) => return Err(self.invalid(x.range(), "invalid syntax")),
            r::Stmt::Assign(x) => StmtKind::Assign {
                targets: self.exprs(&x.targets)?,
                value: self.bexpr(&x.value)?,
            },
            r::Stmt::AugAssign(x) => StmtKind::AugAssign {
                target: self.bexpr(&x.target)?,
                op: operator(x.op),
                value: self.bexpr(&x.value)?,
            },
            r::Stmt::AnnAssign(x) => StmtKind::AnnAssign {
                target: self.bexpr(&x.target)?,
                annotation: self.bexpr(&x.annotation)?,
                value: self.opt_expr(x.value.as_deref())?,
                simple: x.simple,
            },
            r::Stmt::For(x) => StmtKind::For {
                target: self.bexpr(&x.target)?,
                iter: self.bexpr(&x.iter)?,
                body: self.body(&x.body)?,
                orelse: self.body(&x.orelse)?,
                is_async: x.is_async,
            },
            r::Stmt::While(x) => StmtKind::While {
                test: self.bexpr(&x.test)?,
                body: self.body(&x.body)?,
                orelse: self.body(&x.orelse)?,
            },
            r::Stmt::If(x) => {
                let test = self.bexpr(&x.test)?;
                let body = self.body(&x.body)?;
                let orelse = self.elif_chain(&x.elif_else_clauses)?;
                StmtKind::If { test, body, orelse }
            }
            r::Stmt::With(x) => {
                let mut items = Vec::with_capacity(x.items.len());
                for it in &x.items {
                    items.push(WithItem {
                        context_expr: self.expr(&it.context_expr)?,
                        optional_vars: self.opt_expr(it.optional_vars.as_deref())?,
                    });
                }
                StmtKind::With {
                    items,
                    body: self.body(&x.body)?,
                    is_async: x.is_async,
                }
            }
            r::Stmt::Match(x) => {
                let subject = self.bexpr(&x.subject)?;
                let mut cases = Vec::with_capacity(x.cases.len());
                for c in &x.cases {
                    cases.push(MatchCase {
                        pattern: self.pattern(&c.pattern)?,
                        guard: self.opt_expr(c.guard.as_deref())?,
                        body: self.body(&c.body)?,
                    });
                }
                StmtKind::Match { subject, cases }
            }
            r::Stmt::Raise(x) => StmtKind::Raise {
                exc: self.opt_expr(x.exc.as_deref())?,
                cause: self.opt_expr(x.cause.as_deref())?,
            },
            r::Stmt::Try(x) => {
                let body = self.body(&x.body)?;
                let mut handlers = Vec::with_capacity(x.handlers.len());
                for h in &x.handlers {
                    let r::ExceptHandler::ExceptHandler(h) = h;
                    handlers.push(ExceptHandler {
                        type_: self.opt_expr(h.type_.as_deref())?,
                        name: h.name.as_ref().map(|n| n.id.to_string()),
                        body: self.body(&h.body)?,
                        loc: self.loc(self.block_end(h.range)),
                    });
                }
                let orelse = self.body(&x.orelse)?;
                let finalbody = self.body(&x.finalbody)?;
                if x.is_star {
                    StmtKind::TryStar {
                        body,
                        handlers,
                        orelse,
                        finalbody,
                    }
                } else {
                    StmtKind::Try {
                        body,
                        handlers,
                        orelse,
                        finalbody,
                    }
                }
            }
            r::Stmt::Assert(x) => StmtKind::Assert {
                test: self.bexpr(&x.test)?,
                msg: self.opt_expr(x.msg.as_deref())?,
            },
            r::Stmt::Import(x) => {
                if x.is_lazy {
                    return Err(self.invalid(x.range, "invalid syntax"));
                }
                StmtKind::Import {
                    names: self.aliases(&x.names),
                }
            }
            r::Stmt::ImportFrom(x) => {
                if x.is_lazy {
                    return Err(self.invalid(x.range, "invalid syntax"));
                }
                StmtKind::ImportFrom {
                    module: x.module.as_ref().map(|m| m.id.to_string()),
                    names: self.aliases(&x.names),
                    level: x.level,
                }
            }
            r::Stmt::Global(x) => StmtKind::Global {
                names: x.names.iter().map(|n| n.id.to_string()).collect(),
            },
            r::Stmt::Nonlocal(x) => StmtKind::Nonlocal {
                names: x.names.iter().map(|n| n.id.to_string()).collect(),
            },
            r::Stmt::Expr(x) => StmtKind::Expr {
                value: self.bexpr(&x.value)?,
            },
            r::Stmt::Pass(_) => StmtKind::Pass,
            r::Stmt::Break(_) => StmtKind::Break,
            r::Stmt::Continue(_) => StmtKind::Continue,
            r::Stmt::IpyEscapeCommand(x) => return Err(self.invalid(x.range, "invalid syntax")),
        };
        Ok(Stmt::new(kind, loc))
    }

    /// `elif`/`else` clauses become nested `If` statements in `orelse`, each
    /// spanning from its `elif` keyword to the end of the whole chain.
    fn elif_chain(&mut self, clauses: &[r::ElifElseClause]) -> R<Vec<Stmt>> {
        let Some(last) = clauses.last() else {
            return Ok(Vec::new());
        };
        let chain_end = self.block_end(last.range).end();
        // Each `elif` nests one level deeper in CPython's tree.
        let elifs = clauses.iter().filter(|c| c.test.is_some()).count();
        if self.depth + elifs > MAX_AST_DEPTH {
            return Err(SyntaxError::recursion(self.filename, self.idx, last.range));
        }
        self.depth += elifs;
        // Lower front to back (source order), then fold from the back.
        let mut lowered = Vec::with_capacity(clauses.len());
        for c in clauses {
            let test = match &c.test {
                Some(t) => Some(self.bexpr(t)?),
                None => None,
            };
            lowered.push((c.range.start(), test, self.body(&c.body)?));
        }
        self.depth -= elifs;
        let mut orelse = Vec::new();
        for (start, test, body) in lowered.into_iter().rev() {
            orelse = match test {
                None => body,
                Some(test) => {
                    let loc = self.loc(TextRange::new(start, chain_end));
                    vec![Stmt::new(StmtKind::If { test, body, orelse }, loc)]
                }
            };
        }
        Ok(orelse)
    }

    fn decorators(&mut self, decs: &[r::Decorator]) -> R<Vec<Expr>> {
        let mut out = Vec::with_capacity(decs.len());
        for d in decs {
            out.push(self.expr(&d.expression)?);
        }
        Ok(out)
    }

    /// CPython locates a decorated definition at its `def`/`async`/`class`
    /// keyword, not at the first decorator.
    fn def_loc(&self, range: TextRange, decs: &[r::Decorator]) -> Loc {
        let Some(last) = decs.last() else {
            return self.loc(range);
        };
        let start = skip_trivia(self.src(), u32::from(last.range.end()) as usize);
        let start = TextSize::from(start.min(u32::from(range.end()) as usize) as u32);
        self.loc(TextRange::new(start, range.end()))
    }

    fn aliases(&self, names: &[r::Alias]) -> Vec<Alias> {
        names
            .iter()
            .map(|a| Alias {
                name: a.name.id.to_string(),
                asname: a.asname.as_ref().map(|n| n.id.to_string()),
                loc: self.loc(a.range),
            })
            .collect()
    }
}

/// Skips whitespace, newlines, comments and line continuations from byte `i`.
pub(crate) fn skip_trivia(src: &str, mut i: usize) -> usize {
    let b = src.as_bytes();
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' | b'\\' => i += 1,
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            _ => break,
        }
    }
    i
}

/// Skips spaces and tabs (not newlines) from byte `i`.
pub(crate) fn skip_trivia_inline(src: &str, mut i: usize) -> usize {
    let b = src.as_bytes();
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    i
}

pub(crate) fn operator(op: r::Operator) -> Operator {
    match op {
        r::Operator::Add => Operator::Add,
        r::Operator::Sub => Operator::Sub,
        r::Operator::Mult => Operator::Mult,
        r::Operator::MatMult => Operator::MatMult,
        r::Operator::Div => Operator::Div,
        r::Operator::Mod => Operator::Mod,
        r::Operator::Pow => Operator::Pow,
        r::Operator::LShift => Operator::LShift,
        r::Operator::RShift => Operator::RShift,
        r::Operator::BitOr => Operator::BitOr,
        r::Operator::BitXor => Operator::BitXor,
        r::Operator::BitAnd => Operator::BitAnd,
        r::Operator::FloorDiv => Operator::FloorDiv,
    }
}
