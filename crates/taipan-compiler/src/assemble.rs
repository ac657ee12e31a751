//! The assembler: turns a [`Cfg`] into the final code array, following CPython
//! 3.11's `assemble()` pipeline: block normalisation, unreachable-code removal,
//! small exit-block duplication, line-number propagation, stack-depth analysis,
//! exception-handler labelling, cold-block layout (`push_cold_blocks_to_end`),
//! redundant-jump removal, jump direction normalisation, then iterative offset
//! resolution with `EXTENDED_ARG` prefixes, inline caches, the exception table
//! and the per-code-unit location table.
//!
//! Taipan's one layout difference: conditional jumps are forward-only. A
//! conditional jump whose target ends up at or before it is redirected to a
//! trampoline `JUMP_BACKWARD` appended after all other blocks.

use taipan_bytecode::{encode, CodeUnit, ExceptionTableEntry, Location, Opcode};

use crate::cfg::{BlockId, Cfg, Instr, Op, SrcLoc, NO_BLOCK};

/// Prologue instructions inserted at the start of the entry block.
pub struct Prefix {
    /// Number of free variables (`COPY_FREE_VARS n`), 0 for none.
    pub nfree: u32,
    /// Final localsplus indices of the cell variables to `MAKE_CELL`.
    pub cells: Vec<u32>,
    /// Generator/coroutine: `RETURN_GENERATOR; POP_TOP` first.
    pub generator: bool,
    pub firstlineno: u32,
}

/// The assembled pieces of a code object.
pub struct Assembled {
    pub code: Vec<CodeUnit>,
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionTableEntry>,
    pub stacksize: u32,
    /// Highest constant index used (3.11's `trim_unused_consts` keeps `0..=max`).
    pub max_const: u32,
}

const MAX_COPY_SIZE: usize = 4;

fn debug_dump(cfg: &Cfg, stage: &str) {
    if std::env::var_os("TAIPAN_CFG_DEBUG").is_none() {
        return;
    }
    eprintln!("== {}", stage);
    for b in cfg.layout() {
        eprintln!("  block {} (preds {})", b, cfg.blocks[b].predecessors);
        for i in &cfg.blocks[b].instrs {
            eprintln!(
                "    {:?} {} -> {} {:?} exc={:?}",
                i.op,
                i.arg,
                if i.target == NO_BLOCK {
                    -1
                } else {
                    i.target as i64
                },
                (i.loc.line, i.loc.end_line, i.loc.col, i.loc.end_col),
                i.except
            );
        }
    }
}

pub fn assemble(mut cfg: Cfg, prefix: &Prefix) -> Result<Assembled, String> {
    debug_dump(&cfg, "input");
    normalize_blocks(&mut cfg);
    eliminate_empty_blocks(&mut cfg);
    for b in cfg.layout() {
        extend_block(&mut cfg, b);
    }
    insert_prefix(&mut cfg, prefix);
    mark_reachable(&mut cfg);
    remove_unreachable(&mut cfg);
    eliminate_empty_blocks(&mut cfg);
    let maxdepth = stackdepth(&mut cfg)?;
    label_exception_targets(&mut cfg);
    for b in cfg.layout() {
        let blk = &mut cfg.blocks[b];
        for i in blk.instrs.iter_mut() {
            if i.op.is_block_push() || i.op == Op::PopBlock {
                if i.op.is_block_push() && i.target != NO_BLOCK {
                    blk.handler_refs.push(i.target);
                }
                i.op = Op::Real(Opcode::NOP);
                i.target = NO_BLOCK;
            }
        }
    }
    for b in cfg.layout() {
        clean_block(&mut cfg, b);
    }
    debug_dump(&cfg, "before optimize");
    optimize_cfg(&mut cfg);
    mark_reachable(&mut cfg);
    debug_dump(&cfg, "after optimize");
    duplicate_exits_without_lineno(&mut cfg);
    mark_reachable(&mut cfg);
    propagate_line_numbers(&mut cfg);
    guarantee_lineno_for_exits(&mut cfg, prefix.firstlineno as i32);
    push_cold_blocks_to_end(&mut cfg);
    remove_redundant_jumps(&mut cfg);
    for b in cfg.layout() {
        clean_block(&mut cfg, b);
    }
    eliminate_empty_blocks(&mut cfg);
    fix_backward_conditionals(&mut cfg);
    normalize_jumps(&mut cfg);
    emit(&mut cfg, maxdepth)
}

