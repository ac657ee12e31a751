//! The control-flow graph the code generator emits into: basic blocks of
//! instructions, where an instruction is a real opcode or one of CPython 3.11's
//! pseudo-instructions (`SETUP_FINALLY`, `SETUP_CLEANUP`, `SETUP_WITH`,
//! `POP_BLOCK`, `JUMP`, `JUMP_NO_INTERRUPT`) that the assembler resolves.
//!
//! Blocks live in a vector (allocation order); the layout order is the chain
//! of `next` links starting at block 0, exactly like CPython's `b_next`.

use taipan_bytecode::Opcode;

/// Index of a basic block in [`Cfg::blocks`].
pub type BlockId = usize;

/// Sentinel for "no jump target".
pub const NO_BLOCK: BlockId = usize::MAX;

/// An instruction's operation: a real opcode or an assembler pseudo-op.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Real(Opcode),
    /// Push an exception handler (`target`); handler entered with depth + 1.
    SetupFinally,
    /// Like `SetupFinally`, but the handler also gets `lasti` (depth + 2).
    SetupCleanup,
    /// The `with` exit handler (keeps lasti; depth + 1 relative to after `BEFORE_WITH`).
    SetupWith,
    /// Pop the innermost exception handler.
    PopBlock,
    /// Unconditional jump, direction decided at layout.
    Jump,
    /// Unconditional jump without an interrupt check.
    JumpNoInterrupt,
}

impl Op {
    /// A jump with a target (not counting block pushes).
    pub fn is_jump(self) -> bool {
        match self {
            Op::Jump | Op::JumpNoInterrupt => true,
            Op::Real(op) => op.jump_kind() != taipan_bytecode::JumpKind::None,
            _ => false,
        }
    }

    /// `SETUP_*` pseudo-instructions.
    pub fn is_block_push(self) -> bool {
        matches!(self, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
    }

    /// Unconditional jumps.
    pub fn is_uncond_jump(self) -> bool {
        matches!(
            self,
            Op::Jump
                | Op::JumpNoInterrupt
                | Op::Real(Opcode::JUMP_FORWARD)
                | Op::Real(Opcode::JUMP_BACKWARD)
                | Op::Real(Opcode::JUMP_BACKWARD_NO_INTERRUPT)
        )
    }

    /// Instructions that leave the code object (return or raise).
    pub fn is_scope_exit(self) -> bool {
        matches!(
            self,
            Op::Real(Opcode::RETURN_VALUE)
                | Op::Real(Opcode::RAISE_VARARGS)
                | Op::Real(Opcode::RERAISE)
        )
    }

    /// Control never continues with the next instruction.
    pub fn no_fallthrough(self) -> bool {
        self.is_uncond_jump() || self.is_scope_exit()
    }

    /// Stack effect (the table's, with CPython 3.11's values for pseudo-ops and
    /// for the few rows where 3.11's compiler counts differently).
    pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        match self {
            Op::SetupFinally | Op::SetupWith => {
                if jump {
                    1
                } else {
                    0
                }
            }
            Op::SetupCleanup => {
                if jump {
                    2
                } else {
                    0
                }
            }
            Op::PopBlock | Op::Jump | Op::JumpNoInterrupt => 0,
            // 3.11: when the sub-iterator is exhausted, SEND replaces
            // [receiver, value] by the return value before jumping.
            Op::Real(Opcode::SEND) => {
                if jump {
                    -1
                } else {
                    0
                }
            }
            // The resumed frame receives the first sent value (popped by POP_TOP).
            Op::Real(Opcode::RETURN_GENERATOR) => 1,
            Op::Real(op) => op.stack_effect(arg, jump),
        }
    }

    pub fn is_nop(self) -> bool {
        self == Op::Real(Opcode::NOP)
    }
}

/// A source position in CPython's compiler convention: -1 means unset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SrcLoc {
    pub line: i32,
    pub end_line: i32,
    pub col: i32,
    pub end_col: i32,
}

