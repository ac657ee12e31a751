//! Statements: `compiler_visit_stmt` and the simple statement kinds of CPython
//! 3.11 — assignments (plain, augmented, annotated), `del`, `if`, loops (with
//! the test at the top: Taipan's conditional jumps are forward-only),
//! `return`/`break`/`continue` with frame-block unwinding, `raise`, `assert`,
//! imports (including `__future__` checks) and expression statements.

use taipan_bytecode::{Constant, Opcode};
use taipan_syntax::ast::*;

use super::expr::binop_arg;
use super::fold::{fold, is_const};
use super::{CResult, Compiler, FBlock, FBlockKind, ScopeType};
use crate::cfg::Op;
use crate::symtable::BlockType;

/// `find_ann`: does the statement list contain an annotated assignment
/// (outside nested functions and classes)?
pub fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        }
        | StmtKind::TryStar {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            find_ann(body)
                || find_ann(orelse)
                || find_ann(finalbody)
                || handlers.iter().any(|h| find_ann(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

impl<'a> Compiler<'a> {
    pub fn visit_stmts(&mut self, stmts: &'a [Stmt]) -> CResult {
        for s in stmts {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    pub fn visit_stmt(&mut self, s: &'a Stmt) -> CResult {
        self.enter_recursion(&s.loc)?;
        let r = stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || self.visit_stmt1(s));
        self.leave_recursion();
        r
    }

    fn visit_stmt1(&mut self, s: &'a Stmt) -> CResult {
        self.set_loc(&s.loc);
        match &s.kind {
            StmtKind::FunctionDef { .. } => self.function_def(s)?,
            StmtKind::ClassDef { .. } => self.class_def(s)?,
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref())?,
            StmtKind::Delete { targets } => self.visit_exprs(targets)?,
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.addop_i(Opcode::COPY, 1);
                    }
                    self.visit_expr(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.augassign(s, target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.annassign(target, annotation, value.as_deref(), *simple)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.async_for(s, target, iter, body, orelse)?
                } else {
                    self.for_stmt(target, iter, body, orelse)?
                }
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse)?,
            StmtKind::If { test, body, orelse } => {
                let end = self.new_block();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_block()
                };
                self.jump_if(test, next, false)?;
                self.visit_stmts(body)?;
                if !orelse.is_empty() {
                    self.jump_noline(Op::Jump, end);
                    self.use_next_block(next);
                    self.visit_stmts(orelse)?;
                }
                self.use_next_block(end);
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.addop_i(Opcode::RAISE_VARARGS, n);
                self.next_block();
            }
            StmtKind::Try { finalbody, .. } => {
                if !finalbody.is_empty() {
                    self.try_finally(s)?
                } else {
                    self.try_except(s)?
                }
            }
            StmtKind::TryStar { finalbody, .. } => {
                if !finalbody.is_empty() {
                    self.try_finally(s)?
                } else {
                    self.try_star_except(s)?
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_block();
                self.jump_if(test, end, true)?;
                self.addop(Opcode::LOAD_ASSERTION_ERROR);
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                    self.addop_i(Opcode::CALL, 0);
                }
                self.addop_i(Opcode::RAISE_VARARGS, 1);
                self.use_next_block(end);
            }
            StmtKind::Import { names } => self.import(names)?,
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(s, module.as_deref(), names, *level)?,
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
            StmtKind::Expr { value } => {
                if self.interactive && self.units.len() <= 1 {
                    self.visit_expr(value)?;
                    self.addop(Opcode::PRINT_EXPR);
                } else if is_const(value) {
                    self.addop(Opcode::NOP);
                } else {
                    self.visit_expr(value)?;
                    self.unset_loc();
                    self.addop(Opcode::POP_TOP);
                }
            }
            StmtKind::Pass => self.addop(Opcode::NOP),
            StmtKind::Break => self.break_stmt()?,
            StmtKind::Continue => self.continue_stmt()?,
            StmtKind::With { is_async, .. } => {
                if *is_async {
                    self.async_with(s, 0)?
                } else {
                    self.with(s, 0)?
                }
            }
        }
        Ok(())
    }

    // ----- assignments -----

    fn augassign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        op: Operator,
        value: &'a Expr,
    ) -> CResult {
        let _ = s;
        let old = self.ur().loc;
        self.set_loc(&target.loc);
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.visit_expr(obj)?;
                self.addop_i(Opcode::COPY, 1);
                self.update_start_location_to_match_attr(target);
                self.addop_name(Opcode::LOAD_ATTR, attr);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.visit_expr(obj)?;
                self.visit_expr(slice)?;
                self.addop_i(Opcode::COPY, 2);
                self.addop_i(Opcode::COPY, 2);
                self.addop(Opcode::BINARY_SUBSCR);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Load)?,
            _ => return Err(self.error("illegal expression for augmented assignment")),
        }
        self.u().loc = old;
        self.visit_expr(value)?;
        self.addop_i(Opcode::BINARY_OP, binop_arg(op, true));
        self.set_loc(&target.loc);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.update_start_location_to_match_attr(target);
                self.addop_i(Opcode::SWAP, 2);
                self.addop_name(Opcode::STORE_ATTR, attr);
            }
            ExprKind::Subscript { .. } => {
                self.addop_i(Opcode::SWAP, 3);
                self.addop_i(Opcode::SWAP, 2);
                self.addop(Opcode::STORE_SUBSCR);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Store)?,
            _ => {}
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult {
        self.visit_expr(e)?;
        self.addop(Opcode::POP_TOP);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    fn annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.visit_expr(v)?;
            self.visit_expr(target)?;
        }
        let module_or_class = matches!(self.ur().scope_type, ScopeType::Module | ScopeType::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.forbidden_name(id, ExprContext::Store)?;
                if simple && module_or_class {
                    if self.future_annotations {
                        let old = self.ur().loc;
                        self.set_loc(&annotation.loc);
                        self.load_const(Constant::Str(super::unparse::expr_as_string(annotation)));
                        self.u().loc = old;
                    } else {
                        self.visit_expr(annotation)?;
                    }
                    self.addop_name(Opcode::LOAD_NAME, "__annotations__");
                    let mangled = crate::symtable::mangle(self.ur().private.as_deref(), id);
                    self.load_const(Constant::Str(mangled));
                    self.addop(Opcode::STORE_SUBSCR);
                }
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.forbidden_name(attr, ExprContext::Store)?;
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => return Err(self.error("invalid node type for annotated assignment")),
        }
        if !simple && module_or_class && !self.future_annotations {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    // ----- loops -----

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_block();
        let bodyb = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlockKind::ForLoop, start, end)?;
        self.visit_iter_folded(iter)?;
        self.addop(Opcode::GET_ITER);
        self.use_next_block(start);
        self.jump(Opcode::FOR_ITER, cleanup);
        self.use_next_block(bodyb);
        self.visit_expr(target)?;
        self.visit_stmts(body)?;
        self.unset_loc();
        self.addop_j(Op::Jump, start);
        self.use_next_block(cleanup);
        self.pop_fblock();
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn while_stmt(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let loop_ = self.new_block();
        let bodyb = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_next_block(loop_);
        self.push_fblock(FBlockKind::WhileLoop, loop_, end)?;
        self.jump_if(test, anchor, false)?;
        self.use_next_block(bodyb);
        self.visit_stmts(body)?;
        self.set_loc(&s.loc);
        self.unset_loc();
        self.addop_j(Op::Jump, loop_);
        self.pop_fblock();
        self.use_next_block(anchor);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    // ----- unwinding -----

    /// `compiler_unwind_fblock`.
    pub fn unwind_fblock(&mut self, info: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match &info.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.addop_i(Opcode::SWAP, 2);
                }
                self.addop(Opcode::POP_TOP);
            }
            FBlockKind::TryExcept => self.pseudo(Op::PopBlock),
            FBlockKind::FinallyTry(body) => {
                self.pseudo(Op::PopBlock);
                if preserve_tos {
                    self.push_fblock(
                        FBlockKind::PopValue,
                        crate::cfg::NO_BLOCK,
                        crate::cfg::NO_BLOCK,
                    )?;
                }
                self.visit_stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.addop_i(Opcode::SWAP, 2);
                }
                self.addop(Opcode::POP_TOP);
                if preserve_tos {
                    self.addop_i(Opcode::SWAP, 2);
                }
                self.pseudo(Op::PopBlock);
                self.addop(Opcode::POP_EXCEPT);
            }
            FBlockKind::With(loc) | FBlockKind::AsyncWith(loc) => {
                self.set_loc(loc);
                self.pseudo(Op::PopBlock);
                if preserve_tos {
                    self.addop_i(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if matches!(info.kind, FBlockKind::AsyncWith(_)) {
                    self.addop_i(Opcode::GET_AWAITABLE, 2);
                    self.load_const(Constant::None);
                    self.add_yield_from(true);
                }
                self.addop(Opcode::POP_TOP);
                self.unset_loc();
            }
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.pseudo(Op::PopBlock);
                }
                if preserve_tos {
                    self.addop_i(Opcode::SWAP, 2);
                }
                self.pseudo(Op::PopBlock);
                self.addop(Opcode::POP_EXCEPT);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.nameop(n, ExprContext::Store)?;
                    self.nameop(n, ExprContext::Del)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.addop_i(Opcode::SWAP, 2);
                }
                self.addop(Opcode::POP_TOP);
            }
        }
        Ok(())
    }

    /// `compiler_unwind_fblock_stack`; with `want_loop`, stops at the innermost loop
    /// and returns it.
    pub fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        want_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().cloned() else {
            return Ok(None);
        };
        if matches!(top.kind, FBlockKind::ExceptionGroupHandler) {
            return Err(
                self.error("'break', 'continue' and 'return' cannot appear in an except* block")
            );
        }
        if want_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        self.unwind_fblock(&top, preserve_tos)?;
        let r = self.unwind_fblock_stack(preserve_tos, want_loop)?;
        self.u().fblocks.push(top);
        Ok(r)
    }

    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        let const_value = value.and_then(|v| if is_const(v) { fold(v) } else { None });
        let preserve_tos = value.is_some() && const_value.is_none();
        let ste = self.ste();
        if ste.typ != BlockType::Function {
            return Err(self.error("'return' outside function"));
        }
        if value.is_some() && ste.coroutine && ste.generator {
            return Err(self.error("'return' with value in async generator"));
        }
        if preserve_tos {
            if let Some(v) = value {
                self.visit_expr(v)?;
            }
        } else if let Some(v) = value {
            self.set_loc(&v.loc);
            self.addop(Opcode::NOP);
        }
        if value.is_none_or(|v| v.loc.lineno != s.loc.lineno) {
            self.set_loc(&s.loc);
            self.addop(Opcode::NOP);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match (value, const_value) {
            (None, _) => self.load_const(Constant::None),
            (Some(_), Some(c)) => self.load_const(c),
            _ => {}
        }
        self.addop(Opcode::RETURN_VALUE);
        self.next_block();
        Ok(())
    }

    fn break_stmt(&mut self) -> CResult {
        let loc = self.ur().loc;
        self.addop(Opcode::NOP);
        let lp = self.unwind_fblock_stack(false, true)?;
        let Some(lp) = lp else {
            self.u().loc = loc;
            return Err(self.error("'break' outside loop"));
        };
        self.unwind_fblock(&lp, false)?;
        self.addop_j(Op::Jump, lp.exit);
        self.next_block();
        Ok(())
    }

    fn continue_stmt(&mut self) -> CResult {
        let loc = self.ur().loc;
        self.addop(Opcode::NOP);
        let lp = self.unwind_fblock_stack(false, true)?;
        let Some(lp) = lp else {
            self.u().loc = loc;
            return Err(self.error("'continue' not properly in loop"));
        };
        self.addop_j(Op::Jump, lp.block);
        self.next_block();
        Ok(())
    }

    // ----- imports -----

    fn import(&mut self, names: &'a [Alias]) -> CResult {
        for alias in names {
            self.load_const(Constant::Int(0.into()));
            self.load_const(Constant::None);
            self.addop_name(Opcode::IMPORT_NAME, &alias.name);
            if let Some(asname) = &alias.asname {
                self.import_as(&alias.name, asname)?;
            } else {
                let store = match alias.name.find('.') {
                    Some(d) => &alias.name[..d],
                    None => alias.name.as_str(),
                };
                self.nameop(store, ExprContext::Store)?;
            }
        }
        Ok(())
    }

    fn import_as(&mut self, name: &str, asname: &str) -> CResult {
        let parts: Vec<&str> = name.split('.').collect();
        if parts.len() > 1 {
            for (i, attr) in parts[1..].iter().enumerate() {
                let idx = self.u().names.insert(attr);
                self.addop_i(Opcode::IMPORT_FROM, idx);
                if i + 2 < parts.len() {
                    self.addop_i(Opcode::SWAP, 2);
                    self.addop(Opcode::POP_TOP);
                }
            }
            self.nameop(asname, ExprContext::Store)?;
            self.addop(Opcode::POP_TOP);
            return Ok(());
        }
        self.nameop(asname, ExprContext::Store)
    }

    fn import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult {
        self.load_const(Constant::Int(level.into()));
        if module == Some("__future__") && s.loc.lineno > self.future_lineno {
            return Err(
                self.error("from __future__ imports must occur at the beginning of the file")
            );
        }
        let tuple: Vec<Constant> = names
            .iter()
            .map(|a| Constant::Str(a.name.clone()))
            .collect();
        self.load_const(Constant::Tuple(tuple));
        self.addop_name(Opcode::IMPORT_NAME, module.unwrap_or(""));
        for (i, alias) in names.iter().enumerate() {
            if i == 0 && alias.name.starts_with('*') {
                self.addop(Opcode::IMPORT_STAR);
                return Ok(());
            }
            self.addop_name(Opcode::IMPORT_FROM, &alias.name);
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.nameop(store, ExprContext::Store)?;
        }
        self.addop(Opcode::POP_TOP);
        Ok(())
    }
}

