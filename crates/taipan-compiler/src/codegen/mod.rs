//! The code generator: a port of CPython 3.11's `Python/compile.c`.
//!
//! This module holds the compiler state (a stack of compilation units, one per
//! code object being built), instruction emission with 3.11's location
//! tracking (`SET_LOC`/`UNSET_LOC`), constants and name tables, name
//! resolution (`compiler_nameop`), scope entry/exit, closures and code-object
//! finalisation. The per-construct visitors live in the sibling modules.

mod comprehension;
mod exceptions;
mod expr;
mod fold;
mod func_class;
mod pattern;
mod stmt;
mod unparse;

pub use stmt::future_features;
pub use unparse::str_repr;

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use taipan_bytecode::{CodeFlags, CodeObject, Constant, LocalKind, Opcode};
use taipan_syntax::ast::*;
use taipan_syntax::SyntaxError;

use crate::assemble::{assemble, Prefix};
use crate::cfg::{BlockId, Cfg, Instr, Op, SrcLoc, NO_BLOCK};
use crate::errors::{Source, MAX_DEPTH};
use crate::symtable::{mangle, BlockType, NameScope, SymbolTable, DEF_FREE_CLASS};

pub(crate) type CResult<T = ()> = Result<T, SyntaxError>;

/// What kind of code object a unit builds (CPython's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// Frame-block kinds for unwinding (`enum fblocktype`).
#[derive(Clone, Debug)]
pub enum FBlockKind<'a> {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With(Loc),
    AsyncWith(Loc),
    HandlerCleanup(Option<String>),
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

#[derive(Clone, Debug)]
pub struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    pub block: BlockId,
    pub exit: BlockId,
}

/// An insertion-ordered string set giving each entry its index.
#[derive(Default, Clone, Debug)]
pub struct IndexSet {
    pub items: Vec<String>,
    map: HashMap<String, u32>,
}

impl IndexSet {
    pub fn from_vec(v: Vec<String>) -> IndexSet {
        let mut s = IndexSet::default();
        for x in v {
            s.insert(&x);
        }
        s
    }
    pub fn insert(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.map.get(name) {
            return i;
        }
        let i = self.items.len() as u32;
        self.items.push(name.to_string());
        self.map.insert(name.to_string(), i);
        i
    }
    pub fn get(&self, name: &str) -> Option<u32> {
        self.map.get(name).copied()
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
}

/// Hashable identity of a constant, for de-duplication (type-exact, as CPython's
/// `_PyCode_ConstantKey`: `1`, `1.0`, `True` and `0.0`/`-0.0` stay distinct).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Code(usize),
}

fn const_key(c: &Constant) -> ConstKey {
    match c {
        Constant::None => ConstKey::None,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Int(i) => ConstKey::Int(i.clone()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(v) => ConstKey::Tuple(v.iter().map(const_key).collect()),
        Constant::FrozenSet(v) => ConstKey::FrozenSet(v.iter().map(const_key).collect()),
        Constant::Code(c) => ConstKey::Code(Rc::as_ptr(c) as usize),
    }
}

/// One code object under construction (`struct compiler_unit`).
pub struct Unit<'a> {
    pub scope: usize,
    pub scope_type: ScopeType,
    pub cfg: Cfg,
    pub consts: Vec<Constant>,
    const_map: HashMap<ConstKey, u32>,
    pub names: IndexSet,
    pub varnames: IndexSet,
    pub cellvars: IndexSet,
    pub freevars: IndexSet,
    pub fblocks: Vec<FBlock<'a>>,
    pub loc: SrcLoc,
    pub private: Option<String>,
    pub name: String,
    pub qualname: String,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
}

pub struct Compiler<'a> {
    pub src: &'a Source<'a>,
    pub st: &'a SymbolTable,
    pub units: Vec<Unit<'a>>,
    pub depth: usize,
    pub interactive: bool,
    /// Line of the last `from __future__ import` at the top of the module.
    pub future_lineno: u32,
    pub future_annotations: bool,
}