impl SrcLoc {
    pub const NONE: SrcLoc = SrcLoc {
        line: -1,
        end_line: -1,
        col: -1,
        end_col: -1,
    };

    pub fn from_ast(l: &taipan_syntax::Loc) -> SrcLoc {
        SrcLoc {
            line: l.lineno as i32,
            end_line: l.end_lineno as i32,
            col: l.col_offset as i32,
            end_col: l.end_col_offset as i32,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
    pub target: BlockId,
    pub loc: SrcLoc,
    pub except: Option<BlockId>,
}

impl Instr {
    pub fn new(op: Op, arg: u32, target: BlockId, loc: SrcLoc) -> Instr {
        Instr {
            op,
            arg,
            target,
            loc,
            except: None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Block {
    pub instrs: Vec<Instr>,
    /// Next block in layout order.
    pub next: Option<BlockId>,
    pub start_depth: Option<i32>,
    /// Target of a SETUP_*.
    pub except_handler: bool,
    /// Handler entered with lasti pushed (SETUP_CLEANUP / SETUP_WITH).
    pub preserve_lasti: bool,
    pub predecessors: u32,
    pub reachable: bool,
    pub warm: bool,
    pub cold: bool,
    /// Code offset (assembler).
    pub offset: u32,
    /// Handlers set up in this block (kept when the `SETUP_*` become NOPs, so
    /// handler blocks stay reachable as in CPython).
    pub handler_refs: Vec<BlockId>,
}

impl Block {
    fn new() -> Block {
        Block {
            instrs: Vec::new(),
            next: None,
            start_depth: None,
            except_handler: false,
            preserve_lasti: false,
            predecessors: 0,
            reachable: false,
            warm: false,
            cold: false,
            offset: 0,
            handler_refs: Vec::new(),
        }
    }

    /// Control can continue into `next`.
    pub fn has_fallthrough(&self) -> bool {
        match self.instrs.last() {
            Some(i) => !i.op.no_fallthrough(),
            None => true,
        }
    }

    pub fn exits_scope(&self) -> bool {
        self.instrs.last().is_some_and(|i| i.op.is_scope_exit())
    }
}

/// A function body's graph under construction.
#[derive(Clone, Debug)]
pub struct Cfg {
    pub blocks: Vec<Block>,
    pub current: BlockId,
}

impl Default for Cfg {
    fn default() -> Self {
        Self::new()
    }
}

impl Cfg {
    pub fn new() -> Cfg {
        Cfg {
            blocks: vec![Block::new()],
            current: 0,
        }
    }

    /// A fresh block, not yet linked into the layout.
    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::new());
        self.blocks.len() - 1
    }

    /// Make `b` the block after the current one in layout, and emit into it.
    pub fn use_next_block(&mut self, b: BlockId) {
        let cur = self.current;
        if cur != b {
            self.blocks[cur].next = Some(b);
        }
        self.current = b;
    }

    /// Start a new block following the current one.
    pub fn next_block(&mut self) -> BlockId {
        let b = self.new_block();
        self.use_next_block(b);
        b
    }

    pub fn emit(&mut self, instr: Instr) {
        let cur = self.current;
        self.blocks[cur].instrs.push(instr);
    }

    /// The current block ends in RETURN_VALUE.
    pub fn current_returns(&self) -> bool {
        self.blocks[self.current]
            .instrs
            .last()
            .is_some_and(|i| i.op == Op::Real(Opcode::RETURN_VALUE))
    }

    /// Blocks in layout order.
    pub fn layout(&self) -> Vec<BlockId> {
        let mut out = Vec::new();
        let mut seen = vec![false; self.blocks.len()];
        let mut b = Some(0);
        while let Some(id) = b {
            if seen[id] {
                break;
            }
            seen[id] = true;
            out.push(id);
            b = self.blocks[id].next;
        }
        out
    }
}