/// The parts of 3.11's `optimize_cfg` that are not done at emission time: jump
/// threading, static application of `SWAP`s, small-exit-block copying,
/// unreachable-code removal and redundant-jump removal.
fn optimize_cfg(cfg: &mut Cfg) {
    let layout = cfg.layout();
    let mut pos = vec![usize::MAX; cfg.blocks.len()];
    for (i, &b) in layout.iter().enumerate() {
        pos[b] = i;
    }
    for &b in &layout {
        optimize_block(cfg, b, &pos);
        clean_block(cfg, b);
    }
    for b in cfg.layout() {
        extend_block(cfg, b);
    }
    mark_reachable(cfg);
    remove_unreachable(cfg);
    eliminate_empty_blocks(cfg);
    for b in cfg.layout() {
        clean_block(cfg, b);
    }
    let mut any = false;
    for b in cfg.layout() {
        let next = next_nonempty(cfg, b);
        if let Some(last) = cfg.blocks[b].instrs.last_mut() {
            if matches!(last.op, Op::Jump) && Some(last.target) == next {
                last.op = Op::Real(Opcode::NOP);
                last.target = NO_BLOCK;
                any = true;
            }
        }
    }
    if any {
        for b in cfg.layout() {
            clean_block(cfg, b);
        }
        eliminate_empty_blocks(cfg);
    }
}

fn next_nonempty(cfg: &Cfg, b: BlockId) -> Option<BlockId> {
    let mut nx = cfg.blocks[b].next;
    while let Some(n) = nx {
        if !cfg.blocks[n].instrs.is_empty() {
            return Some(n);
        }
        nx = cfg.blocks[n].next;
    }
    None
}

/// First instruction of the block a jump lands on (skipping empty blocks).
fn target_instr(cfg: &Cfg, t: BlockId) -> Option<(Instr, BlockId)> {
    let mut b = Some(t);
    let mut guard = 0;
    while let Some(id) = b {
        if let Some(i) = cfg.blocks[id].instrs.first() {
            return Some((i.clone(), id));
        }
        b = cfg.blocks[id].next;
        guard += 1;
        if guard > cfg.blocks.len() {
            break;
        }
    }
    None
}

fn optimize_block(cfg: &mut Cfg, b: BlockId, pos: &[usize]) {
    let n = cfg.blocks[b].instrs.len();
    let mut i = 0;
    let mut rounds = 0;
    while i < n {
        rounds += 1;
        if rounds > 100 * (n + 1) {
            break;
        }
        let inst = cfg.blocks[b].instrs[i].clone();
        let mut again = false;
        if inst.op.is_jump() && inst.target != NO_BLOCK {
            if let Some((target, _tb)) = target_instr(cfg, inst.target) {
                let thread_to = |op: Op| -> Option<(Op, BlockId)> {
                    // bpo-45773: only between jumps of the same line, and never onto itself.
                    if inst.loc.line == target.loc.line
                        && inst.target != target.target
                        && target.target != NO_BLOCK
                    {
                        Some((op, target.target))
                    } else {
                        None
                    }
                };
                let conditional = !inst.op.is_uncond_jump();
                let mut new: Option<(Op, BlockId)> = None;
                match inst.op {
                    Op::Jump if target.op == Op::Jump => new = thread_to(Op::Jump),
                    Op::Real(Opcode::POP_JUMP_IF_FALSE)
                    | Op::Real(Opcode::POP_JUMP_IF_TRUE)
                    | Op::Real(Opcode::POP_JUMP_IF_NONE)
                    | Op::Real(Opcode::POP_JUMP_IF_NOT_NONE)
                        if target.op == Op::Jump =>
                    {
                        new = thread_to(inst.op)
                    }
                    Op::Real(Opcode::JUMP_IF_FALSE_OR_POP) => match target.op {
                        Op::Real(Opcode::POP_JUMP_IF_FALSE) => {
                            new = thread_to(Op::Real(Opcode::POP_JUMP_IF_FALSE))
                        }
                        Op::Jump | Op::Real(Opcode::JUMP_IF_FALSE_OR_POP) => {
                            new = thread_to(Op::Real(Opcode::JUMP_IF_FALSE_OR_POP))
                        }
                        _ => {}
                    },
                    Op::Real(Opcode::JUMP_IF_TRUE_OR_POP) => match target.op {
                        Op::Real(Opcode::POP_JUMP_IF_TRUE) => {
                            new = thread_to(Op::Real(Opcode::POP_JUMP_IF_TRUE))
                        }
                        Op::Jump | Op::Real(Opcode::JUMP_IF_TRUE_OR_POP) => {
                            new = thread_to(Op::Real(Opcode::JUMP_IF_TRUE_OR_POP))
                        }
                        _ => {}
                    },
                    _ => {}
                }
                if let Some((op, t)) = new {
                    // Taipan: a conditional jump may not go backward; keep the hop.
                    let backward = pos.get(t).copied().unwrap_or(usize::MAX)
                        <= pos.get(b).copied().unwrap_or(0);
                    if !(conditional && backward) {
                        let ins = &mut cfg.blocks[b].instrs[i];
                        ins.op = op;
                        ins.target = t;
                        again = true;
                    }
                }
            }
        } else if inst.op == Op::Real(Opcode::SWAP) {
            if inst.arg == 1 {
                cfg.blocks[b].instrs[i].op = Op::Real(Opcode::NOP);
            } else {
                apply_static_swaps(&mut cfg.blocks[b].instrs, i);
            }
        }
        if !again {
            i += 1;
        }
    }
}