/// The string value of a docstring statement, if `body` starts with one.
pub fn get_docstring(body: &[Stmt]) -> Option<&str> {
    if let Some(Stmt {
        kind: StmtKind::Expr { value },
        ..
    }) = body.first()
    {
        if let ExprKind::Constant {
            value: taipan_syntax::ast::Constant::Str(s),
        } = &value.kind
        {
            return Some(s);
        }
    }
    None
}

impl<'a> Compiler<'a> {
    pub fn new(src: &'a Source<'a>, st: &'a SymbolTable) -> Compiler<'a> {
        Compiler {
            src,
            st,
            units: Vec::new(),
            depth: 0,
            interactive: false,
            future_lineno: 0,
            future_annotations: false,
        }
    }

    #[inline]
    pub fn u(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    #[inline]
    pub fn ur(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    pub fn ste(&self) -> &'a crate::symtable::Scope {
        let st: &'a SymbolTable = self.st;
        &st.scopes[self.ur().scope]
    }

    // ----- errors -----

    /// An error at the current location (CPython's `compiler_error`).
    pub fn error(&self, msg: impl Into<String>) -> SyntaxError {
        let l = self.ur().loc;
        self.src.error_at(
            msg,
            l.line as i64,
            l.col as i64,
            l.end_line as i64,
            l.end_col as i64,
        )
    }

    pub fn internal(&self, msg: &str) -> SyntaxError {
        self.src.internal(msg)
    }

    /// Recursion guard for the visitors.
    pub fn enter_recursion(&mut self, loc: &Loc) -> CResult {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(self.src.recursion(loc));
        }
        Ok(())
    }

    pub fn leave_recursion(&mut self) {
        self.depth -= 1;
    }

    // ----- locations -----

    pub fn set_loc(&mut self, loc: &Loc) {
        self.u().loc = SrcLoc::from_ast(loc);
    }

    pub fn unset_loc(&mut self) {
        self.u().loc.line = -1;
    }

    // ----- emission -----

    pub fn addop(&mut self, op: Opcode) {
        let loc = self.ur().loc;
        self.u()
            .cfg
            .emit(Instr::new(Op::Real(op), 0, NO_BLOCK, loc));
    }

    pub fn addop_i(&mut self, op: Opcode, arg: u32) {
        if op == Opcode::BUILD_TUPLE && self.fold_tuple_on_constants(arg) {
            return;
        }
        let loc = self.ur().loc;
        self.u()
            .cfg
            .emit(Instr::new(Op::Real(op), arg, NO_BLOCK, loc));
    }

    pub fn addop_j(&mut self, op: Op, target: BlockId) {
        let loc = self.ur().loc;
        self.u().cfg.emit(Instr::new(op, 0, target, loc));
    }

    pub fn jump(&mut self, op: Opcode, target: BlockId) {
        self.addop_j(Op::Real(op), target);
    }

    pub fn jump_noline(&mut self, op: Op, target: BlockId) {
        self.u().cfg.emit(Instr::new(op, 0, target, SrcLoc::NONE));
    }

    pub fn pseudo(&mut self, op: Op) {
        let loc = self.ur().loc;
        self.u().cfg.emit(Instr::new(op, 0, NO_BLOCK, loc));
    }

    pub fn pseudo_noline(&mut self, op: Op) {
        self.u().cfg.emit(Instr::new(op, 0, NO_BLOCK, SrcLoc::NONE));
    }

    pub fn new_block(&mut self) -> BlockId {
        self.u().cfg.new_block()
    }

    pub fn use_next_block(&mut self, b: BlockId) {
        self.u().cfg.use_next_block(b);
    }

    pub fn next_block(&mut self) {
        self.u().cfg.next_block();
    }

    /// 3.11's `fold_tuple_on_constants`: `LOAD_CONST`×n + `BUILD_TUPLE n` → one constant.
    fn fold_tuple_on_constants(&mut self, n: u32) -> bool {
        let n = n as usize;
        if n == 0 {
            return false;
        }
        let u = self.u();
        let cur = u.cfg.current;
        let instrs = &u.cfg.blocks[cur].instrs;
        if instrs.len() < n {
            return false;
        }
        let start = instrs.len() - n;
        if !instrs[start..]
            .iter()
            .all(|i| i.op == Op::Real(Opcode::LOAD_CONST))
        {
            return false;
        }
        let items: Vec<Constant> = instrs[start..]
            .iter()
            .map(|i| u.consts[i.arg as usize].clone())
            .collect();
        u.cfg.blocks[cur].instrs.truncate(start);
        let idx = self.add_const(Constant::Tuple(items));
        let loc = self.ur().loc;
        self.u()
            .cfg
            .emit(Instr::new(Op::Real(Opcode::LOAD_CONST), idx, NO_BLOCK, loc));
        true
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let key = const_key(&c);
        let u = self.u();
        if let Some(&i) = u.const_map.get(&key) {
            return i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(c);
        u.const_map.insert(key, i);
        i
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.addop_i(Opcode::LOAD_CONST, i);
    }

    /// `ADDOP_NAME`: the name is mangled, then added to `co_names`.
    pub fn addop_name(&mut self, op: Opcode, name: &str) {
        let mangled = mangle(self.ur().private.as_deref(), name);
        let i = self.u().names.insert(&mangled);
        self.addop_i(op, i);
    }

    // ----- scopes -----

    pub fn enter_scope(
        &mut self,
        name: &str,
        scope_type: ScopeType,
        scope: usize,
        lineno: u32,
    ) -> CResult {
        let ste = &self.st.scopes[scope];
        let varnames = IndexSet::from_vec(ste.varnames.clone());
        let mut cellvars = IndexSet::from_vec(ste.names_by_scope(NameScope::Cell, 0));
        if ste.needs_class_closure {
            cellvars.insert("__class__");
        }
        let mut freevars = IndexSet::default();
        let ncells = cellvars.len();
        let _ = ncells;
        for n in ste.names_by_scope(NameScope::Free, DEF_FREE_CLASS) {
            freevars.insert(&n);
        }
        let private = self.units.last().and_then(|u| u.private.clone());
        let l = lineno as i32;
        let unit = Unit {
            scope,
            scope_type,
            cfg: Cfg::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: IndexSet::default(),
            varnames,
            cellvars,
            freevars,
            fblocks: Vec::new(),
            loc: SrcLoc {
                line: l,
                end_line: l,
                col: 0,
                end_col: 0,
            },
            private,
            name: name.to_string(),
            qualname: name.to_string(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno: lineno,
        };
        self.units.push(unit);
        if scope_type == ScopeType::Module {
            self.u().loc.line = 0;
        } else {
            self.set_qualname();
        }
        self.addop_i(Opcode::RESUME, 0);
        if scope_type == ScopeType::Module {
            self.u().loc.line = -1;
        }
        Ok(())
    }

    fn set_qualname(&mut self) {
        let n = self.units.len();
        if n < 3 {
            // Parent is the module (or none): qualname is the name.
            let name = self.ur().name.clone();
            self.u().qualname = name;
            return;
        }
        let parent = &self.units[n - 2];
        let u = &self.units[n - 1];
        let mut force_global = false;
        if matches!(
            u.scope_type,
            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class
        ) {
            let mangled = mangle(parent.private.as_deref(), &u.name);
            if self.st.scopes[parent.scope].get_scope(&mangled) == NameScope::GlobalExplicit {
                force_global = true;
            }
        }
        let q = if force_global {
            u.name.clone()
        } else if matches!(
            parent.scope_type,
            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda
        ) {
            format!("{}.<locals>.{}", parent.qualname, u.name)
        } else {
            format!("{}.{}", parent.qualname, u.name)
        };
        self.u().qualname = q;
    }

    /// Finish the current unit: assemble and pop it, returning its code object.
    pub fn exit_scope(&mut self, add_none: bool) -> CResult<CodeObject> {
        if !self.ur().cfg.current_returns() {
            self.unset_loc();
            if add_none {
                self.load_const(Constant::None);
            }
            self.addop(Opcode::RETURN_VALUE);
        }
        let Some(unit) = self.units.pop() else {
            return Err(self.internal("no unit"));
        };
        self.make_code(unit)
    }

    fn make_code(&self, mut u: Unit<'a>) -> CResult<CodeObject> {
        let ste = &self.st.scopes[u.scope];
        let mut flags = CodeFlags::empty();
        if ste.typ == BlockType::Function {
            flags.insert(CodeFlags::NEWLOCALS);
            flags.insert(CodeFlags::OPTIMIZED);
            if ste.nested {
                flags.insert(CodeFlags::NESTED);
            }
            if ste.generator && !ste.coroutine {
                flags.insert(CodeFlags::GENERATOR);
            }
            if !ste.generator && ste.coroutine {
                flags.insert(CodeFlags::COROUTINE);
            }
            if ste.generator && ste.coroutine {
                flags.insert(CodeFlags::ASYNC_GENERATOR);
            }
            if ste.varargs {
                flags.insert(CodeFlags::VARARGS);
            }
            if ste.varkeywords {
                flags.insert(CodeFlags::VARKEYWORDS);
            }
        }
        let is_gen = flags.contains(CodeFlags::GENERATOR)
            || flags.contains(CodeFlags::COROUTINE)
            || flags.contains(CodeFlags::ASYNC_GENERATOR);

        // Cell fix-up (3.11's build_cellfixedoffsets / fix_cell_offsets).
        let nlocals = u.varnames.len();
        let ncells = u.cellvars.len();
        let nfree = u.freevars.len();
        let mut fixed: Vec<u32> = (0..ncells + nfree).map(|i| (nlocals + i) as u32).collect();
        for (ci, name) in u.cellvars.items.iter().enumerate() {
            if let Some(vi) = u.varnames.get(name) {
                fixed[ci] = vi;
            }
        }
        let mut dropped = 0u32;
        for (i, f) in fixed.iter_mut().enumerate() {
            if *f as usize == i + nlocals {
                *f -= dropped;
            } else {
                dropped += 1;
            }
        }
        for b in u.cfg.blocks.iter_mut() {
            for ins in b.instrs.iter_mut() {
                if let Op::Real(
                    Opcode::LOAD_CLOSURE
                    | Opcode::LOAD_DEREF
                    | Opcode::STORE_DEREF
                    | Opcode::DELETE_DEREF
                    | Opcode::LOAD_CLASSDEREF,
                ) = ins.op
                {
                    match fixed.get(ins.arg as usize) {
                        Some(&f) => ins.arg = f,
                        None => return Err(self.internal("bad cell index")),
                    }
                }
            }
        }
        // MAKE_CELL order: by final index.
        let mut cells: Vec<u32> = fixed[..ncells].to_vec();
        cells.sort();

        // localsplus
        let mut names: Vec<String> = u.varnames.items.clone();
        let mut kinds: Vec<LocalKind> = vec![LocalKind::Local; names.len()];
        for (ci, name) in u.cellvars.items.iter().enumerate() {
            let f = fixed[ci] as usize;
            if f < nlocals {
                kinds[f] = LocalKind::LocalCell;
            } else {
                names.push(name.clone());
                kinds.push(LocalKind::Cell);
            }
        }
        for name in &u.freevars.items {
            names.push(name.clone());
            kinds.push(LocalKind::Free);
        }

        let prefix = Prefix {
            nfree: nfree as u32,
            cells,
            generator: is_gen,
            firstlineno: u.firstlineno,
        };
        let cfg = std::mem::take(&mut u.cfg);
        let asm = assemble(cfg, &prefix).map_err(|m| self.internal(&m))?;
        u.consts.truncate(asm.max_const as usize + 1);
        Ok(CodeObject {
            code: asm.code,
            consts: u.consts,
            names: u.names.items,
            localsplus_names: names,
            localsplus_kinds: kinds,
            argcount: u.argcount + u.posonlyargcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags,
            name: u.name,
            qualname: u.qualname,
            filename: self.src.filename.to_string(),
            firstlineno: u.firstlineno,
            stacksize: asm.stacksize,
            exception_table: asm.exception_table,
            locations: asm.locations,
        })
    }

    /// `compiler_make_closure`: push the function object for `co`.
    pub fn make_closure(&mut self, co: CodeObject, mut flags: u32) -> CResult {
        let nfree = co
            .localsplus_kinds
            .iter()
            .filter(|k| **k == LocalKind::Free)
            .count();
        if nfree > 0 {
            let free_names: Vec<String> = co
                .localsplus_names
                .iter()
                .zip(co.localsplus_kinds.iter())
                .filter(|(_, k)| **k == LocalKind::Free)
                .map(|(n, _)| n.clone())
                .collect();
            for name in &free_names {
                let is_cell = if self.ur().scope_type == ScopeType::Class && name == "__class__" {
                    true
                } else {
                    match self.ste().get_scope(name) {
                        NameScope::Cell => true,
                        NameScope::Unknown => {
                            return Err(self
                                .internal(&format!("unknown scope for closure variable {}", name)))
                        }
                        _ => false,
                    }
                };
                let arg = if is_cell {
                    self.ur().cellvars.get(name)
                } else {
                    self.ur()
                        .freevars
                        .get(name)
                        .map(|i| i + self.ur().cellvars.len() as u32)
                };
                let Some(arg) = arg else {
                    return Err(self.internal(&format!("closure lookup failed for {}", name)));
                };
                self.addop_i(Opcode::LOAD_CLOSURE, arg);
            }
            flags |= 0x08;
            self.addop_i(Opcode::BUILD_TUPLE, nfree as u32);
        }
        self.load_const(Constant::Code(Rc::new(co)));
        self.addop_i(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    // ----- names -----

    /// `forbidden_name`: assignments to `__debug__`.
    pub fn forbidden_name(&self, name: &str, ctx: ExprContext) -> CResult {
        if ctx == ExprContext::Store && name == "__debug__" {
            return Err(self.error("cannot assign to __debug__"));
        }
        if ctx == ExprContext::Del && name == "__debug__" {
            return Err(self.error("cannot delete __debug__"));
        }
        Ok(())
    }

    /// `compiler_nameop`.
    pub fn nameop(&mut self, name: &str, ctx: ExprContext) -> CResult {
        self.forbidden_name(name, ctx)?;
        let mangled = mangle(self.ur().private.as_deref(), name);
        let ste = self.ste();
        let scope = ste.get_scope(&mangled);
        let is_func = ste.typ == BlockType::Function;
        #[derive(PartialEq)]
        enum T {
            Fast,
            Global,
            Deref,
            Name,
        }
        let mut cell = false;
        let optype = match scope {
            NameScope::Free => T::Deref,
            NameScope::Cell => {
                cell = true;
                T::Deref
            }
            NameScope::Local if is_func => T::Fast,
            NameScope::GlobalImplicit if is_func => T::Global,
            NameScope::GlobalExplicit => T::Global,
            _ => T::Name,
        };
        match optype {
            T::Deref => {
                let idx = if cell {
                    self.ur().cellvars.get(&mangled)
                } else {
                    self.ur()
                        .freevars
                        .get(&mangled)
                        .map(|i| i + self.ur().cellvars.len() as u32)
                };
                let Some(idx) = idx else {
                    return Err(self.internal(&format!("deref lookup failed for {}", mangled)));
                };
                let op = match ctx {
                    ExprContext::Load => {
                        if ste.typ == BlockType::Class {
                            Opcode::LOAD_CLASSDEREF
                        } else {
                            Opcode::LOAD_DEREF
                        }
                    }
                    ExprContext::Store => Opcode::STORE_DEREF,
                    ExprContext::Del => Opcode::DELETE_DEREF,
                };
                self.addop_i(op, idx);
            }
            T::Fast => {
                let idx = self.u().varnames.insert(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_FAST,
                    ExprContext::Store => Opcode::STORE_FAST,
                    ExprContext::Del => Opcode::DELETE_FAST,
                };
                self.addop_i(op, idx);
            }
            T::Global => {
                let idx = self.u().names.insert(&mangled);
                match ctx {
                    ExprContext::Load => {
                        // 3.11 peephole: PUSH_NULL; LOAD_GLOBAL i → LOAD_GLOBAL (i << 1) | 1.
                        let u = self.u();
                        let cur = u.cfg.current;
                        let null_first = u.cfg.blocks[cur]
                            .instrs
                            .last()
                            .is_some_and(|i| i.op == Op::Real(Opcode::PUSH_NULL));
                        if null_first {
                            u.cfg.blocks[cur].instrs.pop();
                            self.addop_i(Opcode::LOAD_GLOBAL, (idx << 1) | 1);
                        } else {
                            self.addop_i(Opcode::LOAD_GLOBAL, idx << 1);
                        }
                    }
                    ExprContext::Store => self.addop_i(Opcode::STORE_GLOBAL, idx),
                    ExprContext::Del => self.addop_i(Opcode::DELETE_GLOBAL, idx),
                }
            }
            T::Name => {
                let idx = self.u().names.insert(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_NAME,
                    ExprContext::Store => Opcode::STORE_NAME,
                    ExprContext::Del => Opcode::DELETE_NAME,
                };
                self.addop_i(op, idx);
            }
        }
        Ok(())
    }

    // ----- frame blocks -----

    pub fn push_fblock(&mut self, kind: FBlockKind<'a>, block: BlockId, exit: BlockId) -> CResult {
        if self.ur().fblocks.len() >= 20 {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(FBlock { kind, block, exit });
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    // ----- top level -----

    pub fn compile_module_body(&mut self, body: &'a [Stmt]) -> CResult<CodeObject> {
        self.enter_scope("<module>", ScopeType::Module, 0, 1)?;
        self.body(body)?;
        self.exit_scope(true)
    }

    pub fn compile_interactive_body(&mut self, body: &'a [Stmt]) -> CResult<CodeObject> {
        self.enter_scope("<module>", ScopeType::Module, 0, 1)?;
        if stmt::find_ann(body) {
            self.addop(Opcode::SETUP_ANNOTATIONS);
        }
        self.interactive = true;
        for s in body {
            self.visit_stmt(s)?;
        }
        self.exit_scope(true)
    }

    pub fn compile_expression_body(&mut self, e: &'a Expr) -> CResult<CodeObject> {
        self.enter_scope("<module>", ScopeType::Module, 0, 1)?;
        self.visit_expr(e)?;
        self.exit_scope(false)
    }

    /// `compiler_body`: docstring, `SETUP_ANNOTATIONS`, statements.
    pub fn body(&mut self, stmts: &'a [Stmt]) -> CResult {
        if self.ur().scope_type == ScopeType::Module {
            if let Some(first) = stmts.first() {
                self.set_loc(&first.loc);
            }
        }
        if stmt::find_ann(stmts) {
            self.addop(Opcode::SETUP_ANNOTATIONS);
        }
        let mut i = 0;
        if let Some(doc) = get_docstring(stmts) {
            i = 1;
            if let StmtKind::Expr { value } = &stmts[0].kind {
                self.set_loc(&stmts[0].loc);
                let _ = doc;
                self.visit_expr(value)?;
            }
            self.unset_loc();
            self.nameop("__doc__", ExprContext::Store)?;
        }
        for s in &stmts[i..] {
            self.visit_stmt(s)?;
        }
        Ok(())
    }
}
