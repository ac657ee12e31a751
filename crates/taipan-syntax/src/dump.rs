//! A canonical text dump of Taipan's AST, for tests and debugging.
//!
//! The format is `ast.dump`-like — `Name(id='x', ctx=Load())@1:0-1:1`, fields
//! in CPython's `_fields` order, locations after `@` — but canonicalised so
//! that it can be produced identically from CPython's `ast` module (see
//! `tests/pydump.py`): strings are quoted with non-printable-ASCII characters
//! escaped as `\u{hex}`, floats are shown as their IEEE bit patterns, async
//! variants are folded into `is_async=`, and `type_comment`/`kind` are omitted.

use std::fmt::Write;

use crate::ast::*;

/// Dumps a module.
pub fn dump_module(m: &Module) -> String {
    let mut d = Dumper(String::new());
    d.0.push_str("Module(body=");
    d.stmts(&m.body);
    d.0.push(')');
    d.0
}

/// Dumps an expression-mode tree.
pub fn dump_expression(e: &Expression) -> String {
    let mut d = Dumper(String::new());
    d.0.push_str("Expression(body=");
    d.expr(&e.body);
    d.0.push(')');
    d.0
}

/// Dumps an interactive-mode tree.
pub fn dump_interactive(m: &Interactive) -> String {
    let mut d = Dumper(String::new());
    d.0.push_str("Interactive(body=");
    d.stmts(&m.body);
    d.0.push(')');
    d.0
}

/// Quotes a string canonically.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        if (' '..='~').contains(&c) && c != '\'' && c != '\\' {
            out.push(c);
        } else {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
    out.push('\'');
    out
}

struct Dumper(String);

impl Dumper {
    fn s(&mut self, s: &str) {
        self.0.push_str(s);
    }

    fn loc(&mut self, l: Loc) {
        let _ = write!(
            self.0,
            "@{}:{}-{}:{}",
            l.lineno, l.col_offset, l.end_lineno, l.end_col_offset
        );
    }

    fn ident(&mut self, s: &str) {
        let q = quote(s);
        self.s(&q);
    }

    fn opt_ident(&mut self, s: &Option<Ident>) {
        match s {
            Some(s) => self.ident(s),
            None => self.s("None"),
        }
    }

    fn idents(&mut self, v: &[Ident]) {
        self.list(v, |d, s| d.ident(s));
    }

