//! Exception handling constructs, following CPython 3.11's compile.c: `try`/
//! `except` (with the `e = None; del e` cleanup), `try`/`finally` (the finally
//! body duplicated on the normal and exceptional paths), `try`/`except*`
//! (`CHECK_EG_MATCH`, `PREP_RERAISE_STAR`), `with`/`async with`
//! (`BEFORE_WITH`, `WITH_EXCEPT_START`, the `None`×3 normal exit) and
//! `async for` (`GET_ANEXT` guarded by a handler ending in `END_ASYNC_FOR`).
//! Handlers are set up with the `SETUP_*` pseudo-instructions; the assembler
//! turns them into the exception table.

use taipan_bytecode::{Constant, Opcode};
use taipan_syntax::ast::*;

use super::{CResult, Compiler, FBlockKind, ScopeType};
use crate::cfg::{BlockId, Op, NO_BLOCK};

impl<'a> Compiler<'a> {
    fn pop_except_and_reraise(&mut self) {
        self.addop_i(Opcode::COPY, 3);
        self.addop(Opcode::POP_EXCEPT);
        self.addop_i(Opcode::RERAISE, 1);
    }

    pub fn try_finally(&mut self, s: &'a Stmt) -> CResult {
        let (body_stmts, handlers, finalbody, is_star) = match &s.kind {
            StmtKind::Try {
                body,
                handlers,
                finalbody,
                ..
            } => (body, handlers, finalbody, false),
            StmtKind::TryStar {
                body,
                handlers,
                finalbody,
                ..
            } => (body, handlers, finalbody, true),
            _ => return Ok(()),
        };
        let body = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.addop_j(Op::SetupFinally, end);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::FinallyTry(finalbody), body, end)?;
        if !handlers.is_empty() {
            if is_star {
                self.try_star_except(s)?;
            } else {
                self.try_except(s)?;
            }
        } else {
            self.visit_stmts(body_stmts)?;
        }
        self.pseudo_noline(Op::PopBlock);
        self.pop_fblock();
        self.visit_stmts(finalbody)?;
        self.jump_noline(Op::Jump, exit);
        // `finally` block
        self.use_next_block(end);
        self.unset_loc();
        self.addop_j(Op::SetupCleanup, cleanup);
        self.addop(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlockKind::FinallyEnd, end, NO_BLOCK)?;
        self.visit_stmts(finalbody)?;
        self.pop_fblock();
        self.addop_i(Opcode::RERAISE, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        Ok(())
    }

