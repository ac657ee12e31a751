//! `match` statements: a port of CPython 3.11's `compiler_match` and
//! `compiler_pattern*`. Each case copies the subject, runs the pattern (which
//! pushes captured values beneath the items it keeps on top) and on failure
//! jumps to one of the `fail_pop` blocks, which pop exactly the items pushed so
//! far. Captures are stored once the whole pattern has matched.

use taipan_bytecode::{CompareOp, Constant, Opcode};
use taipan_syntax::ast::*;

use super::fold::{fold, is_const};
use super::unparse::{const_repr, str_repr};
use super::{CResult, Compiler};
use crate::cfg::{BlockId, Op};

struct PatternContext {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<BlockId>,
    on_top: usize,
}

fn wildcard_check(p: &Pattern) -> bool {
    matches!(
        &p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn wildcard_star_check(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchStar { name: None })
}

/// Equality of constants as Python set membership sees it (`1 == 1.0 == True`).
fn const_eq(a: &Constant, b: &Constant) -> bool {
    fn num(c: &Constant) -> Option<(f64, f64, Option<num_bigint::BigInt>)> {
        use num_traits::ToPrimitive;
        match c {
            Constant::Bool(b) => Some((*b as i64 as f64, 0.0, Some((*b as i64).into()))),
            Constant::Int(i) => Some((i.to_f64().unwrap_or(f64::NAN), 0.0, Some(i.clone()))),
            Constant::Float(f) => Some((*f, 0.0, None)),
            Constant::Complex { real, imag } => Some((*real, *imag, None)),
            _ => None,
        }
    }
    match (num(a), num(b)) {
        (Some((ar, ai, Some(x))), Some((_, _, Some(y)))) => {
            let _ = (ar, ai);
            x == y
        }
        (Some((ar, ai, _)), Some((br, bi, _))) => ar == br && ai == bi,
        (None, None) => a == b,
        _ => false,
    }
}

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.visit_expr(subject)?;
        let end = self.new_block();
        let ncases = cases.len();
        let Some(last) = cases.last() else {
            return Err(self.internal("match without cases"));
        };
        let has_default = wildcard_check(&last.pattern) && ncases > 1;
        let mut pc = PatternContext {
            stores: Vec::new(),
            allow_irrefutable: false,
            fail_pop: Vec::new(),
            on_top: 0,
        };
        for (i, m) in cases[..ncases - has_default as usize].iter().enumerate() {
            self.set_loc(&m.pattern.loc);
            let is_last = i == ncases - has_default as usize - 1;
            if !is_last {
                self.addop_i(Opcode::COPY, 1);
            }
            pc.stores = Vec::new();
            pc.allow_irrefutable = m.guard.is_some() || i == ncases - 1;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.pattern(&m.pattern, &mut pc)?;
            let stores = std::mem::take(&mut pc.stores);
            for name in &stores {
                self.nameop(name, ExprContext::Store)?;
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(g, target, false)?;
            }
            if !is_last {
                self.addop(Opcode::POP_TOP);
            }
            self.visit_stmts(&m.body)?;
            self.addop_j(Op::Jump, end);
            self.set_loc(&m.pattern.loc);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            self.set_loc(&last.pattern.loc);
            if ncases == 1 {
                self.addop(Opcode::POP_TOP);
            } else {
                self.addop(Opcode::NOP);
            }
            if let Some(g) = &last.guard {
                self.jump_if(g, end, false)?;
            }
            self.visit_stmts(&last.body)?;
        }
        self.use_next_block(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops];
        match op {
            Op::Real(o) if o == Opcode::POP_JUMP_IF_FALSE => self.cond_jump(o, target),
            _ => self.addop_j(op, target),
        }
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        let blocks = std::mem::take(&mut pc.fail_pop);
        for &b in blocks[1..].iter().rev() {
            self.use_next_block(b);
            self.addop(Opcode::POP_TOP);
        }
        self.use_next_block(blocks[0]);
    }

    fn pattern_helper_rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.addop_i(Opcode::SWAP, count as u32);
            count -= 1;
        }
    }

    fn pattern_helper_store_name(
        &mut self,
        name: Option<&String>,
        pc: &mut PatternContext,
    ) -> CResult {
        let Some(n) = name else {
            self.addop(Opcode::POP_TOP);
            return Ok(());
        };
        self.forbidden_name(n, ExprContext::Store)?;
        if pc.stores.contains(n) {
            return Err(self.error(format!(
                "multiple assignments to name {} in pattern",
                str_repr(n)
            )));
        }
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.pattern_helper_rotate(rotations);
        pc.stores.push(n.clone());
        Ok(())
    }

    fn pattern_unpack_helper(&mut self, elts: &'a [Pattern]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt.kind, PatternKind::MatchStar { .. }) {
                if !seen_star {
                    if i >= (1 << 8) || n - i - 1 >= (i32::MAX >> 8) as usize {
                        return Err(
                            self.error("too many expressions in star-unpacking sequence pattern")
                        );
                    }
                    self.addop_i(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
                    seen_star = true;
                } else {
                    return Err(self.error("multiple starred expressions in sequence pattern"));
                }
            }
        }
        if !seen_star {
            self.addop_i(Opcode::UNPACK_SEQUENCE, n as u32);
        }
        Ok(())
    }

    fn pattern_helper_sequence_unpack(
        &mut self,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        self.pattern_unpack_helper(patterns)?;
        let size = patterns.len();
        pc.on_top += size;
        for p in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_helper_sequence_subscr(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CResult {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if wildcard_check(p) || i == star {
                continue;
            }
            self.addop_i(Opcode::COPY, 1);
            if i < star {
                self.load_const(Constant::Int(i.into()));
            } else {
                self.addop(Opcode::GET_LEN);
                self.load_const(Constant::Int((size - i).into()));
                self.addop_i(
                    Opcode::BINARY_OP,
                    taipan_bytecode::BinaryOp::Subtract as u32,
                );
            }
            self.addop(Opcode::BINARY_SUBSCR);
            self.pattern_subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.addop(Opcode::POP_TOP);
        Ok(())
    }

    fn pattern_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        self.enter_recursion(&p.loc)?;
        let r = stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || self.pattern_inner(p, pc));
        self.leave_recursion();
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        self.set_loc(&p.loc);
        match &p.kind {
            PatternKind::MatchValue { value } => {
                if !(is_const(value) || matches!(value.kind, ExprKind::Attribute { .. })) {
                    return Err(
                        self.error("patterns may only match literals and attribute lookups")
                    );
                }
                self.visit_expr(value)?;
                self.addop_i(Opcode::COMPARE_OP, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(super::fold::from_ast(value));
                self.addop_i(Opcode::IS_OP, 0);
                self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
            }
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(patterns, pc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_ref(), pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::MatchStar { name } => self.pattern_helper_store_name(name.as_ref(), pc)?,
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        if let Some(n) = name {
                            return Err(self.error(format!(
                                "name capture {} makes remaining patterns unreachable",
                                str_repr(n)
                            )));
                        }
                        return Err(self.error("wildcard makes remaining patterns unreachable"));
                    }
                    self.pattern_helper_store_name(name.as_ref(), pc)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.addop_i(Opcode::COPY, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.pattern_helper_store_name(name.as_ref(), pc)?;
                }
            },
            PatternKind::MatchOr { patterns } => self.pattern_or(patterns, pc)?,
        }
        Ok(())
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p.kind, PatternKind::MatchStar { .. }) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = wildcard_star_check(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= wildcard_check(p);
        }
        pc.on_top += 1;
        self.addop(Opcode::MATCH_SEQUENCE);
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
        match star {
            None => {
                self.addop(Opcode::GET_LEN);
                self.load_const(Constant::Int(size.into()));
                self.addop_i(Opcode::COMPARE_OP, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
            }
            Some(_) if size > 1 => {
                self.addop(Opcode::GET_LEN);
                self.load_const(Constant::Int((size - 1).into()));
                self.addop_i(Opcode::COMPARE_OP, CompareOp::Ge as u32);
                self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
            }
            _ => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.addop(Opcode::POP_TOP);
        } else if star_wildcard {
            self.pattern_helper_sequence_subscr(patterns, star.unwrap_or(0), pc)?;
        } else {
            self.pattern_helper_sequence_unpack(patterns, pc)?;
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&String>,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error(format!(
                "keys ({}) / patterns ({}) length mismatch in mapping pattern",
                size,
                patterns.len()
            )));
        }
        pc.on_top += 1;
        self.addop(Opcode::MATCH_MAPPING);
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.addop(Opcode::POP_TOP);
            return Ok(());
        }
        if size > 0 {
            self.addop(Opcode::GET_LEN);
            self.load_const(Constant::Int(size.into()));
            self.addop_i(Opcode::COMPARE_OP, CompareOp::Ge as u32);
            self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
        }
        let mut seen: Vec<Constant> = Vec::new();
        for key in keys {
            if is_const(key) {
                if let Some(c) = fold(key) {
                    if seen.iter().any(|s| const_eq(s, &c)) {
                        return Err(self.error(format!(
                            "mapping pattern checks duplicate key ({})",
                            const_repr(&c)
                        )));
                    }
                    seen.push(c);
                }
            } else if !matches!(key.kind, ExprKind::Attribute { .. }) {
                return Err(self
                    .error("mapping pattern keys may only match literals and attribute lookups"));
            }
            self.visit_expr(key)?;
        }
        self.addop_i(Opcode::BUILD_TUPLE, size as u32);
        self.addop(Opcode::MATCH_KEYS);
        pc.on_top += 2;
        self.addop_i(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.addop_i(Opcode::IS_OP, 1);
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
        self.addop_i(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        if let Some(r) = rest {
            self.addop_i(Opcode::BUILD_MAP, 0);
            self.addop_i(Opcode::SWAP, 3);
            self.addop_i(Opcode::DICT_UPDATE, 2);
            self.addop_i(Opcode::UNPACK_SEQUENCE, size as u32);
            let mut s = size;
            while s > 0 {
                self.addop_i(Opcode::COPY, (1 + s) as u32);
                s -= 1;
                self.addop_i(Opcode::SWAP, 2);
                self.addop(Opcode::DELETE_SUBSCR);
            }
            self.pattern_helper_store_name(Some(r), pc)?;
        } else {
            self.addop(Opcode::POP_TOP);
            self.addop(Opcode::POP_TOP);
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [Ident],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return Err(self.error(format!(
                "kwd_attrs ({}) / kwd_patterns ({}) length mismatch in class pattern",
                nattrs,
                kwd_patterns.len()
            )));
        }
        if nattrs > 0 {
            for (i, attr) in kwd_attrs.iter().enumerate() {
                self.set_loc(&kwd_patterns[i].loc);
                self.forbidden_name(attr, ExprContext::Store)?;
                for (j, other) in kwd_attrs.iter().enumerate().skip(i + 1) {
                    if other == attr {
                        self.set_loc(&kwd_patterns[j].loc);
                        return Err(self.error(format!(
                            "attribute name repeated in class pattern: {}",
                            attr
                        )));
                    }
                }
            }
            self.set_loc(&p.loc);
        }
        self.visit_expr(cls)?;
        let names: Vec<Constant> = kwd_attrs.iter().map(|a| Constant::Str(a.clone())).collect();
        self.load_const(Constant::Tuple(names));
        self.addop_i(Opcode::MATCH_CLASS, nargs as u32);
        self.addop_i(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.addop_i(Opcode::IS_OP, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
        self.addop_i(Opcode::UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for i in 0..nargs + nattrs {
            pc.on_top -= 1;
            let pat = if i < nargs {
                &patterns[i]
            } else {
                &kwd_patterns[i - nargs]
            };
            if wildcard_check(pat) {
                self.addop(Opcode::POP_TOP);
                continue;
            }
            self.pattern_subpattern(pat, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, alts: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        let end = self.new_block();
        let size = alts.len();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(&alt.loc);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.addop_i(Opcode::COPY, 1);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) => {
                    if nstores != ctrl.len() {
                        return Err(self.error("alternative patterns bind different names"));
                    }
                    if nstores > 0 {
                        let ctrl = ctrl.clone();
                        let mut icontrol = nstores;
                        while icontrol > 0 {
                            icontrol -= 1;
                            let name = &ctrl[icontrol];
                            let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                                return Err(self.error("alternative patterns bind different names"));
                            };
                            if icontrol != istores {
                                let rotations = istores + 1;
                                let rotated: Vec<String> = pc.stores[..rotations].to_vec();
                                pc.stores.drain(..rotations);
                                let at = icontrol - istores;
                                for (k, r) in rotated.into_iter().enumerate() {
                                    pc.stores.insert(at + k, r);
                                }
                                for _ in 0..rotations {
                                    self.pattern_helper_rotate(icontrol + 1);
                                }
                            }
                        }
                    }
                }
            }
            self.addop_j(Op::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        self.addop(Opcode::POP_TOP);
        self.jump_to_fail_pop(pc, Op::Jump);
        self.use_next_block(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.pattern_helper_rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!(
                    "multiple assignments to name {} in pattern",
                    str_repr(&name)
                )));
            }
            pc.stores.push(name);
        }
        self.addop(Opcode::POP_TOP);
        Ok(())
    }
}