    fn list<T>(&mut self, v: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.s("[");
        for (i, x) in v.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            f(self, x);
        }
        self.s("]");
    }

    fn stmts(&mut self, v: &[Stmt]) {
        self.list(v, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, v: &[Expr]) {
        self.list(v, |d, e| d.expr(e));
    }

    fn opt_expr(&mut self, e: &Option<Box<Expr>>) {
        match e {
            Some(e) => self.expr(e),
            None => self.s("None"),
        }
    }

    fn bool(&mut self, b: bool) {
        self.s(if b { "True" } else { "False" });
    }

    fn constant(&mut self, c: &Constant) {
        match c {
            Constant::None => self.s("None"),
            Constant::Bool(b) => self.bool(*b),
            Constant::Ellipsis => self.s("Ellipsis"),
            Constant::Int(i) => {
                let _ = write!(self.0, "{i}");
            }
            Constant::Float(f) => {
                let _ = write!(self.0, "float:{:016x}", f.to_bits());
            }
            Constant::Complex { real, imag } => {
                let _ = write!(
                    self.0,
                    "complex:{:016x},{:016x}",
                    real.to_bits(),
                    imag.to_bits()
                );
            }
            Constant::Str(s) => self.ident(s),
            Constant::Bytes(b) => {
                self.s("b'");
                for x in b {
                    let _ = write!(self.0, "{x:02x}");
                }
                self.s("'");
            }
        }
    }

    fn ctx(&mut self, c: ExprContext) {
        self.s(match c {
            ExprContext::Load => "Load()",
            ExprContext::Store => "Store()",
            ExprContext::Del => "Del()",
        });
    }

    fn operator(&mut self, op: Operator) {
        let _ = write!(self.0, "{op:?}()");
    }

    fn args(&mut self, a: &Arguments) {
        self.s("arguments(posonlyargs=");
        self.list(&a.posonlyargs, |d, a| d.arg(a));
        self.s(", args=");
        self.list(&a.args, |d, a| d.arg(a));
        self.s(", vararg=");
        match &a.vararg {
            Some(a) => self.arg(a),
            None => self.s("None"),
        }
        self.s(", kwonlyargs=");
        self.list(&a.kwonlyargs, |d, a| d.arg(a));
        self.s(", kw_defaults=");
        self.list(&a.kw_defaults, |d, e| match e {
            Some(e) => d.expr(e),
            None => d.s("None"),
        });
        self.s(", kwarg=");
        match &a.kwarg {
            Some(a) => self.arg(a),
            None => self.s("None"),
        }
        self.s(", defaults=");
        self.exprs(&a.defaults);
        self.s(")");
    }

    fn arg(&mut self, a: &Arg) {
        self.s("arg(arg=");
        self.ident(&a.arg);
        self.s(", annotation=");
        self.opt_expr(&a.annotation);
        self.s(")");
        self.loc(a.loc);
    }

    fn keyword(&mut self, k: &Keyword) {
        self.s("keyword(arg=");
        self.opt_ident(&k.arg);
        self.s(", value=");
        self.expr(&k.value);
        self.s(")");
        self.loc(k.loc);
    }

    fn alias(&mut self, a: &Alias) {
        self.s("alias(name=");
        self.ident(&a.name);
        self.s(", asname=");
        self.opt_ident(&a.asname);
        self.s(")");
        self.loc(a.loc);
    }

    fn comprehension(&mut self, c: &Comprehension) {
        self.s("comprehension(target=");
        self.expr(&c.target);
        self.s(", iter=");
        self.expr(&c.iter);
        self.s(", ifs=");
        self.exprs(&c.ifs);
        self.s(", is_async=");
        self.bool(c.is_async);
        self.s(")");
    }

    fn handlers(&mut self, hs: &[ExceptHandler]) {
        self.list(hs, |d, h| {
            d.s("ExceptHandler(type=");
            d.opt_expr(&h.type_);
            d.s(", name=");
            d.opt_ident(&h.name);
            d.s(", body=");
            d.stmts(&h.body);
            d.s(")");
            d.loc(h.loc);
        });
    }

    fn try_(
        &mut self,
        name: &str,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        fin: &[Stmt],
    ) {
        self.s(name);
        self.s("(body=");
        self.stmts(body);
        self.s(", handlers=");
        self.handlers(handlers);
        self.s(", orelse=");
        self.stmts(orelse);
        self.s(", finalbody=");
        self.stmts(fin);
        self.s(")");
    }

    fn stmt(&mut self, st: &Stmt) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.stmt_inner(st));
    }

    fn stmt_inner(&mut self, st: &Stmt) {
        match &st.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                is_async,
            } => {
                self.s("FunctionDef(name=");
                self.ident(name);
                self.s(", args=");
                self.args(args);
                self.s(", body=");
                self.stmts(body);
                self.s(", decorator_list=");
                self.exprs(decorator_list);
                self.s(", returns=");
                self.opt_expr(returns);
                self.s(", is_async=");
                self.bool(*is_async);
                self.s(")");
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.s("ClassDef(name=");
                self.ident(name);
                self.s(", bases=");
                self.exprs(bases);
                self.s(", keywords=");
                self.list(keywords, |d, k| d.keyword(k));
                self.s(", body=");
                self.stmts(body);
                self.s(", decorator_list=");
                self.exprs(decorator_list);
                self.s(")");
            }
            StmtKind::Return { value } => {
                self.s("Return(value=");
                self.opt_expr(value);
                self.s(")");
            }
            StmtKind::Delete { targets } => {
                self.s("Delete(targets=");
                self.exprs(targets);
                self.s(")");
            }
            StmtKind::Assign { targets, value } => {
                self.s("Assign(targets=");
                self.exprs(targets);
                self.s(", value=");
                self.expr(value);
                self.s(")");
            }
            StmtKind::AugAssign { target, op, value } => {
                self.s("AugAssign(target=");
                self.expr(target);
                self.s(", op=");
                self.operator(*op);
                self.s(", value=");
                self.expr(value);
                self.s(")");
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.s("AnnAssign(target=");
                self.expr(target);
                self.s(", annotation=");
                self.expr(annotation);
                self.s(", value=");
                self.opt_expr(value);
                self.s(", simple=");
                self.bool(*simple);
                self.s(")");
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                self.s("For(target=");
                self.expr(target);
                self.s(", iter=");
                self.expr(iter);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(", is_async=");
                self.bool(*is_async);
                self.s(")");
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.s(if matches!(st.kind, StmtKind::While { .. }) {
                    "While(test="
                } else {
                    "If(test="
                });
                self.expr(test);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(")");
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                self.s("With(items=");
                self.list(items, |d, it| {
                    d.s("withitem(context_expr=");
                    d.expr(&it.context_expr);
                    d.s(", optional_vars=");
                    d.opt_expr(&it.optional_vars);
                    d.s(")");
                });
                self.s(", body=");
                self.stmts(body);
                self.s(", is_async=");
                self.bool(*is_async);
                self.s(")");
            }
            StmtKind::Match { subject, cases } => {
                self.s("Match(subject=");
                self.expr(subject);
                self.s(", cases=");
                self.list(cases, |d, c| {
                    d.s("match_case(pattern=");
                    d.pattern(&c.pattern);
                    d.s(", guard=");
                    d.opt_expr(&c.guard);
                    d.s(", body=");
                    d.stmts(&c.body);
                    d.s(")");
                });
                self.s(")");
            }
            StmtKind::Raise { exc, cause } => {
                self.s("Raise(exc=");
                self.opt_expr(exc);
                self.s(", cause=");
                self.opt_expr(cause);
                self.s(")");
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_("Try", body, handlers, orelse, finalbody),
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_("TryStar", body, handlers, orelse, finalbody),
            StmtKind::Assert { test, msg } => {
                self.s("Assert(test=");
                self.expr(test);
                self.s(", msg=");
                self.opt_expr(msg);
                self.s(")");
            }
            StmtKind::Import { names } => {
                self.s("Import(names=");
                self.list(names, |d, a| d.alias(a));
                self.s(")");
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.s("ImportFrom(module=");
                self.opt_ident(module);
                self.s(", names=");
                self.list(names, |d, a| d.alias(a));
                let _ = write!(self.0, ", level={level})");
            }
            StmtKind::Global { names } => {
                self.s("Global(names=");
                self.idents(names);
                self.s(")");
            }
            StmtKind::Nonlocal { names } => {
                self.s("Nonlocal(names=");
                self.idents(names);
                self.s(")");
            }
            StmtKind::Expr { value } => {
                self.s("Expr(value=");
                self.expr(value);
                self.s(")");
            }
            StmtKind::Pass => self.s("Pass()"),
            StmtKind::Break => self.s("Break()"),
            StmtKind::Continue => self.s("Continue()"),
        }
        self.loc(st.loc);
    }

    fn expr(&mut self, e: &Expr) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e));
    }

    fn comp(&mut self, name: &str, elt: &Expr, generators: &[Comprehension]) {
        self.s(name);
        self.s("(elt=");
        self.expr(elt);
        self.s(", generators=");
        self.list(generators, |d, c| d.comprehension(c));
        self.s(")");
    }

    fn expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let _ = write!(self.0, "BoolOp(op={op:?}(), values=");
                self.exprs(values);
                self.s(")");
            }
            ExprKind::NamedExpr { target, value } => {
                self.s("NamedExpr(target=");
                self.expr(target);
                self.s(", value=");
                self.expr(value);
                self.s(")");
            }
            ExprKind::BinOp { left, op, right } => {
                self.s("BinOp(left=");
                self.expr(left);
                self.s(", op=");
                self.operator(*op);
                self.s(", right=");
                self.expr(right);
                self.s(")");
            }
            ExprKind::UnaryOp { op, operand } => {
                let _ = write!(self.0, "UnaryOp(op={op:?}(), operand=");
                self.expr(operand);
                self.s(")");
            }
            ExprKind::Lambda { args, body } => {
                self.s("Lambda(args=");
                self.args(args);
                self.s(", body=");
                self.expr(body);
                self.s(")");
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.s("IfExp(test=");
                self.expr(test);
                self.s(", body=");
                self.expr(body);
                self.s(", orelse=");
                self.expr(orelse);
                self.s(")");
            }
            ExprKind::Dict { keys, values } => {
                self.s("Dict(keys=");
                self.list(keys, |d, k| match k {
                    Some(k) => d.expr(k),
                    None => d.s("None"),
                });
                self.s(", values=");
                self.exprs(values);
                self.s(")");
            }
            ExprKind::Set { elts } => {
                self.s("Set(elts=");
                self.exprs(elts);
                self.s(")");
            }
            ExprKind::ListComp { elt, generators } => self.comp("ListComp", elt, generators),
            ExprKind::SetComp { elt, generators } => self.comp("SetComp", elt, generators),
            ExprKind::GeneratorExp { elt, generators } => {
                self.comp("GeneratorExp", elt, generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.s("DictComp(key=");
                self.expr(key);
                self.s(", value=");
                self.expr(value);
                self.s(", generators=");
                self.list(generators, |d, c| d.comprehension(c));
                self.s(")");
            }
            ExprKind::Await { value } => {
                self.s("Await(value=");
                self.expr(value);
                self.s(")");
            }
            ExprKind::Yield { value } => {
                self.s("Yield(value=");
                self.opt_expr(value);
                self.s(")");
            }
            ExprKind::YieldFrom { value } => {
                self.s("YieldFrom(value=");
                self.expr(value);
                self.s(")");
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.s("Compare(left=");
                self.expr(left);
                self.s(", ops=");
                self.list(ops, |d, op| {
                    let _ = write!(d.0, "{op:?}()");
                });
                self.s(", comparators=");
                self.exprs(comparators);
                self.s(")");
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.s("Call(func=");
                self.expr(func);
                self.s(", args=");
                self.exprs(args);
                self.s(", keywords=");
                self.list(keywords, |d, k| d.keyword(k));
                self.s(")");
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.s("FormattedValue(value=");
                self.expr(value);
                let _ = write!(self.0, ", conversion={conversion}, format_spec=");
                self.opt_expr(format_spec);
                self.s(")");
            }
            ExprKind::JoinedStr { values } => {
                self.s("JoinedStr(values=");
                self.exprs(values);
                self.s(")");
            }
            ExprKind::Constant { value } => {
                self.s("Constant(value=");
                self.constant(value);
                self.s(")");
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.s("Attribute(value=");
                self.expr(value);
                self.s(", attr=");
                self.ident(attr);
                self.s(", ctx=");
                self.ctx(*ctx);
                self.s(")");
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.s("Subscript(value=");
                self.expr(value);
                self.s(", slice=");
                self.expr(slice);
                self.s(", ctx=");
                self.ctx(*ctx);
                self.s(")");
            }
            ExprKind::Starred { value, ctx } => {
                self.s("Starred(value=");
                self.expr(value);
                self.s(", ctx=");
                self.ctx(*ctx);
                self.s(")");
            }
            ExprKind::Name { id, ctx } => {
                self.s("Name(id=");
                self.ident(id);
                self.s(", ctx=");
                self.ctx(*ctx);
                self.s(")");
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                self.s(if matches!(e.kind, ExprKind::List { .. }) {
                    "List(elts="
                } else {
                    "Tuple(elts="
                });
                self.exprs(elts);
                self.s(", ctx=");
                self.ctx(*ctx);
                self.s(")");
            }
            ExprKind::Slice { lower, upper, step } => {
                self.s("Slice(lower=");
                self.opt_expr(lower);
                self.s(", upper=");
                self.opt_expr(upper);
                self.s(", step=");
                self.opt_expr(step);
                self.s(")");
            }
        }
        self.loc(e.loc);
    }

    fn patterns(&mut self, ps: &[Pattern]) {
        self.list(ps, |d, p| d.pattern(p));
    }

    fn pattern(&mut self, p: &Pattern) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.pattern_inner(p));
    }

    fn pattern_inner(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue { value } => {
                self.s("MatchValue(value=");
                self.expr(value);
                self.s(")");
            }
            PatternKind::MatchSingleton { value } => {
                self.s("MatchSingleton(value=");
                self.constant(value);
                self.s(")");
            }
            PatternKind::MatchSequence { patterns } => {
                self.s("MatchSequence(patterns=");
                self.patterns(patterns);
                self.s(")");
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.s("MatchMapping(keys=");
                self.exprs(keys);
                self.s(", patterns=");
                self.patterns(patterns);
                self.s(", rest=");
                self.opt_ident(rest);
                self.s(")");
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.s("MatchClass(cls=");
                self.expr(cls);
                self.s(", patterns=");
                self.patterns(patterns);
                self.s(", kwd_attrs=");
                self.idents(kwd_attrs);
                self.s(", kwd_patterns=");
                self.patterns(kwd_patterns);
                self.s(")");
            }
            PatternKind::MatchStar { name } => {
                self.s("MatchStar(name=");
                self.opt_ident(name);
                self.s(")");
            }
            PatternKind::MatchAs { pattern, name } => {
                self.s("MatchAs(pattern=");
                match pattern {
                    Some(p) => self.pattern(p),
                    None => self.s("None"),
                }
                self.s(", name=");
                self.opt_ident(name);
                self.s(")");
            }
            PatternKind::MatchOr { patterns } => {
                self.s("MatchOr(patterns=");
                self.patterns(patterns);
                self.s(")");
            }
        }
        self.loc(p.loc);
    }
}