    pub fn try_except(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::Try {
            body: body_stmts,
            handlers,
            orelse,
            ..
        } = &s.kind
        else {
            return Ok(());
        };
        let body = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.addop_j(Op::SetupFinally, except);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::TryExcept, body, NO_BLOCK)?;
        self.visit_stmts(body_stmts)?;
        self.pop_fblock();
        self.pseudo_noline(Op::PopBlock);
        self.visit_stmts(orelse)?;
        self.jump_noline(Op::Jump, end);
        let n = handlers.len();
        self.use_next_block(except);
        self.unset_loc();
        self.addop_j(Op::SetupCleanup, cleanup);
        self.addop(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlockKind::ExceptionHandler, NO_BLOCK, NO_BLOCK)?;
        for (i, handler) in handlers.iter().enumerate() {
            self.set_loc(&handler.loc);
            if handler.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            except = self.new_block();
            if let Some(t) = &handler.type_ {
                self.visit_expr(t)?;
                self.addop(Opcode::CHECK_EXC_MATCH);
                self.cond_jump(Opcode::POP_JUMP_IF_FALSE, except);
            }
            if let Some(name) = &handler.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(name, ExprContext::Store)?;
                self.addop_j(Op::SetupCleanup, cleanup_end);
                self.use_next_block(cleanup_body);
                self.push_fblock(
                    FBlockKind::HandlerCleanup(Some(name.clone())),
                    cleanup_body,
                    NO_BLOCK,
                )?;
                self.visit_stmts(&handler.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.pseudo(Op::PopBlock);
                self.pseudo(Op::PopBlock);
                self.addop(Opcode::POP_EXCEPT);
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.addop_j(Op::Jump, end);
                // except:
                self.use_next_block(cleanup_end);
                self.unset_loc();
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.addop_i(Opcode::RERAISE, 1);
            } else {
                let cleanup_body = self.new_block();
                self.addop(Opcode::POP_TOP);
                self.use_next_block(cleanup_body);
                self.push_fblock(FBlockKind::HandlerCleanup(None), cleanup_body, NO_BLOCK)?;
                self.visit_stmts(&handler.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.pseudo(Op::PopBlock);
                self.addop(Opcode::POP_EXCEPT);
                self.addop_j(Op::Jump, end);
            }
            self.use_next_block(except);
        }
        self.unset_loc();
        self.pop_fblock();
        self.addop_i(Opcode::RERAISE, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(end);
        Ok(())
    }

    pub fn try_star_except(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::TryStar {
            body: body_stmts,
            handlers,
            orelse,
            ..
        } = &s.kind
        else {
            return Ok(());
        };
        let body = self.new_block();
        let mut except = self.new_block();
        let orelse_b = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.addop_j(Op::SetupFinally, except);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::TryExcept, body, NO_BLOCK)?;
        self.visit_stmts(body_stmts)?;
        self.pop_fblock();
        self.pseudo_noline(Op::PopBlock);
        self.jump_noline(Op::Jump, orelse_b);
        let n = handlers.len();
        self.use_next_block(except);
        self.unset_loc();
        self.addop_j(Op::SetupCleanup, cleanup);
        self.addop(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, NO_BLOCK, NO_BLOCK)?;
        for (i, handler) in handlers.iter().enumerate() {
            self.set_loc(&handler.loc);
            except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                self.addop_i(Opcode::COPY, 1);
                self.addop_i(Opcode::BUILD_LIST, 0);
                self.addop_i(Opcode::SWAP, 2);
            }
            if let Some(t) = &handler.type_ {
                self.visit_expr(t)?;
                self.addop(Opcode::CHECK_EG_MATCH);
                self.addop_i(Opcode::COPY, 1);
                self.jump(Opcode::POP_JUMP_IF_NONE, no_match);
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match &handler.name {
                Some(name) => self.nameop(name, ExprContext::Store)?,
                None => self.addop(Opcode::POP_TOP),
            }
            self.addop_j(Op::SetupCleanup, cleanup_end);
            self.use_next_block(cleanup_body);
            self.push_fblock(
                FBlockKind::HandlerCleanup(handler.name.clone()),
                cleanup_body,
                NO_BLOCK,
            )?;
            self.visit_stmts(&handler.body)?;
            self.pop_fblock();
            // name = None; del name  (artificial)
            self.unset_loc();
            self.pseudo(Op::PopBlock);
            if let Some(name) = &handler.name {
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
            }
            self.addop_j(Op::Jump, except);
            // except:
            self.use_next_block(cleanup_end);
            self.unset_loc();
            if let Some(name) = &handler.name {
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
            }
            self.addop_i(Opcode::LIST_APPEND, 3);
            self.addop(Opcode::POP_TOP);
            self.addop_j(Op::Jump, except_with_error);
            self.use_next_block(except);
            self.addop(Opcode::NOP);
            self.addop_j(Op::Jump, except_with_error);
            self.use_next_block(no_match);
            self.addop(Opcode::POP_TOP);
            self.use_next_block(except_with_error);
            if i + 1 == n {
                self.addop_i(Opcode::LIST_APPEND, 1);
                self.addop_j(Op::Jump, reraise_star);
            }
        }
        self.unset_loc();
        self.pop_fblock();
        let reraise = self.new_block();
        self.use_next_block(reraise_star);
        self.addop(Opcode::PREP_RERAISE_STAR);
        self.addop_i(Opcode::COPY, 1);
        self.jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        self.addop(Opcode::POP_TOP);
        self.pseudo(Op::PopBlock);
        self.addop(Opcode::POP_EXCEPT);
        self.addop_j(Op::Jump, end);
        self.use_next_block(reraise);
        self.pseudo(Op::PopBlock);
        self.addop_i(Opcode::SWAP, 2);
        self.addop(Opcode::POP_EXCEPT);
        self.addop_i(Opcode::RERAISE, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(orelse_b);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    pub fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.addop_i(Opcode::CALL, 2);
    }

    fn with_except_finish(&mut self, cleanup: BlockId) {
        self.unset_loc();
        let suppress = self.new_block();
        self.jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.addop_i(Opcode::RERAISE, 2);
        self.use_next_block(suppress);
        self.addop(Opcode::POP_TOP);
        self.pseudo(Op::PopBlock);
        self.addop(Opcode::POP_EXCEPT);
        self.addop(Opcode::POP_TOP);
        self.addop(Opcode::POP_TOP);
        let exit = self.new_block();
        self.addop_j(Op::Jump, exit);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
    }

    pub fn with(&mut self, s: &'a Stmt, pos: usize) -> CResult {
        let StmtKind::With {
            items,
            body: body_stmts,
            ..
        } = &s.kind
        else {
            return Ok(());
        };
        let Some(item) = items.get(pos) else {
            return self.visit_stmts(body_stmts);
        };
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.addop(Opcode::BEFORE_WITH);
        self.addop_j(Op::SetupWith, final_);
        self.use_next_block(block);
        self.push_fblock(FBlockKind::With(s.loc), block, final_)?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.addop(Opcode::POP_TOP),
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body_stmts)?;
        } else {
            self.with(s, pos + 1)?;
        }
        self.unset_loc();
        self.pseudo(Op::PopBlock);
        self.pop_fblock();
        self.set_loc(&s.loc);
        self.call_exit_with_nones();
        self.addop(Opcode::POP_TOP);
        self.addop_j(Op::Jump, exit);
        self.use_next_block(final_);
        self.addop_j(Op::SetupCleanup, cleanup);
        self.addop(Opcode::PUSH_EXC_INFO);
        self.addop(Opcode::WITH_EXCEPT_START);
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
        Ok(())
    }

    pub fn async_with(&mut self, s: &'a Stmt, pos: usize) -> CResult {
        let StmtKind::With {
            items,
            body: body_stmts,
            ..
        } = &s.kind
        else {
            return Ok(());
        };
        if self.ur().scope_type != ScopeType::AsyncFunction {
            return Err(self.error("'async with' outside async function"));
        }
        let Some(item) = items.get(pos) else {
            return self.visit_stmts(body_stmts);
        };
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.addop(Opcode::BEFORE_ASYNC_WITH);
        self.addop_i(Opcode::GET_AWAITABLE, 1);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.addop_j(Op::SetupWith, final_);
        self.use_next_block(block);
        self.push_fblock(FBlockKind::AsyncWith(s.loc), block, final_)?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.addop(Opcode::POP_TOP),
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body_stmts)?;
        } else {
            self.async_with(s, pos + 1)?;
        }
        self.pop_fblock();
        self.pseudo(Op::PopBlock);
        self.set_loc(&s.loc);
        self.call_exit_with_nones();
        self.addop_i(Opcode::GET_AWAITABLE, 2);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.addop(Opcode::POP_TOP);
        self.addop_j(Op::Jump, exit);
        self.use_next_block(final_);
        self.addop_j(Op::SetupCleanup, cleanup);
        self.addop(Opcode::PUSH_EXC_INFO);
        self.addop(Opcode::WITH_EXCEPT_START);
        self.addop_i(Opcode::GET_AWAITABLE, 2);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
        Ok(())
    }

    pub fn async_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let _ = s;
        if self.ur().scope_type != ScopeType::AsyncFunction {
            return Err(self.error("'async for' outside async function"));
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.visit_expr(iter)?;
        self.addop(Opcode::GET_AITER);
        self.use_next_block(start);
        self.push_fblock(FBlockKind::ForLoop, start, end)?;
        self.addop_j(Op::SetupFinally, except);
        self.addop(Opcode::GET_ANEXT);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.pseudo(Op::PopBlock);
        self.visit_expr(target)?;
        self.visit_stmts(body)?;
        self.unset_loc();
        self.addop_j(Op::Jump, start);
        self.pop_fblock();
        self.use_next_block(except);
        self.set_loc(&iter.loc);
        self.addop(Opcode::END_ASYNC_FOR);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }
}