/// What the leading `from __future__ import` statements enable.
#[derive(Clone, Copy, Debug, Default)]
pub struct FutureFeatures {
    /// Line of the last valid future import (later ones are errors).
    pub lineno: u32,
    /// `from __future__ import annotations`: annotations are stored as strings.
    pub annotations: bool,
}

/// `future.c`: validate the leading `from __future__ import` statements.
pub fn future_features(
    body: &[Stmt],
    src: &crate::errors::Source<'_>,
) -> Result<FutureFeatures, taipan_syntax::SyntaxError> {
    let mut ff = FutureFeatures::default();
    let mut done = false;
    for (i, s) in body.iter().enumerate() {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => {
                if done {
                    // Reported by the code generator at this statement.
                    break;
                }
                for a in names {
                    let l = &s.loc;
                    let at = |msg: String| {
                        let mut e = src.error(msg, l);
                        e.end_lineno = l.lineno;
                        e.end_offset = 0;
                        e
                    };
                    if a.name == "braces" {
                        return Err(at("not a chance".into()));
                    }
                    if !FUTURE_FEATURES.contains(&a.name.as_str()) {
                        return Err(at(format!("future feature {} is not defined", a.name)));
                    }
                    if a.name == "annotations" {
                        ff.annotations = true;
                    }
                }
                ff.lineno = s.loc.lineno;
            }
            StmtKind::Expr { value }
                if i == 0
                    && matches!(
                        &value.kind,
                        ExprKind::Constant {
                            value: taipan_syntax::ast::Constant::Str(_)
                        }
                    ) => {}
            _ => done = true,
        }
    }
    Ok(ff)
}
