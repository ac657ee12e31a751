//! Expressions: `compiler_visit_expr` and its helpers from CPython 3.11 —
//! operators, comparisons (chained with `SWAP`/`COPY`), boolean operators and
//! conditional jumps (`compiler_jump_if`), calls (`LOAD_METHOD` optimisation,
//! `KW_NAMES`, `CALL_FUNCTION_EX` with star-unpacking), displays
//! (`starunpack_helper`, `BUILD_CONST_KEY_MAP`), subscripts and slices,
//! attributes, f-strings, `yield`/`await`, and the 3.11 peepholes that change
//! visible instructions (constant conditions, `is None` jumps, tuple folding,
//! `BUILD_TUPLE`+`UNPACK_SEQUENCE` → `SWAP`).

use taipan_bytecode::{BinaryOp, CompareOp, Constant, Opcode};
use taipan_syntax::ast::*;

use super::fold::{self, fold, fold_iter_const, is_const};
use super::{CResult, Compiler, ScopeType};
use crate::cfg::{BlockId, Op};
use crate::symtable::{BlockType, DEF_IMPORT};

pub const STACK_USE_GUIDELINE: usize = 30;

pub fn binop_arg(op: Operator, inplace: bool) -> u32 {
    let b = match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatrixMultiply,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::Lshift,
        Operator::RShift => BinaryOp::Rshift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    };
    let v = b as u32;
    if inplace {
        v + BinaryOp::InplaceAdd as u32
    } else {
        v
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Collection {
    List,
    Tuple,
    Set,
}

impl<'a> Compiler<'a> {
    pub fn visit_exprs(&mut self, es: &'a [Expr]) -> CResult {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    /// `compiler_visit_expr`: the node's location is current while it is compiled.
    pub fn visit_expr(&mut self, e: &'a Expr) -> CResult {
        self.enter_recursion(&e.loc)?;
        let old = self.ur().loc;
        self.set_loc(&e.loc);
        let r = stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || self.visit_expr1(e));
        if !self.units.is_empty() {
            self.u().loc = old;
        }
        self.leave_recursion();
        r
    }

    fn visit_expr1(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Constant { value } => {
                self.load_const(fold::from_ast(value));
            }
            ExprKind::BinOp { left, op, right } => {
                if let Some(c) = fold(e) {
                    self.load_const(c);
                    return Ok(());
                }
                if *op == Operator::Mod && self.try_percent_format(left, right)? {
                    return Ok(());
                }
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.addop_i(Opcode::BINARY_OP, binop_arg(*op, false));
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = fold(e) {
                    self.load_const(c);
                    return Ok(());
                }
                if *op == UnaryOp::Not {
                    if let Some((cmp, inverted)) = invertible_compare(operand) {
                        // 3.11's fold_unaryop rewrites `not (a is b)` into `a is not b`,
                        // with the comparison's location.
                        self.set_loc(&cmp.loc);
                        return self.compare_with_ops(cmp, Some(inverted));
                    }
                }
                self.visit_expr(operand)?;
                let opc = match op {
                    UnaryOp::Invert => Opcode::UNARY_INVERT,
                    UnaryOp::Not => Opcode::UNARY_NOT,
                    UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                };
                self.addop(opc);
            }
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.addop_i(Opcode::COPY, 1);
                self.visit_expr(target)?;
            }
            ExprKind::BoolOp { op, values } => self.boolop(*op, values)?,
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(test, next, false)?;
                self.visit_expr(body)?;
                self.jump_noline(Op::Jump, end);
                self.use_next_block(next);
                self.visit_expr(orelse)?;
                self.use_next_block(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set { elts } => self.starunpack(elts, 0, Collection::Set)?,
            ExprKind::GeneratorExp { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. } => self.comprehension(e)?,
            ExprKind::Yield { value } => {
                if self.ste().typ != BlockType::Function {
                    return Err(self.error("'yield' outside function"));
                }
                match value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.addop_yield();
            }
            ExprKind::YieldFrom { value } => {
                if self.ste().typ != BlockType::Function {
                    return Err(self.error("'yield' outside function"));
                }
                if self.ur().scope_type == ScopeType::AsyncFunction {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.visit_expr(value)?;
                self.addop(Opcode::GET_YIELD_FROM_ITER);
                self.load_const(Constant::None);
                self.add_yield_from(false);
            }
            ExprKind::Await { value } => {
                if self.ste().typ != BlockType::Function {
                    return Err(self.error("'await' outside function"));
                }
                if !matches!(
                    self.ur().scope_type,
                    ScopeType::AsyncFunction | ScopeType::Comprehension
                ) {
                    return Err(self.error("'await' outside async function"));
                }
                self.visit_expr(value)?;
                self.addop_i(Opcode::GET_AWAITABLE, 0);
                self.load_const(Constant::None);
                self.add_yield_from(true);
            }
            ExprKind::Compare { .. } => self.compare_with_ops(e, None)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::JoinedStr { values } => {
                if values.len() > STACK_USE_GUIDELINE {
                    self.load_const(Constant::Str(String::new()));
                    self.addop_name(Opcode::LOAD_METHOD, "join");
                    self.addop_i(Opcode::BUILD_LIST, 0);
                    for v in values {
                        self.visit_expr(v)?;
                        self.addop_i(Opcode::LIST_APPEND, 1);
                    }
                    self.addop_i(Opcode::CALL, 1);
                } else {
                    self.visit_exprs(values)?;
                    if values.len() != 1 {
                        self.addop_i(Opcode::BUILD_STRING, values.len() as u32);
                    }
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.visit_expr(value)?;
                let mut oparg = match *conversion {
                    115 => 1,
                    114 => 2,
                    97 => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.visit_expr(spec)?;
                    oparg |= 4;
                }
                self.addop_i(Opcode::FORMAT_VALUE, oparg);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.visit_expr(value)?;
                self.update_start_location_to_match_attr(e);
                match ctx {
                    ExprContext::Load => self.addop_name(Opcode::LOAD_ATTR, attr),
                    ExprContext::Store => {
                        self.forbidden_name(attr, *ctx)?;
                        self.addop_name(Opcode::STORE_ATTR, attr)
                    }
                    ExprContext::Del => self.addop_name(Opcode::DELETE_ATTR, attr),
                }
            }
            ExprKind::Subscript { value, slice, ctx } => {
                if *ctx == ExprContext::Load {
                    if let Some(c) = fold(e) {
                        self.load_const(c);
                        return Ok(());
                    }
                }
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
                self.addop(match ctx {
                    ExprContext::Load => Opcode::BINARY_SUBSCR,
                    ExprContext::Store => Opcode::STORE_SUBSCR,
                    ExprContext::Del => Opcode::DELETE_SUBSCR,
                });
            }
            ExprKind::Starred { ctx, .. } => {
                return Err(match ctx {
                    ExprContext::Store => {
                        self.error("starred assignment target must be in a list or tuple")
                    }
                    _ => self.error("can't use starred expression here"),
                });
            }
            ExprKind::Slice { lower, upper, step } => {
                let n = self.slice_parts(lower.as_deref(), upper.as_deref(), step.as_deref())?;
                self.addop_i(Opcode::BUILD_SLICE, n);
            }
            ExprKind::Name { id, ctx } => {
                if *ctx == ExprContext::Load && id == "__debug__" {
                    self.load_const(Constant::Bool(true));
                    return Ok(());
                }
                self.nameop(id, *ctx)?;
            }
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(elts)?,
                ExprContext::Load => self.starunpack(elts, 0, Collection::List)?,
                ExprContext::Del => self.visit_exprs(elts)?,
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(elts)?,
                ExprContext::Load => {
                    if let Some(c) = fold(e) {
                        self.load_const(c);
                        return Ok(());
                    }
                    self.starunpack(elts, 0, Collection::Tuple)?
                }
                ExprContext::Del => self.visit_exprs(elts)?,
            },
        }
        Ok(())
    }

    /// 3.11's `optimize_format`: `"..%s..%r" % (a, b)` with simple `s`/`r`/`a`
    /// conversions compiles as the equivalent f-string.
    fn try_percent_format(&mut self, left: &'a Expr, right: &'a Expr) -> CResult<bool> {
        let ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } = &right.kind
        else {
            return Ok(false);
        };
        if elts
            .iter()
            .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
            || fold(right).is_some()
        {
            return Ok(false);
        }
        let Some(Constant::Str(fmt)) = fold(left) else {
            return Ok(false);
        };
        let Some(parts) = parse_percent_format(&fmt, elts.len()) else {
            return Ok(false);
        };
        let n = parts.len();
        let big = n > STACK_USE_GUIDELINE;
        if big {
            self.load_const(Constant::Str(String::new()));
            self.addop_name(Opcode::LOAD_METHOD, "join");
            self.addop_i(Opcode::BUILD_LIST, 0);
        }
        for part in parts {
            match part {
                FormatPart::Lit(text) => {
                    let i = self.add_const(Constant::Str(text));
                    self.u().cfg.emit(crate::cfg::Instr::new(
                        Op::Real(Opcode::LOAD_CONST),
                        i,
                        crate::cfg::NO_BLOCK,
                        crate::cfg::SrcLoc::NONE,
                    ));
                }
                FormatPart::Arg { index, conv, spec } => {
                    let arg = &elts[index];
                    let old = self.ur().loc;
                    self.set_loc(&arg.loc);
                    self.visit_expr(arg)?;
                    let mut oparg = conv;
                    if let Some(sp) = spec {
                        let i = self.add_const(Constant::Str(sp));
                        self.u().cfg.emit(crate::cfg::Instr::new(
                            Op::Real(Opcode::LOAD_CONST),
                            i,
                            crate::cfg::NO_BLOCK,
                            crate::cfg::SrcLoc::NONE,
                        ));
                        oparg |= 4;
                    }
                    self.addop_i(Opcode::FORMAT_VALUE, oparg);
                    self.u().loc = old;
                }
            }
            if big {
                self.addop_i(Opcode::LIST_APPEND, 1);
            }
        }
        if big {
            self.addop_i(Opcode::CALL, 1);
        } else if n != 1 {
            self.addop_i(Opcode::BUILD_STRING, n as u32);
        }
        Ok(true)
    }

    /// `update_start_location_to_match_attr`.
    pub fn update_start_location_to_match_attr(&mut self, attr: &Expr) {
        let ExprKind::Attribute { attr: name, .. } = &attr.kind else {
            return;
        };
        let u = self.u();
        let end_line = attr.loc.end_lineno as i32;
        if u.loc.line != end_line {
            u.loc.line = end_line;
            let len = name.chars().count() as i32;
            if len <= attr.loc.end_col_offset as i32 {
                u.loc.col = attr.loc.end_col_offset as i32 - len;
            } else {
                u.loc.col = -1;
                u.loc.end_col = -1;
            }
            u.loc.end_line = u.loc.end_line.max(u.loc.line);
            if u.loc.line == u.loc.end_line {
                u.loc.end_col = u.loc.end_col.max(u.loc.col);
            }
        }
    }

    fn slice_parts(
        &mut self,
        lower: Option<&'a Expr>,
        upper: Option<&'a Expr>,
        step: Option<&'a Expr>,
    ) -> CResult<u32> {
        let mut n = 2;
        match lower {
            Some(l) => self.visit_expr(l)?,
            None => self.load_const(Constant::None),
        }
        match upper {
            Some(u) => self.visit_expr(u)?,
            None => self.load_const(Constant::None),
        }
        if let Some(s) = step {
            n += 1;
            self.visit_expr(s)?;
        }
        Ok(n)
    }

    // ----- yields -----

    pub fn addop_yield(&mut self) {
        let ste = self.ste();
        if ste.coroutine && ste.generator {
            self.addop(Opcode::ASYNC_GEN_WRAP);
        }
        self.addop_i(Opcode::YIELD_VALUE, 0);
        self.addop_i(Opcode::RESUME, 1);
    }

    /// 3.11's `compiler_add_yield_from`.
    pub fn add_yield_from(&mut self, is_await: bool) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_next_block(start);
        self.jump(Opcode::SEND, exit);
        self.use_next_block(resume);
        self.addop_i(Opcode::YIELD_VALUE, 0);
        self.addop_i(Opcode::RESUME, if is_await { 3 } else { 2 });
        self.addop_j(Op::JumpNoInterrupt, start);
        self.use_next_block(exit);
    }

    // ----- boolean operators and conditional jumps -----

    fn boolop(&mut self, op: BoolOp, values: &'a [Expr]) -> CResult {
        let jumpi = if op == BoolOp::And {
            Opcode::JUMP_IF_FALSE_OR_POP
        } else {
            Opcode::JUMP_IF_TRUE_OR_POP
        };
        let end = self.new_block();
        let n = values.len().saturating_sub(1);
        for v in &values[..n] {
            self.visit_expr(v)?;
            self.cond_jump(jumpi, end);
            let next = self.new_block();
            self.use_next_block(next);
        }
        if let Some(last) = values.last() {
            self.visit_expr(last)?;
        }
        self.use_next_block(end);
        Ok(())
    }

    /// Emit a conditional jump, applying 3.11's peepholes on the instructions just
    /// emitted: a constant condition becomes a `NOP`/`JUMP`, and
    /// `LOAD_CONST None; IS_OP` before `POP_JUMP_IF_*` becomes `POP_JUMP_IF_[NOT_]NONE`.
    pub fn cond_jump(&mut self, op: Opcode, target: BlockId) {
        let loc = self.ur().loc;
        let (last_const, prev_is_none_isop) = {
            let u = self.ur();
            let instrs = &u.cfg.blocks[u.cfg.current].instrs;
            let n = instrs.len();
            let last_const = match instrs.last() {
                Some(i) if i.op == Op::Real(Opcode::LOAD_CONST) => {
                    Some(u.consts[i.arg as usize].clone())
                }
                _ => None,
            };
            let none_isop = n >= 2
                && instrs[n - 1].op == Op::Real(Opcode::IS_OP)
                && instrs[n - 2].op == Op::Real(Opcode::LOAD_CONST)
                && u.consts[instrs[n - 2].arg as usize] == Constant::None;
            (
                last_const,
                if none_isop {
                    Some(instrs[n - 1].arg)
                } else {
                    None
                },
            )
        };
        if let Some(c) = last_const {
            let is_true = fold::truthy(&c);
            match op {
                Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
                    let jump_if_true = op == Opcode::POP_JUMP_IF_TRUE;
                    let u = self.u();
                    let cur = u.cfg.current;
                    if let Some(last) = u.cfg.blocks[cur].instrs.last_mut() {
                        last.op = Op::Real(Opcode::NOP);
                        last.arg = 0;
                    }
                    if is_true == jump_if_true {
                        self.addop_j(Op::Jump, target);
                    }
                    return;
                }
                Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
                    let jump_if_true = op == Opcode::JUMP_IF_TRUE_OR_POP;
                    if is_true == jump_if_true {
                        self.addop_j(Op::Jump, target);
                    } else {
                        let u = self.u();
                        let cur = u.cfg.current;
                        if let Some(last) = u.cfg.blocks[cur].instrs.last_mut() {
                            last.op = Op::Real(Opcode::NOP);
                            last.arg = 0;
                        }
                    }
                    return;
                }
                _ => {}
            }
        }
        if let Some(invert_arg) = prev_is_none_isop {
            if matches!(op, Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE) {
                let mut invert = invert_arg != 0;
                if op == Opcode::POP_JUMP_IF_FALSE {
                    invert = !invert;
                }
                let u = self.u();
                let cur = u.cfg.current;
                let n = u.cfg.blocks[cur].instrs.len();
                u.cfg.blocks[cur].instrs.truncate(n - 2);
                let _ = loc;
                self.jump(
                    if invert {
                        Opcode::POP_JUMP_IF_NOT_NONE
                    } else {
                        Opcode::POP_JUMP_IF_NONE
                    },
                    target,
                );
                return;
            }
        }
        self.jump(op, target);
    }

    /// `compiler_jump_if`: jump to `next` if `e` is `cond`.
    pub fn jump_if(&mut self, e: &'a Expr, next: BlockId, cond: bool) -> CResult {
        self.enter_recursion(&e.loc)?;
        let r = stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || {
            self.jump_if_inner(e, next, cond)
        });
        self.leave_recursion();
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, next: BlockId, cond: bool) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } if !is_const(e) => {
                if let Some((cmp, inv)) = invertible_compare(operand) {
                    // `not (a in b)` is `a not in b` (3.11's AST optimizer), a Compare:
                    // 3.11 leaves the comparison's location current afterwards.
                    self.set_loc(&cmp.loc);
                    self.compare_with_ops(cmp, Some(inv))?;
                    self.cond_jump(
                        if cond {
                            Opcode::POP_JUMP_IF_TRUE
                        } else {
                            Opcode::POP_JUMP_IF_FALSE
                        },
                        next,
                    );
                    return Ok(());
                }
                return self.jump_if(operand, next, !cond);
            }
            ExprKind::Compare { ops, .. } if ops.len() == 1 => {
                self.set_loc(&e.loc);
                self.compare_with_ops(e, None)?;
                self.cond_jump(
                    if cond {
                        Opcode::POP_JUMP_IF_TRUE
                    } else {
                        Opcode::POP_JUMP_IF_FALSE
                    },
                    next,
                );
                return Ok(());
            }
            ExprKind::BoolOp { op, values } => {
                let n = values.len().saturating_sub(1);
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                for v in &values[..n] {
                    self.jump_if(v, next2, cond2)?;
                }
                if let Some(last) = values.last() {
                    self.jump_if(last, next, cond)?;
                }
                if next2 != next {
                    self.use_next_block(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.jump_noline(Op::Jump, end);
                self.use_next_block(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_next_block(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                self.set_loc(&e.loc);
                check_compare_shape(self, ops, comparators)?;
                let n = ops.len() - 1;
                let cleanup = self.new_block();
                self.visit_expr(left)?;
                for i in 0..n {
                    self.visit_expr(&comparators[i])?;
                    self.addop_i(Opcode::SWAP, 2);
                    self.addop_i(Opcode::COPY, 2);
                    self.addop_compare(ops[i]);
                    self.cond_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                }
                self.visit_compare_operand(&comparators[n], ops[n])?;
                self.addop_compare(ops[n]);
                self.cond_jump(
                    if cond {
                        Opcode::POP_JUMP_IF_TRUE
                    } else {
                        Opcode::POP_JUMP_IF_FALSE
                    },
                    next,
                );
                let end = self.new_block();
                self.jump_noline(Op::Jump, end);
                self.use_next_block(cleanup);
                self.addop(Opcode::POP_TOP);
                if !cond {
                    self.jump_noline(Op::Jump, next);
                }
                self.use_next_block(end);
                return Ok(());
            }
            _ => {}
        }
        self.visit_expr(e)?;
        self.cond_jump(
            if cond {
                Opcode::POP_JUMP_IF_TRUE
            } else {
                Opcode::POP_JUMP_IF_FALSE
            },
            next,
        );
        Ok(())
    }

    // ----- comparisons -----

    pub fn addop_compare(&mut self, op: CmpOp) {
        match op {
            CmpOp::Eq => self.addop_i(Opcode::COMPARE_OP, CompareOp::Eq as u32),
            CmpOp::NotEq => self.addop_i(Opcode::COMPARE_OP, CompareOp::Ne as u32),
            CmpOp::Lt => self.addop_i(Opcode::COMPARE_OP, CompareOp::Lt as u32),
            CmpOp::LtE => self.addop_i(Opcode::COMPARE_OP, CompareOp::Le as u32),
            CmpOp::Gt => self.addop_i(Opcode::COMPARE_OP, CompareOp::Gt as u32),
            CmpOp::GtE => self.addop_i(Opcode::COMPARE_OP, CompareOp::Ge as u32),
            CmpOp::Is => self.addop_i(Opcode::IS_OP, 0),
            CmpOp::IsNot => self.addop_i(Opcode::IS_OP, 1),
            CmpOp::In => self.addop_i(Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => self.addop_i(Opcode::CONTAINS_OP, 1),
        }
    }

    /// The last comparand of an `in`/`not in` gets 3.11's `fold_iter`.
    fn visit_compare_operand(&mut self, e: &'a Expr, op: CmpOp) -> CResult {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            self.visit_iter_folded(e)
        } else {
            self.visit_expr(e)
        }
    }

    /// Visit an iterable in `for`/`in` position with 3.11's `fold_iter`: a list
    /// display becomes a tuple, a constant set display a frozenset.
    pub fn visit_iter_folded(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            } if !elts
                .iter()
                .any(|x| matches!(x.kind, ExprKind::Starred { .. })) =>
            {
                let old = self.ur().loc;
                self.set_loc(&e.loc);
                if let Some(c) = fold_iter_const(e) {
                    self.load_const(c);
                } else {
                    self.starunpack(elts, 0, Collection::Tuple)?;
                }
                self.u().loc = old;
                Ok(())
            }
            ExprKind::Set { .. } => {
                if let Some(c) = fold_iter_const(e) {
                    let old = self.ur().loc;
                    self.set_loc(&e.loc);
                    self.load_const(c);
                    self.u().loc = old;
                    Ok(())
                } else {
                    self.visit_expr(e)
                }
            }
            _ => self.visit_expr(e),
        }
    }

    /// `compiler_compare`; `first_op` overrides the first operator (for `not` folding).
    fn compare_with_ops(&mut self, e: &'a Expr, first_op: Option<CmpOp>) -> CResult {
        let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &e.kind
        else {
            return Ok(());
        };
        check_compare_shape(self, ops, comparators)?;
        let op_at = |i: usize| {
            if i == 0 {
                first_op.unwrap_or(ops[0])
            } else {
                ops[i]
            }
        };
        self.visit_expr(left)?;
        let n = ops.len().saturating_sub(1);
        if n == 0 {
            self.visit_compare_operand(&comparators[0], op_at(0))?;
            self.addop_compare(op_at(0));
        } else {
            let cleanup = self.new_block();
            for i in 0..n {
                self.visit_expr(&comparators[i])?;
                self.addop_i(Opcode::SWAP, 2);
                self.addop_i(Opcode::COPY, 2);
                self.addop_compare(op_at(i));
                self.cond_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
            }
            self.visit_compare_operand(&comparators[n], op_at(n))?;
            self.addop_compare(op_at(n));
            let end = self.new_block();
            self.jump_noline(Op::Jump, end);
            self.use_next_block(cleanup);
            self.addop_i(Opcode::SWAP, 2);
            self.addop(Opcode::POP_TOP);
            self.use_next_block(end);
        }
        Ok(())
    }

    // ----- calls -----

    fn is_import_originated(&self, e: &Expr) -> bool {
        if let ExprKind::Name { id, .. } = &e.kind {
            return self.st.scopes[0].flags(id) & DEF_IMPORT != 0;
        }
        false
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        if self.maybe_optimize_method_call(e, func, args, keywords)? {
            return Ok(());
        }
        self.set_loc(&func.loc);
        self.addop(Opcode::PUSH_NULL);
        self.set_loc(&e.loc);
        self.visit_expr(func)?;
        self.call_helper(0, args, keywords)
    }

    fn maybe_optimize_method_call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<bool> {
        let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        else {
            return Ok(false);
        };
        if self.is_import_originated(value) {
            return Ok(false);
        }
        let argsl = args.len();
        let kwdsl = keywords.len();
        if argsl + kwdsl + (kwdsl != 0) as usize >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
        {
            return Ok(false);
        }
        if keywords.iter().any(|k| k.arg.is_none()) {
            return Ok(false);
        }
        self.visit_expr(value)?;
        let old = self.ur().loc;
        self.set_loc(&func.loc);
        self.update_start_location_to_match_attr(func);
        self.addop_name(Opcode::LOAD_METHOD, attr);
        self.visit_exprs(args)?;
        if kwdsl > 0 {
            for k in keywords {
                self.visit_expr(&k.value)?;
            }
            self.kw_names(keywords);
        }
        self.set_loc(&e.loc);
        self.update_start_location_to_match_attr(func);
        self.addop_i(Opcode::CALL, (argsl + kwdsl) as u32);
        self.u().loc = old;
        Ok(true)
    }

    fn kw_names(&mut self, keywords: &[Keyword]) {
        let names: Vec<Constant> = keywords
            .iter()
            .map(|k| Constant::Str(k.arg.clone().unwrap_or_default()))
            .collect();
        let i = self.add_const(Constant::Tuple(names));
        self.addop_i(Opcode::KW_NAMES, i);
    }

    fn validate_keywords(&mut self, keywords: &'a [Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            self.forbidden_name(name, ExprContext::Store)?;
            for other in &keywords[i + 1..] {
                if other.arg.as_deref() == Some(name.as_str()) {
                    self.set_loc(&other.loc);
                    return Err(self.error(format!("keyword argument repeated: {}", name)));
                }
            }
        }
        Ok(())
    }

    /// `compiler_call_helper`: `n` arguments are already on the stack.
    pub fn call_helper(&mut self, n: usize, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkwelts = keywords.len();
        let simple = nelts + nkwelts * 2 <= STACK_USE_GUIDELINE
            && !args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            self.visit_exprs(args)?;
            if nkwelts > 0 {
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.kw_names(keywords);
            }
            self.addop_i(Opcode::CALL, (n + nelts + nkwelts) as u32);
            return Ok(());
        }
        // ex_call
        if n == 0 && nelts == 1 {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.visit_expr(value)?;
            } else {
                self.starunpack(args, n, Collection::Tuple)?;
            }
        } else {
            self.starunpack(args, n, Collection::Tuple)?;
        }
        if nkwelts > 0 {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.addop_i(Opcode::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.addop_i(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.visit_expr(&kw.value)?;
                    self.addop_i(Opcode::DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[nkwelts - nseen..])?;
                if have_dict {
                    self.addop_i(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.addop_i(Opcode::CALL_FUNCTION_EX, (nkwelts > 0) as u32);
        Ok(())
    }

    fn subkwargs(&mut self, kws: &'a [Keyword]) -> CResult {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in kws {
                self.visit_expr(&k.value)?;
            }
            let keys: Vec<Constant> = kws
                .iter()
                .map(|k| Constant::Str(k.arg.clone().unwrap_or_default()))
                .collect();
            self.load_const(Constant::Tuple(keys));
            self.addop_i(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.u().cfg.emit(crate::cfg::Instr::new(
                Op::Real(Opcode::BUILD_MAP),
                0,
                crate::cfg::NO_BLOCK,
                crate::cfg::SrcLoc::NONE,
            ));
        }
        for k in kws {
            self.load_const(Constant::Str(k.arg.clone().unwrap_or_default()));
            self.visit_expr(&k.value)?;
            if big {
                self.u().cfg.emit(crate::cfg::Instr::new(
                    Op::Real(Opcode::MAP_ADD),
                    1,
                    crate::cfg::NO_BLOCK,
                    crate::cfg::SrcLoc::NONE,
                ));
            }
        }
        if !big {
            self.addop_i(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    // ----- displays -----

    /// `starunpack_helper`.
    pub fn starunpack(&mut self, elts: &'a [Expr], pushed: usize, kind: Collection) -> CResult {
        let (build, add, extend) = match kind {
            Collection::List | Collection::Tuple => {
                (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND)
            }
            Collection::Set => (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE),
        };
        let tuple = kind == Collection::Tuple;
        let n = elts.len();
        if n > 2 && elts.iter().all(is_const) {
            let items: Vec<Constant> = elts.iter().filter_map(fold).collect();
            if items.len() == n {
                if tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(items));
                } else {
                    let folded = if kind == Collection::Set {
                        Constant::FrozenSet(items)
                    } else {
                        Constant::Tuple(items)
                    };
                    self.addop_i(build, pushed as u32);
                    self.load_const(folded);
                    self.addop_i(extend, 1);
                    if tuple {
                        self.addop(Opcode::LIST_TO_TUPLE);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed > STACK_USE_GUIDELINE;
        let seen_star = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            self.visit_exprs(elts)?;
            if tuple {
                self.addop_i(Opcode::BUILD_TUPLE, (n + pushed) as u32);
            } else {
                self.addop_i(build, (n + pushed) as u32);
            }
            return Ok(());
        }
        let mut sequence_built = false;
        if big {
            self.addop_i(build, pushed as u32);
            sequence_built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &elt.kind {
                if !sequence_built {
                    self.addop_i(build, (i + pushed) as u32);
                    sequence_built = true;
                }
                self.visit_expr(value)?;
                self.addop_i(extend, 1);
            } else {
                self.visit_expr(elt)?;
                if sequence_built {
                    self.addop_i(add, 1);
                }
            }
        }
        if tuple {
            self.addop(Opcode::LIST_TO_TUPLE);
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1
            && !big
            && keys[begin..end]
                .iter()
                .all(|k| k.as_ref().is_some_and(is_const))
        {
            let consts: Vec<Constant> =
                keys[begin..end].iter().flatten().filter_map(fold).collect();
            if consts.len() == n {
                self.visit_exprs(&values[begin..end])?;
                self.load_const(Constant::Tuple(consts));
                self.addop_i(Opcode::BUILD_CONST_KEY_MAP, n as u32);
                return Ok(());
            }
        }
        if big {
            self.addop_i(Opcode::BUILD_MAP, 0);
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.visit_expr(k)?;
            }
            self.visit_expr(&values[i])?;
            if big {
                self.addop_i(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.addop_i(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len().min(keys.len());
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.addop_i(Opcode::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.addop_i(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.addop_i(Opcode::DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.addop_i(Opcode::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.addop_i(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.addop_i(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }

    // ----- assignment targets -----

    fn unpack_helper(&mut self, elts: &'a [Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt.kind, ExprKind::Starred { .. }) {
                if !seen_star {
                    if i >= (1 << 8) || n - i - 1 >= (i32::MAX >> 8) as usize {
                        return Err(self.error("too many expressions in star-unpacking assignment"));
                    }
                    self.addop_i(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
                    seen_star = true;
                } else {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
            }
        }
        if !seen_star {
            self.unpack_sequence(n as u32);
        }
        Ok(())
    }

    /// `UNPACK_SEQUENCE n`, with 3.11's `BUILD_TUPLE n; UNPACK_SEQUENCE n` peephole.
    fn unpack_sequence(&mut self, n: u32) {
        let u = self.u();
        let cur = u.cfg.current;
        let last_is_build = u.cfg.blocks[cur]
            .instrs
            .last()
            .is_some_and(|i| i.op == Op::Real(Opcode::BUILD_TUPLE) && i.arg == n);
        if last_is_build && (1..=3).contains(&n) {
            u.cfg.blocks[cur].instrs.pop();
            if n >= 2 {
                self.addop_i(Opcode::SWAP, n);
            }
            return;
        }
        self.addop_i(Opcode::UNPACK_SEQUENCE, n);
    }

    pub fn assignment_helper(&mut self, elts: &'a [Expr]) -> CResult {
        self.unpack_helper(elts)?;
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => self.visit_expr(value)?,
                _ => self.visit_expr(elt)?,
            }
        }
        Ok(())
    }
}

/// Reject malformed `Compare` nodes (possible only in hand-built trees).
fn check_compare_shape(c: &Compiler<'_>, ops: &[CmpOp], comparators: &[Expr]) -> CResult {
    if ops.is_empty() || ops.len() != comparators.len() {
        return Err(c.error("Compare has a different number of comparators and operands"));
    }
    Ok(())
}

/// `not <single is/in comparison>` that 3.11 folds into the inverted comparison.
fn invertible_compare(e: &Expr) -> Option<(&Expr, CmpOp)> {
    if let ExprKind::Compare { ops, .. } = &e.kind {
        if ops.len() == 1 {
            let inv = match ops[0] {
                CmpOp::Is => CmpOp::IsNot,
                CmpOp::IsNot => CmpOp::Is,
                CmpOp::In => CmpOp::NotIn,
                CmpOp::NotIn => CmpOp::In,
                _ => return None,
            };
            return Some((e, inv));
        }
    }
    None
}

enum FormatPart {
    Lit(String),
    Arg {
        index: usize,
        conv: u32,
        spec: Option<String>,
    },
}

/// 3.11's `optimize_format` parser: literal runs and `%[-+ #0][w][.p](s|r|a)`
/// units (at most two digits each), exactly one unit per argument.
fn parse_percent_format(fmt: &str, nargs: usize) -> Option<Vec<FormatPart>> {
    let chars: Vec<char> = fmt.chars().collect();
    let len = chars.len();
    let mut pos = 0;
    let mut cnt = 0;
    let mut parts = Vec::new();
    loop {
        let start = pos;
        while pos < len {
            if chars[pos] != '%' {
                pos += 1;
            } else if pos + 1 < len && chars[pos + 1] == '%' {
                pos += 2;
            } else {
                break;
            }
        }
        if pos > start {
            let lit: String = chars[start..pos].iter().collect();
            parts.push(FormatPart::Lit(lit.replace("%%", "%")));
        }
        if pos >= len {
            break;
        }
        if cnt >= nargs {
            return None;
        }
        pos += 1;
        let next = |pos: &mut usize| -> Option<char> {
            if *pos >= len {
                return None;
            }
            let c = chars[*pos];
            *pos += 1;
            Some(c)
        };
        let mut ljust = false;
        let mut ch;
        loop {
            ch = next(&mut pos)?;
            match ch {
                '-' => ljust = true,
                '+' | ' ' | '#' | '0' => {}
                _ => break,
            }
        }
        let mut width: i64 = -1;
        if ch.is_ascii_digit() {
            width = 0;
            let mut digits = 0;
            while ch.is_ascii_digit() {
                width = width * 10 + (ch as i64 - '0' as i64);
                ch = next(&mut pos)?;
                digits += 1;
                if digits >= 3 {
                    return None;
                }
            }
        }
        let mut prec: i64 = -1;
        if ch == '.' {
            ch = next(&mut pos)?;
            prec = 0;
            let mut digits = 0;
            while ch.is_ascii_digit() {
                prec = prec * 10 + (ch as i64 - '0' as i64);
                ch = next(&mut pos)?;
                digits += 1;
                if digits >= 3 {
                    return None;
                }
            }
        }
        let conv = match ch {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => return None,
        };
        let mut spec = String::new();
        if !ljust && width > 0 {
            spec.push('>');
        }
        if width >= 0 {
            spec.push_str(&width.to_string());
        }
        if prec >= 0 {
            spec.push_str(&format!(".{}", prec));
        }
        parts.push(FormatPart::Arg {
            index: cnt,
            conv,
            spec: if spec.is_empty() { None } else { Some(spec) },
        });
        cnt += 1;
    }
    if cnt < nargs {
        return None;
    }
    Some(parts)
}
