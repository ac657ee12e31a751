//! Comprehensions and generator expressions, as CPython 3.11 compiles them:
//! a nested function (`<listcomp>`, `<setcomp>`, `<dictcomp>`, `<genexpr>`)
//! taking the outermost iterator as its only argument `.0`, called right away
//! (`MAKE_FUNCTION; <iter>; GET_ITER; CALL 0`), with synchronous (`FOR_ITER`)
//! and asynchronous (`GET_ANEXT` … `END_ASYNC_FOR`) generator loops.

use taipan_bytecode::{Constant, Opcode};
use taipan_syntax::ast::*;

use super::{CResult, Compiler, FBlockKind, ScopeType};
use crate::cfg::{Op, NO_BLOCK};

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompType {
    Gen,
    List,
    Set,
    Dict,
}

impl<'a> Compiler<'a> {
    pub fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (ty, name, generators, elt, val): (
            CompType,
            &str,
            &'a [Comprehension],
            &'a Expr,
            Option<&'a Expr>,
        ) = match &e.kind {
            ExprKind::GeneratorExp { elt, generators } => {
                (CompType::Gen, "<genexpr>", generators, elt, None)
            }
            ExprKind::ListComp { elt, generators } => {
                (CompType::List, "<listcomp>", generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                (CompType::Set, "<setcomp>", generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (CompType::Dict, "<dictcomp>", generators, key, Some(value)),
            _ => return Ok(()),
        };
        let Some(outermost) = generators.first() else {
            return Err(self.internal("comprehension without generators"));
        };
        let outer_scope_type = self.ur().scope_type;
        let scope = self
            .st
            .scope_for(e)
            .ok_or_else(|| self.internal("missing comprehension scope"))?;
        self.enter_scope(name, ScopeType::Comprehension, scope, e.loc.lineno)?;
        self.set_loc(&e.loc);
        let is_async_generator = self.ste().coroutine;
        if is_async_generator
            && ty != CompType::Gen
            && outer_scope_type != ScopeType::AsyncFunction
            && outer_scope_type != ScopeType::Comprehension
        {
            return Err(
                self.error("asynchronous comprehension outside of an asynchronous function")
            );
        }
        match ty {
            CompType::List => self.addop_i(Opcode::BUILD_LIST, 0),
            CompType::Set => self.addop_i(Opcode::BUILD_SET, 0),
            CompType::Dict => self.addop_i(Opcode::BUILD_MAP, 0),
            CompType::Gen => {}
        }
        self.comprehension_generator(generators, 0, 0, elt, val, ty)?;
        if ty != CompType::Gen {
            self.addop(Opcode::RETURN_VALUE);
        }
        let co = self.exit_scope(true)?;
        self.make_closure(co, 0)?;
        self.visit_iter_folded(&outermost.iter)?;
        if outermost.is_async {
            self.addop(Opcode::GET_AITER);
        } else {
            self.addop(Opcode::GET_ITER);
        }
        self.addop_i(Opcode::CALL, 0);
        if is_async_generator && ty != CompType::Gen {
            self.addop_i(Opcode::GET_AWAITABLE, 0);
            self.load_const(Constant::None);
            self.add_yield_from(true);
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        gens: &'a [Comprehension],
        gen_index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        ty: CompType,
    ) -> CResult {
        stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || {
            if gens[gen_index].is_async {
                self.async_comprehension_generator(gens, gen_index, depth, elt, val, ty)
            } else {
                self.sync_comprehension_generator(gens, gen_index, depth, elt, val, ty)
            }
        })
    }

    fn comprehension_element(
        &mut self,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        ty: CompType,
    ) -> CResult {
        match ty {
            CompType::Gen => {
                self.visit_expr(elt)?;
                self.addop_yield();
                self.addop(Opcode::POP_TOP);
            }
            CompType::List => {
                self.visit_expr(elt)?;
                self.addop_i(Opcode::LIST_APPEND, depth + 1);
            }
            CompType::Set => {
                self.visit_expr(elt)?;
                self.addop_i(Opcode::SET_ADD, depth + 1);
            }
            CompType::Dict => {
                self.visit_expr(elt)?;
                if let Some(v) = val {
                    self.visit_expr(v)?;
                }
                self.addop_i(Opcode::MAP_ADD, depth + 1);
            }
        }
        Ok(())
    }

    fn sync_comprehension_generator(
        &mut self,
        gens: &'a [Comprehension],
        mut gen_index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        ty: CompType,
    ) -> CResult {
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        let gen = &gens[gen_index];
        if gen_index == 0 {
            self.u().argcount = 1;
            self.addop_i(Opcode::LOAD_FAST, 0);
        } else {
            let elts = match &gen.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => Some(elts),
                _ => None,
            };
            if let Some(elts) = elts {
                if elts.len() == 1 && !matches!(elts[0].kind, ExprKind::Starred { .. }) {
                    self.visit_expr(&elts[0])?;
                    start = None;
                }
            }
            if start.is_some() {
                self.visit_iter_folded(&gen.iter)?;
                self.addop(Opcode::GET_ITER);
            }
        }
        if let Some(st) = start {
            depth += 1;
            self.use_next_block(st);
            self.jump(Opcode::FOR_ITER, anchor);
        }
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        gen_index += 1;
        if gen_index < gens.len() {
            self.comprehension_generator(gens, gen_index, depth, elt, val, ty)?;
        }
        if gen_index >= gens.len() {
            self.comprehension_element(depth, elt, val, ty)?;
        }
        self.use_next_block(if_cleanup);
        if let Some(st) = start {
            self.addop_j(Op::Jump, st);
            self.use_next_block(anchor);
        }
        Ok(())
    }

    fn async_comprehension_generator(
        &mut self,
        gens: &'a [Comprehension],
        mut gen_index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        ty: CompType,
    ) -> CResult {
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        let gen = &gens[gen_index];
        if gen_index == 0 {
            self.u().argcount = 1;
            self.addop_i(Opcode::LOAD_FAST, 0);
        } else {
            self.visit_expr(&gen.iter)?;
            self.addop(Opcode::GET_AITER);
        }
        self.use_next_block(start);
        self.push_fblock(FBlockKind::AsyncComprehensionGenerator, start, NO_BLOCK)?;
        self.addop_j(Op::SetupFinally, except);
        self.addop(Opcode::GET_ANEXT);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.pseudo(Op::PopBlock);
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        gen_index += 1;
        if gen_index < gens.len() {
            self.comprehension_generator(gens, gen_index, depth, elt, val, ty)?;
        }
        if gen_index >= gens.len() {
            self.comprehension_element(depth, elt, val, ty)?;
        }
        self.use_next_block(if_cleanup);
        self.addop_j(Op::Jump, start);
        self.pop_fblock();
        self.use_next_block(except);
        self.addop(Opcode::END_ASYNC_FOR);
        Ok(())
    }
}