fn swappable(op: Op) -> bool {
    matches!(op, Op::Real(Opcode::STORE_FAST) | Op::Real(Opcode::POP_TOP))
}

fn next_swappable_instruction(
    instrs: &[Instr],
    mut i: usize,
    lineno: Option<i32>,
) -> Option<usize> {
    loop {
        i += 1;
        if i >= instrs.len() {
            return None;
        }
        let ins = &instrs[i];
        if let Some(l) = lineno {
            if ins.loc.line != l {
                return None;
            }
        }
        if ins.op.is_nop() {
            continue;
        }
        if swappable(ins.op) {
            return Some(i);
        }
        return None;
    }
}

/// 3.11's `apply_static_swaps`: `SWAP n` followed by stores/pops of the same
/// line is done by reordering those instructions instead.
fn apply_static_swaps(instrs: &mut [Instr], start: usize) {
    let mut i = start as isize;
    while i >= 0 {
        let iu = i as usize;
        let op = instrs[iu].op;
        if op != Op::Real(Opcode::SWAP) {
            if op.is_nop() || swappable(op) {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable_instruction(instrs, iu, None) else {
            return;
        };
        let lineno = instrs[j].loc.line;
        let mut k = j;
        let mut count = instrs[iu].arg as i64 - 1;
        while count > 0 {
            match next_swappable_instruction(instrs, k, Some(lineno)) {
                Some(x) => k = x,
                None => return,
            }
            count -= 1;
        }
        instrs[iu].op = Op::Real(Opcode::NOP);
        instrs[iu].arg = 0;
        instrs.swap(j, k);
        i -= 1;
    }
}

/// Split blocks after conditional jumps and drop instructions after unconditional
/// transfers, so every jump ends its block.
fn normalize_blocks(cfg: &mut Cfg) {
    let mut cur = Some(0usize);
    let mut guard = 0usize;
    while let Some(b) = cur {
        guard += 1;
        if guard > 10_000_000 {
            break;
        }
        let pos = cfg.blocks[b]
            .instrs
            .iter()
            .position(|i| i.op.is_jump() || i.op.no_fallthrough());
        if let Some(p) = pos {
            if p + 1 < cfg.blocks[b].instrs.len() {
                let rest = cfg.blocks[b].instrs.split_off(p + 1);
                if !cfg.blocks[b].instrs[p].op.no_fallthrough() {
                    let nb = cfg.new_block();
                    cfg.blocks[nb].instrs = rest;
                    cfg.blocks[nb].next = cfg.blocks[b].next;
                    cfg.blocks[b].next = Some(nb);
                }
            }
        }
        cur = cfg.blocks[b].next;
    }
}

/// Retarget jumps to empty blocks at the next non-empty block and unlink empties.
fn eliminate_empty_blocks(cfg: &mut Cfg) {
    let layout = cfg.layout();
    // Resolve, for each block, the first non-empty block at or after it.
    let n = cfg.blocks.len();
    let mut resolved: Vec<BlockId> = (0..n).collect();
    let mut next_nonempty = NO_BLOCK;
    for &b in layout.iter().rev() {
        if !cfg.blocks[b].instrs.is_empty() {
            next_nonempty = b;
        }
        resolved[b] = next_nonempty;
    }
    for &b in &layout {
        for i in cfg.blocks[b].instrs.iter_mut() {
            if i.target != NO_BLOCK && i.target < n {
                let r = resolved[i.target];
                if r != NO_BLOCK {
                    i.target = r;
                }
            }
        }
    }
    // Relink layout skipping empty blocks (keep the entry block as entry).
    let nonempty: Vec<BlockId> = layout
        .iter()
        .copied()
        .filter(|&b| b == 0 || !cfg.blocks[b].instrs.is_empty())
        .collect();
    for w in nonempty.windows(2) {
        cfg.blocks[w[0]].next = Some(w[1]);
    }
    if let Some(&last) = nonempty.last() {
        cfg.blocks[last].next = None;
    }
    // If the entry is empty, fold its successor into it.
    if cfg.blocks[0].instrs.is_empty() {
        if let Some(nx) = cfg.blocks[0].next {
            let instrs = std::mem::take(&mut cfg.blocks[nx].instrs);
            cfg.blocks[0].instrs = instrs;
            cfg.blocks[0].next = cfg.blocks[nx].next;
            cfg.blocks[0].except_handler = cfg.blocks[nx].except_handler;
            cfg.blocks[0].preserve_lasti = cfg.blocks[nx].preserve_lasti;
            for blk in cfg.blocks.iter_mut() {
                for i in blk.instrs.iter_mut() {
                    if i.target == nx {
                        i.target = 0;
                    }
                }
            }
        }
    }
}

fn insert_prefix(cfg: &mut Cfg, p: &Prefix) {
    let mut pre = Vec::new();
    if p.nfree > 0 {
        pre.push(Instr::new(
            Op::Real(Opcode::COPY_FREE_VARS),
            p.nfree,
            NO_BLOCK,
            SrcLoc::NONE,
        ));
    }
    for &c in &p.cells {
        pre.push(Instr::new(
            Op::Real(Opcode::MAKE_CELL),
            c,
            NO_BLOCK,
            SrcLoc::NONE,
        ));
    }
    if p.generator {
        let l = SrcLoc {
            line: p.firstlineno as i32,
            end_line: p.firstlineno as i32,
            col: -1,
            end_col: -1,
        };
        pre.push(Instr::new(
            Op::Real(Opcode::RETURN_GENERATOR),
            0,
            NO_BLOCK,
            l,
        ));
        pre.push(Instr::new(Op::Real(Opcode::POP_TOP), 0, NO_BLOCK, l));
    }
    if !pre.is_empty() {
        let rest = std::mem::take(&mut cfg.blocks[0].instrs);
        pre.extend(rest);
        cfg.blocks[0].instrs = pre;
    }
}

/// Successors of a block: (target, is_exception_edge).
fn successors(cfg: &Cfg, b: BlockId) -> Vec<BlockId> {
    let blk = &cfg.blocks[b];
    let mut out = Vec::new();
    for i in &blk.instrs {
        if (i.op.is_jump() || i.op.is_block_push()) && i.target != NO_BLOCK {
            out.push(i.target);
        }
        if let Some(h) = i.except {
            if !out.contains(&h) {
                out.push(h);
            }
        }
    }
    for &h in &blk.handler_refs {
        if !out.contains(&h) {
            out.push(h);
        }
    }
    if blk.has_fallthrough() {
        if let Some(n) = blk.next {
            out.push(n);
        }
    }
    out
}

fn mark_reachable(cfg: &mut Cfg) {
    for b in cfg.blocks.iter_mut() {
        b.reachable = false;
        b.predecessors = 0;
    }
    let mut stack = vec![0usize];
    cfg.blocks[0].reachable = true;
    cfg.blocks[0].predecessors = 1;
    while let Some(b) = stack.pop() {
        for s in successors(cfg, b) {
            cfg.blocks[s].predecessors += 1;
            if !cfg.blocks[s].reachable {
                cfg.blocks[s].reachable = true;
                stack.push(s);
            }
        }
    }
}

fn remove_unreachable(cfg: &mut Cfg) {
    let layout = cfg.layout();
    for &b in &layout {
        if !cfg.blocks[b].reachable {
            cfg.blocks[b].instrs.clear();
        }
    }
}

/// 3.11's `extend_block`: a block ending in an unconditional jump to a small exit
/// block gets a copy of that block instead.
fn extend_block(cfg: &mut Cfg, b: BlockId) {
    let Some(last) = cfg.blocks[b].instrs.last() else {
        return;
    };
    if !matches!(
        last.op,
        Op::Jump | Op::Real(Opcode::JUMP_FORWARD) | Op::Real(Opcode::JUMP_BACKWARD)
    ) {
        return;
    }
    let t = last.target;
    if t == NO_BLOCK || t == b {
        return;
    }
    let tb = &cfg.blocks[t];
    if is_exit_without_lineno(cfg, t) && tb.instrs.len() <= MAX_COPY_SIZE {
        let copy: Vec<Instr> = tb.instrs.clone();
        let blk = &mut cfg.blocks[b];
        if let Some(l) = blk.instrs.last_mut() {
            l.op = Op::Real(Opcode::NOP);
            l.target = NO_BLOCK;
        }
        blk.instrs.extend(copy);
    }
}

fn is_exit_without_lineno(cfg: &Cfg, b: BlockId) -> bool {
    let blk = &cfg.blocks[b];
    blk.exits_scope() && blk.instrs.iter().all(|i| i.loc.line < 0)
}

fn duplicate_exits_without_lineno(cfg: &mut Cfg) {
    let layout = cfg.layout();
    for &b in &layout {
        let Some(last) = cfg.blocks[b].instrs.last() else {
            continue;
        };
        if !last.op.is_jump() {
            continue;
        }
        let target = last.target;
        let jloc = last.loc;
        if target == NO_BLOCK {
            continue;
        }
        if is_exit_without_lineno(cfg, target) && cfg.blocks[target].predecessors > 1 {
            let nb = cfg.new_block();
            let mut instrs = cfg.blocks[target].instrs.clone();
            if let Some(first) = instrs.first_mut() {
                first.loc = jloc;
            }
            cfg.blocks[nb].instrs = instrs;
            cfg.blocks[nb].predecessors = 1;
            cfg.blocks[nb].reachable = true;
            cfg.blocks[target].predecessors -= 1;
            cfg.blocks[nb].next = cfg.blocks[target].next;
            cfg.blocks[target].next = Some(nb);
            if let Some(l) = cfg.blocks[b].instrs.last_mut() {
                l.target = nb;
            }
        }
    }
    let layout = cfg.layout();
    for &b in &layout {
        if cfg.blocks[b].has_fallthrough() && !cfg.blocks[b].instrs.is_empty() {
            if let Some(n) = cfg.blocks[b].next {
                if is_exit_without_lineno(cfg, n) {
                    let l = cfg.blocks[b]
                        .instrs
                        .last()
                        .map(|i| i.loc)
                        .unwrap_or(SrcLoc::NONE);
                    if let Some(first) = cfg.blocks[n].instrs.first_mut() {
                        first.loc = l;
                    }
                }
            }
        }
    }
}

fn propagate_line_numbers(cfg: &mut Cfg) {
    let layout = cfg.layout();
    for &b in &layout {
        if cfg.blocks[b].instrs.is_empty() {
            continue;
        }
        let mut prev = SrcLoc::NONE;
        for i in cfg.blocks[b].instrs.iter_mut() {
            if i.loc.line < 0 {
                i.loc = prev;
            } else {
                prev = i.loc;
            }
        }
        if cfg.blocks[b].has_fallthrough() {
            if let Some(n) = cfg.blocks[b].next {
                if cfg.blocks[n].predecessors == 1 {
                    if let Some(first) = cfg.blocks[n].instrs.first_mut() {
                        if first.loc.line < 0 {
                            first.loc = prev;
                        }
                    }
                }
            }
        }
        let last = cfg.blocks[b].instrs.last().cloned();
        if let Some(last) = last {
            if last.op.is_jump()
                && last.target != NO_BLOCK
                && cfg.blocks[last.target].predecessors == 1
            {
                if let Some(first) = cfg.blocks[last.target].instrs.first_mut() {
                    if first.loc.line < 0 {
                        first.loc = prev;
                    }
                }
            }
        }
    }
}

fn guarantee_lineno_for_exits(cfg: &mut Cfg, firstlineno: i32) {
    let mut lineno = firstlineno;
    for b in cfg.layout() {
        let blk = &mut cfg.blocks[b];
        let Some(last) = blk.instrs.last() else {
            continue;
        };
        if last.loc.line < 0 {
            if last.op == Op::Real(Opcode::RETURN_VALUE) {
                for i in blk.instrs.iter_mut() {
                    i.loc.line = lineno;
                    i.loc.end_line = lineno;
                }
            }
        } else {
            lineno = last.loc.line;
        }
    }
}

fn stackdepth(cfg: &mut Cfg) -> Result<u32, String> {
    for b in cfg.blocks.iter_mut() {
        b.start_depth = None;
    }
    let mut maxdepth: i32 = 0;
    let mut stack: Vec<BlockId> = Vec::new();
    let push =
        |cfg: &mut Cfg, stack: &mut Vec<BlockId>, b: BlockId, d: i32| -> Result<(), String> {
            match cfg.blocks[b].start_depth {
                None => {
                    cfg.blocks[b].start_depth = Some(d);
                    stack.push(b);
                    Ok(())
                }
                Some(old) if old == d => Ok(()),
                Some(old) => Err(format!(
                    "inconsistent stack depth at block {}: {} vs {}",
                    b, old, d
                )),
            }
        };
    push(cfg, &mut stack, 0, 0)?;
    while let Some(b) = stack.pop() {
        let mut depth = cfg.blocks[b].start_depth.unwrap_or(0);
        let mut next = cfg.blocks[b].next;
        let n = cfg.blocks[b].instrs.len();
        for idx in 0..n {
            let (op, arg, target) = {
                let i = &cfg.blocks[b].instrs[idx];
                (i.op, i.arg, i.target)
            };
            let new_depth = depth + op.stack_effect(arg, false);
            if new_depth < 0 {
                return Err(format!("stack underflow in block {} at {:?}", b, op));
            }
            maxdepth = maxdepth.max(new_depth);
            if (op.is_jump() || op.is_block_push()) && target != NO_BLOCK {
                let td = depth + op.stack_effect(arg, true);
                if td < 0 {
                    return Err(format!("stack underflow on jump in block {}", b));
                }
                maxdepth = maxdepth.max(td);
                if op.is_block_push() {
                    cfg.blocks[target].except_handler = true;
                    if matches!(op, Op::SetupCleanup | Op::SetupWith) {
                        cfg.blocks[target].preserve_lasti = true;
                    }
                }
                push(cfg, &mut stack, target, td)?;
            }
            depth = new_depth;
            if op.no_fallthrough() {
                next = None;
                break;
            }
        }
        if let Some(nx) = next {
            push(cfg, &mut stack, nx, depth)?;
        }
    }
    Ok(maxdepth as u32)
}

/// 3.11's `label_exception_targets`: record, for each instruction, the
/// innermost handler block in force.
fn label_exception_targets(cfg: &mut Cfg) {
    let n = cfg.blocks.len();
    let mut visited = vec![false; n];
    let mut stacks: Vec<Option<Vec<BlockId>>> = vec![None; n];
    let mut todo = vec![0usize];
    visited[0] = true;
    stacks[0] = Some(Vec::new());
    while let Some(b) = todo.pop() {
        let mut es = stacks[b].take().unwrap_or_default();
        let mut handler = es.last().copied();
        let len = cfg.blocks[b].instrs.len();
        for idx in 0..len {
            let (op, target) = {
                let i = &cfg.blocks[b].instrs[idx];
                (i.op, i.target)
            };
            if op.is_block_push() {
                if target != NO_BLOCK && !visited[target] {
                    stacks[target] = Some(es.clone());
                    visited[target] = true;
                    todo.push(target);
                }
                es.push(target);
                handler = Some(target);
            } else if op == Op::PopBlock {
                es.pop();
                handler = es.last().copied();
            } else if op.is_jump() {
                cfg.blocks[b].instrs[idx].except = handler;
                if target != NO_BLOCK && !visited[target] {
                    stacks[target] = Some(es.clone());
                    visited[target] = true;
                    todo.push(target);
                }
            } else {
                if op == Op::Real(Opcode::YIELD_VALUE) {
                    cfg.blocks[b].instrs[idx].arg = es.len() as u32;
                }
                cfg.blocks[b].instrs[idx].except = handler;
            }
        }
        if cfg.blocks[b].has_fallthrough() {
            if let Some(nx) = cfg.blocks[b].next {
                if !visited[nx] {
                    stacks[nx] = Some(es);
                    visited[nx] = true;
                    todo.push(nx);
                }
            }
        }
    }
}

/// 3.11's `clean_basic_block`: drop NOPs that carry no new line number.
fn clean_block(cfg: &mut Cfg, b: BlockId) {
    let next_first_line = {
        let mut nx = cfg.blocks[b].next;
        let mut line = None;
        while let Some(n) = nx {
            if let Some(f) = cfg.blocks[n].instrs.first() {
                line = Some(f.loc.line);
                break;
            }
            nx = cfg.blocks[n].next;
        }
        line
    };
    let instrs = std::mem::take(&mut cfg.blocks[b].instrs);
    let len = instrs.len();
    let mut out: Vec<Instr> = Vec::with_capacity(len);
    let mut prev_line = -1;
    let mut i = 0;
    let mut instrs = instrs;
    while i < len {
        let line = instrs[i].loc.line;
        if instrs[i].op.is_nop() {
            if line < 0 || prev_line == line {
                i += 1;
                continue;
            }
            if i + 1 < len {
                let nl = instrs[i + 1].loc.line;
                if nl < 0 {
                    instrs[i + 1].loc = instrs[i].loc;
                    i += 1;
                    continue;
                }
                if nl == line {
                    i += 1;
                    continue;
                }
            } else if next_first_line == Some(line) {
                i += 1;
                continue;
            }
        }
        prev_line = line;
        out.push(instrs[i].clone());
        i += 1;
    }
    cfg.blocks[b].instrs = out;
}

fn push_cold_blocks_to_end(cfg: &mut Cfg) {
    let layout = cfg.layout();
    if layout.len() <= 1 {
        return;
    }
    for b in cfg.blocks.iter_mut() {
        b.warm = false;
        b.cold = false;
    }
    // Warm: reachable from the entry without exception edges.
    let mut stack = vec![0usize];
    cfg.blocks[0].warm = true;
    while let Some(b) = stack.pop() {
        let blk = &cfg.blocks[b];
        let mut succ = Vec::new();
        if blk.has_fallthrough() {
            if let Some(n) = blk.next {
                succ.push(n);
            }
        }
        for i in &blk.instrs {
            if i.op.is_jump() && i.target != NO_BLOCK {
                succ.push(i.target);
            }
        }
        for s in succ {
            if !cfg.blocks[s].warm {
                cfg.blocks[s].warm = true;
                stack.push(s);
            }
        }
    }
    // Cold: reachable from handlers but not warm.
    let mut stack: Vec<BlockId> = Vec::new();
    for &b in &layout {
        if cfg.blocks[b].except_handler && !cfg.blocks[b].warm {
            cfg.blocks[b].cold = true;
            stack.push(b);
        }
    }
    while let Some(b) = stack.pop() {
        let blk = &cfg.blocks[b];
        let mut succ = Vec::new();
        if blk.has_fallthrough() {
            if let Some(n) = blk.next {
                succ.push(n);
            }
        }
        for i in &blk.instrs {
            if i.op.is_jump() && i.target != NO_BLOCK {
                succ.push(i.target);
            }
        }
        for s in succ {
            if !cfg.blocks[s].warm && !cfg.blocks[s].cold {
                cfg.blocks[s].cold = true;
                stack.push(s);
            }
        }
    }
    // Explicit jumps where a cold block falls through into a warm one.
    for &b in &layout {
        if cfg.blocks[b].cold && cfg.blocks[b].has_fallthrough() {
            if let Some(n) = cfg.blocks[b].next {
                if cfg.blocks[n].warm {
                    let j = cfg.new_block();
                    cfg.blocks[j]
                        .instrs
                        .push(Instr::new(Op::Jump, 0, n, SrcLoc::NONE));
                    cfg.blocks[j].cold = true;
                    cfg.blocks[j].next = Some(n);
                    cfg.blocks[b].next = Some(j);
                }
            }
        }
    }
    let layout = cfg.layout();
    let (warm, cold): (Vec<BlockId>, Vec<BlockId>) =
        layout.iter().partition(|&&b| !cfg.blocks[b].cold);
    let order: Vec<BlockId> = warm.into_iter().chain(cold).collect();
    for w in order.windows(2) {
        cfg.blocks[w[0]].next = Some(w[1]);
    }
    if let Some(&l) = order.last() {
        cfg.blocks[l].next = None;
    }
}

fn remove_redundant_jumps(cfg: &mut Cfg) {
    for b in cfg.layout() {
        let next = {
            let mut nx = cfg.blocks[b].next;
            while let Some(n) = nx {
                if !cfg.blocks[n].instrs.is_empty() {
                    break;
                }
                nx = cfg.blocks[n].next;
            }
            nx
        };
        if let Some(last) = cfg.blocks[b].instrs.last_mut() {
            if matches!(last.op, Op::Jump | Op::JumpNoInterrupt) && Some(last.target) == next {
                last.op = Op::Real(Opcode::NOP);
                last.target = NO_BLOCK;
            }
        }
    }
}

/// Redirect conditional jumps that would go backward to trampolines at the end.
fn fix_backward_conditionals(cfg: &mut Cfg) {
    let layout = cfg.layout();
    let mut pos = vec![usize::MAX; cfg.blocks.len()];
    for (i, &b) in layout.iter().enumerate() {
        pos[b] = i;
    }
    let mut tramps: Vec<BlockId> = Vec::new();
    for (p, &b) in layout.iter().enumerate() {
        let n = cfg.blocks[b].instrs.len();
        for k in 0..n {
            let (op, target, loc, except) = {
                let i = &cfg.blocks[b].instrs[k];
                (i.op, i.target, i.loc, i.except)
            };
            let conditional = match op {
                Op::Real(o) => {
                    o.jump_kind() == taipan_bytecode::JumpKind::Forward && o != Opcode::JUMP_FORWARD
                }
                _ => false,
            };
            if conditional
                && target != NO_BLOCK
                && pos.get(target).copied().unwrap_or(usize::MAX) <= p
            {
                let t = cfg.new_block();
                let mut j = Instr::new(Op::Jump, 0, target, loc);
                j.except = except;
                cfg.blocks[t].instrs.push(j);
                cfg.blocks[b].instrs[k].target = t;
                tramps.push(t);
            }
        }
    }
    if tramps.is_empty() {
        return;
    }
    let mut last = *layout.last().unwrap_or(&0);
    for t in tramps {
        cfg.blocks[last].next = Some(t);
        last = t;
    }
    cfg.blocks[last].next = None;
}

fn normalize_jumps(cfg: &mut Cfg) {
    let layout = cfg.layout();
    let mut pos = vec![usize::MAX; cfg.blocks.len()];
    for (i, &b) in layout.iter().enumerate() {
        pos[b] = i;
    }
    for (p, &b) in layout.iter().enumerate() {
        for i in cfg.blocks[b].instrs.iter_mut() {
            let backward =
                i.target != NO_BLOCK && pos.get(i.target).copied().unwrap_or(usize::MAX) <= p;
            match i.op {
                Op::Jump => {
                    i.op = Op::Real(if backward {
                        Opcode::JUMP_BACKWARD
                    } else {
                        Opcode::JUMP_FORWARD
                    });
                }
                Op::JumpNoInterrupt => {
                    i.op = Op::Real(if backward {
                        Opcode::JUMP_BACKWARD_NO_INTERRUPT
                    } else {
                        Opcode::JUMP_FORWARD
                    });
                }
                _ => {}
            }
        }
    }
}

fn ext_count(arg: u32) -> u32 {
    if arg > 0xFF_FFFF {
        3
    } else if arg > 0xFFFF {
        2
    } else if arg > 0xFF {
        1
    } else {
        0
    }
}

fn instr_size(i: &Instr) -> u32 {
    let op = match i.op {
        Op::Real(o) => o,
        _ => Opcode::NOP,
    };
    1 + ext_count(i.arg) + op.cache_entries() as u32
}

fn emit(cfg: &mut Cfg, maxdepth: u32) -> Result<Assembled, String> {
    let layout = cfg.layout();
    // Iterate offsets until stable.
    let mut iterations = 0;
    loop {
        iterations += 1;
        if iterations > 100 {
            return Err("jump offsets did not converge".into());
        }
        let mut off = 0u32;
        for &b in &layout {
            cfg.blocks[b].offset = off;
            for i in &cfg.blocks[b].instrs {
                off += instr_size(i);
            }
        }
        let mut changed = false;
        for &b in &layout {
            let mut off = cfg.blocks[b].offset;
            let n = cfg.blocks[b].instrs.len();
            for k in 0..n {
                let size = instr_size(&cfg.blocks[b].instrs[k]);
                let (op, target) = (cfg.blocks[b].instrs[k].op, cfg.blocks[b].instrs[k].target);
                if let Op::Real(o) = op {
                    if o.jump_kind() != taipan_bytecode::JumpKind::None && target != NO_BLOCK {
                        let end = off + size;
                        let t = cfg.blocks[target].offset;
                        let arg = match o.jump_kind() {
                            taipan_bytecode::JumpKind::Backward => {
                                end.checked_sub(t).ok_or("bad backward jump")?
                            }
                            _ => t
                                .checked_sub(end)
                                .ok_or_else(|| format!("bad forward jump {:?}", o))?,
                        };
                        if cfg.blocks[b].instrs[k].arg != arg {
                            cfg.blocks[b].instrs[k].arg = arg;
                            changed = true;
                        }
                    }
                }
                off += size;
            }
        }
        if !changed {
            break;
        }
    }
    let mut max_const = 0u32;
    for &b in &layout {
        for i in &cfg.blocks[b].instrs {
            if matches!(
                i.op,
                Op::Real(Opcode::LOAD_CONST) | Op::Real(Opcode::KW_NAMES)
            ) {
                max_const = max_const.max(i.arg);
            }
        }
    }
    let mut code = Vec::new();
    let mut locations = Vec::new();
    let mut table: Vec<ExceptionTableEntry> = Vec::new();
    let mut cur_handler: Option<BlockId> = None;
    let mut start = 0u32;
    let entry_for = |cfg: &Cfg, h: BlockId, start: u32, end: u32| -> ExceptionTableEntry {
        let hb = &cfg.blocks[h];
        let mut depth = hb.start_depth.unwrap_or(1) - 1;
        if hb.preserve_lasti {
            depth -= 1;
        }
        ExceptionTableEntry {
            start,
            end,
            target: hb.offset,
            depth: depth.max(0) as u32,
            push_lasti: hb.preserve_lasti,
        }
    };
    for &b in &layout {
        for i in &cfg.blocks[b].instrs {
            let off = code.len() as u32;
            if i.except != cur_handler {
                if let Some(h) = cur_handler {
                    if off > start {
                        table.push(entry_for(cfg, h, start, off));
                    }
                }
                start = off;
                cur_handler = i.except;
            }
            let op = match i.op {
                Op::Real(o) => o,
                _ => Opcode::NOP,
            };
            let loc = to_location(i.loc);
            let arg = if op.has_arg() { i.arg } else { 0 };
            let ext = ext_count(arg);
            for k in (1..=ext).rev() {
                code.push(encode(
                    Opcode::EXTENDED_ARG,
                    ((arg >> (8 * k)) & 0xFF) as u8,
                ));
                locations.push(loc);
            }
            code.push(encode(op, (arg & 0xFF) as u8));
            locations.push(loc);
            for _ in 0..op.cache_entries() {
                code.push(encode(Opcode::CACHE, 0));
                locations.push(loc);
            }
        }
    }
    if let Some(h) = cur_handler {
        let off = code.len() as u32;
        if off > start {
            table.push(entry_for(cfg, h, start, off));
        }
    }
    // Merge adjacent rows with the same handler.
    let mut merged: Vec<ExceptionTableEntry> = Vec::new();
    for e in table {
        if let Some(last) = merged.last_mut() {
            if last.end == e.start
                && last.target == e.target
                && last.depth == e.depth
                && last.push_lasti == e.push_lasti
            {
                last.end = e.end;
                continue;
            }
        }
        merged.push(e);
    }
    Ok(Assembled {
        code,
        locations,
        exception_table: merged,
        stacksize: maxdepth,
        max_const,
    })
}

fn to_location(l: SrcLoc) -> Location {
    if l.line < 0 {
        return Location::default();
    }
    Location {
        line: l.line as u32,
        end_line: if l.end_line < 0 {
            l.line as u32
        } else {
            l.end_line as u32
        },
        col: l.col.max(0) as u32,
        end_col: l.end_col.max(0) as u32,
    }
}
