//! The symbol table pass: a port of CPython 3.11's `Python/symtable.c`.
//!
//! A first walk over the AST records, per scope (module, class, function,
//! lambda, comprehension), every name with its binding flags (`DEF_LOCAL`,
//! `DEF_PARAM`, `USE`, ...) and reports declaration errors (`global`/
//! `nonlocal` misuse, duplicate parameters, walrus rules in comprehensions,
//! `yield` in comprehensions, `import *` outside the module). The analysis
//! pass then resolves each name to a scope (local, global explicit/implicit,
//! free, cell), propagating free variables up and turning captured locals
//! into cells, with 3.11's class-scope rules and the implicit `__class__` cell.
//!
//! Scopes are keyed by the address of the AST node that opens them (as
//! CPython keys them by node pointer); the AST must not move between this
//! pass and code generation.

use std::collections::{HashMap, HashSet};

use taipan_syntax::ast::*;
use taipan_syntax::SyntaxError;

use crate::errors::{Source, MAX_DEPTH};

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
const SCOPE_OFFSET: u32 = 11;
const SCOPE_MASK: u32 = 7;

/// The resolved scope of a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

impl NameScope {
    fn from_bits(b: u32) -> NameScope {
        match b {
            1 => NameScope::Local,
            2 => NameScope::GlobalExplicit,
            3 => NameScope::GlobalImplicit,
            4 => NameScope::Free,
            5 => NameScope::Cell,
            _ => NameScope::Unknown,
        }
    }
    fn bits(self) -> u32 {
        match self {
            NameScope::Unknown => 0,
            NameScope::Local => 1,
            NameScope::GlobalExplicit => 2,
            NameScope::GlobalImplicit => 3,
            NameScope::Free => 4,
            NameScope::Cell => 5,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Function,
    Class,
    Module,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    None,
    List,
    Set,
    Dict,
    Generator,
}

/// An insertion-ordered name → flags map.
#[derive(Clone, Debug, Default)]
pub struct SymMap {
    pub names: Vec<(String, u32)>,
    index: HashMap<String, usize>,
}

impl SymMap {
    pub fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).map(|&i| self.names[i].1)
    }
    pub fn set(&mut self, name: &str, v: u32) {
        if let Some(&i) = self.index.get(name) {
            self.names[i].1 = v;
        } else {
            self.index.insert(name.to_string(), self.names.len());
            self.names.push((name.to_string(), v));
        }
    }
}

/// One scope (CPython's `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct Scope {
    /// The block's name (function/class name, `lambda`, `listcomp`, ...).
    #[allow(dead_code)]
    pub name: String,
    pub typ: BlockType,
    pub symbols: SymMap,
    /// Parameter names in order (posonly, args, kwonly, *args, **kwargs).
    pub varnames: Vec<String>,
    pub children: Vec<usize>,
    /// (mangled name, location) of `global`/`nonlocal` declarations.
    pub directives: Vec<(String, Loc)>,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: CompKind,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    pub needs_class_closure: bool,
    pub child_free: bool,
    pub free: bool,
    pub comp_iter_target: bool,
    pub comp_iter_expr: i32,
    pub loc: Loc,
}

impl Scope {
    fn new(name: &str, typ: BlockType, loc: Loc, nested: bool) -> Scope {
        Scope {
            name: name.to_string(),
            typ,
            symbols: SymMap::default(),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: Vec::new(),
            nested,
            generator: false,
            coroutine: false,
            comprehension: CompKind::None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            child_free: false,
            free: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            loc,
        }
    }

    /// The resolved scope of `name` (already mangled).
    pub fn get_scope(&self, name: &str) -> NameScope {
        match self.symbols.get(name) {
            Some(f) => NameScope::from_bits((f >> SCOPE_OFFSET) & SCOPE_MASK),
            None => NameScope::Unknown,
        }
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).unwrap_or(0)
    }

    /// Names with the given resolved scope (optionally also those with `flag`), sorted.
    pub fn names_by_scope(&self, scope: NameScope, flag: u32) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .names
            .iter()
            .filter(|(_, f)| {
                NameScope::from_bits((f >> SCOPE_OFFSET) & SCOPE_MASK) == scope
                    || (flag != 0 && f & flag != 0)
            })
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// The symbol table of one compilation.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address → scope index.
    pub by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_for<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// CPython's `_Py_Mangle`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(p) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{}{}", stripped, name)
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder<'a> {
    src: &'a Source<'a>,
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    private: Option<String>,
    depth: usize,
    /// `from __future__ import annotations`: annotations are not evaluated.
    future_annotations: bool,
}

type R = Result<(), SyntaxError>;

/// Which top-level node is being analysed.
pub enum Top<'a> {
    Module(&'a [Stmt]),
    Expression(&'a Expr),
}

pub fn build(
    top: Top<'_>,
    src: &Source<'_>,
    future_annotations: bool,
) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder {
        src,
        scopes: Vec::new(),
        by_node: HashMap::new(),
        stack: Vec::new(),
        private: None,
        depth: 0,
        future_annotations,
    };
    b.scopes
        .push(Scope::new("top", BlockType::Module, Loc::default(), false));
    b.stack.push(0);
    match top {
        Top::Module(body) => {
            for s in body {
                b.visit_stmt(s)?;
            }
        }
        Top::Expression(e) => b.visit_expr(e)?,
    }
    let mut scopes = b.scopes;
    let by_node = b.by_node;
    let mut free = HashSet::new();
    let global = HashSet::new();
    analyze_block(&mut scopes, 0, None, &mut free, &global, src)?;
    Ok(SymbolTable { scopes, by_node })
}

impl<'a> Builder<'a> {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }
    fn cur_idx(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }

    fn enter(&mut self, name: &str, typ: BlockType, key: usize, loc: Loc) {
        let prev = self.cur_idx();
        let nested = self.scopes[prev].nested || self.scopes[prev].typ == BlockType::Function;
        let mut s = Scope::new(name, typ, loc, nested);
        s.comp_iter_expr = self.scopes[prev].comp_iter_expr;
        let id = self.scopes.len();
        self.scopes.push(s);
        self.scopes[prev].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: &Loc) -> R {
        let idx = self.cur_idx();
        self.add_def_in(name, flag, idx, loc)
    }

    fn add_def_in(&mut self, name: &str, flag: u32, ste: usize, loc: &Loc) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let mut val = match self.scopes[ste].symbols.get(&mangled) {
            Some(v) => {
                if flag & DEF_PARAM != 0 && v & DEF_PARAM != 0 {
                    return Err(self.src.error(
                        format!("duplicate argument '{}' in function definition", name),
                        loc,
                    ));
                }
                v | flag
            }
            None => flag,
        };
        if self.scopes[ste].comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.src.error(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{}'",
                        name
                    ),
                    loc,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        self.scopes[ste].symbols.set(&mangled, val);
        if flag & DEF_PARAM != 0 {
            self.scopes[ste].varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            let g = self.scopes[0].symbols.get(&mangled).unwrap_or(0);
            self.scopes[0].symbols.set(&mangled, g | flag);
        }
        Ok(())
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.scopes[self.cur_idx()]
            .symbols
            .get(&mangled)
            .unwrap_or(0)
    }

    fn record_directive(&mut self, name: &str, loc: &Loc) {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur().directives.push((mangled, *loc));
    }

    fn guard(&mut self, loc: &Loc) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.src.recursion(loc));
        }
        Ok(())
    }

    fn visit_stmts(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> R {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R {
        self.guard(&s.loc)?;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_stmt_inner(s));
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                is_async,
            } => {
                self.add_def(name, DEF_LOCAL, &s.loc)?;
                self.visit_exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.visit_expr(d)?;
                }
                self.visit_annotations(args, returns.as_deref())?;
                self.visit_exprs(decorator_list)?;
                self.enter(name, BlockType::Function, node_key(s), s.loc);
                if *is_async {
                    self.cur().coroutine = true;
                }
                self.visit_arguments(args)?;
                self.visit_stmts(body)?;
                self.exit();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.add_def(name, DEF_LOCAL, &s.loc)?;
                self.visit_exprs(bases)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.visit_exprs(decorator_list)?;
                self.enter(name, BlockType::Class, node_key(s), s.loc);
                let tmp = self.private.replace(name.clone());
                let r = self.visit_stmts(body);
                self.private = tmp;
                r?;
                self.exit();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                    self.cur().returns_value = true;
                }
            }
            StmtKind::Delete { targets } => self.visit_exprs(targets)?,
            StmtKind::Assign { targets, value } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.lookup(id);
                    let is_global_scope = self.cur_idx() == 0;
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !is_global_scope && *simple {
                        let msg = if cur & DEF_GLOBAL != 0 {
                            format!("annotated name '{}' can't be global", id)
                        } else {
                            format!("annotated name '{}' can't be nonlocal", id)
                        };
                        return Err(self.src.error(msg, &s.loc));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, &target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, &target.loc)?;
                    }
                } else {
                    self.visit_expr(target)?;
                }
                self.visit_annotation(annotation)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.visit_expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for c in cases {
                    self.visit_pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = cause {
                    self.visit_expr(c)?;
                }
            }
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
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.visit_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, &h.loc)?;
                    }
                    self.visit_stmts(&h.body)?;
                }
                self.visit_stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.visit_alias(a)?;
                }
            }
            StmtKind::Global { names } => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{}' is parameter and global", name)
                        } else if cur & USE != 0 {
                            format!("name '{}' is used prior to global declaration", name)
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{}' can't be global", name)
                        } else {
                            format!("name '{}' is assigned to before global declaration", name)
                        };
                        return Err(self.src.error(msg, &s.loc));
                    }
                    self.add_def(name, DEF_GLOBAL, &s.loc)?;
                    self.record_directive(name, &s.loc);
                }
            }
            StmtKind::Nonlocal { names } => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{}' is parameter and nonlocal", name)
                        } else if cur & USE != 0 {
                            format!("name '{}' is used prior to nonlocal declaration", name)
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{}' can't be nonlocal", name)
                        } else {
                            format!("name '{}' is assigned to before nonlocal declaration", name)
                        };
                        return Err(self.src.error(msg, &s.loc));
                    }
                    self.add_def(name, DEF_NONLOCAL, &s.loc)?;
                    self.record_directive(name, &s.loc);
                }
            }
            StmtKind::Expr { value } => self.visit_expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn visit_alias(&mut self, a: &Alias) -> R {
        let name = a.asname.as_ref().unwrap_or(&a.name);
        let store = match name.find('.') {
            Some(d) => &name[..d],
            None => name.as_str(),
        };
        if name != "*" {
            self.add_def(store, DEF_IMPORT, &a.loc)
        } else if self.scopes[self.cur_idx()].typ != BlockType::Module {
            Err(self
                .src
                .error("import * only allowed at module level", &a.loc))
        } else {
            Ok(())
        }
    }

    fn visit_annotations(&mut self, a: &Arguments, returns: Option<&Expr>) -> R {
        for arg in a.posonlyargs.iter().chain(a.args.iter()) {
            if let Some(ann) = &arg.annotation {
                self.visit_annotation(ann)?;
            }
        }
        if let Some(v) = &a.vararg {
            if let Some(ann) = &v.annotation {
                self.visit_annotation(ann)?;
            }
        }
        if let Some(v) = &a.kwarg {
            if let Some(ann) = &v.annotation {
                self.visit_annotation(ann)?;
            }
        }
        for arg in &a.kwonlyargs {
            if let Some(ann) = &arg.annotation {
                self.visit_annotation(ann)?;
            }
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    /// `symtable_visit_annotation`: under `from __future__ import annotations`
    /// the annotation lives in a throw-away annotation block (it is never
    /// evaluated), where `yield`, `await` and `:=` are errors.
    fn visit_annotation(&mut self, e: &Expr) -> R {
        if !self.future_annotations {
            return self.visit_expr(e);
        }
        if let Some((what, loc)) = forbidden_in_annotation(e, 0) {
            return Err(self.src.error(
                format!("'{}' can not be used within an annotation", what),
                &loc,
            ));
        }
        Ok(())
    }

    fn visit_arguments(&mut self, a: &Arguments) -> R {
        for arg in a
            .posonlyargs
            .iter()
            .chain(a.args.iter())
            .chain(a.kwonlyargs.iter())
        {
            self.add_def(&arg.arg, DEF_PARAM, &arg.loc)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, DEF_PARAM, &v.loc)?;
            self.cur().varargs = true;
        }
        if let Some(v) = &a.kwarg {
            self.add_def(&v.arg, DEF_PARAM, &v.loc)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> R {
        self.guard(&p.loc)?;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_pattern_inner(p));
        self.depth -= 1;
        r
    }

    fn visit_pattern_inner(&mut self, p: &Pattern) -> R {
        match &p.kind {
            PatternKind::MatchValue { value } => self.visit_expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.visit_pattern(q)?;
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, &p.loc)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                for q in patterns {
                    self.visit_pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, &p.loc)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns.iter()) {
                    self.visit_pattern(q)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.visit_pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, &p.loc)?;
                }
            }
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> R {
        self.guard(&e.loc)?;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_expr_inner(e));
        self.depth -= 1;
        r
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                if self.cur().comp_iter_expr > 0 {
                    return Err(self
                        .src
                        .error("assignment expression cannot be used in a comprehension iterable expression", &e.loc));
                }
                if self.cur().comprehension != CompKind::None {
                    self.extend_namedexpr_scope(target)?;
                }
                self.visit_expr(value)?;
                self.visit_expr(target)?;
            }
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.visit_expr(d)?;
                }
                self.enter("lambda", BlockType::Function, node_key(e), e.loc);
                self.visit_arguments(args)?;
                self.visit_expr(body)?;
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.visit_expr(k)?;
                }
                self.visit_exprs(values)?;
            }
            ExprKind::Set { elts } => self.visit_exprs(elts)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.handle_comprehension(e, "genexpr", CompKind::Generator, generators, elt, None)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.handle_comprehension(e, "listcomp", CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.handle_comprehension(e, "setcomp", CompKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.handle_comprehension(
                e,
                "dictcomp",
                CompKind::Dict,
                generators,
                key,
                Some(value),
            )?,
            ExprKind::Yield { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.cur().generator = true;
                if self.cur().comprehension != CompKind::None {
                    return Err(self.comprehension_yield_error(e));
                }
            }
            ExprKind::YieldFrom { value } => {
                self.visit_expr(value)?;
                self.cur().generator = true;
                if self.cur().comprehension != CompKind::None {
                    return Err(self.comprehension_yield_error(e));
                }
            }
            ExprKind::Await { value } => {
                self.visit_expr(value)?;
                self.cur().coroutine = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                if let Some(f) = format_spec {
                    self.visit_expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } => self.visit_exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(x)?;
                }
            }
            ExprKind::Name { id, ctx } => {
                if *ctx == ExprContext::Load && id == "__debug__" {
                    // Folded to a constant (3.11's AST optimizer runs before the symtable).
                    return Ok(());
                }
                self.add_def(
                    id,
                    if *ctx == ExprContext::Load {
                        USE
                    } else {
                        DEF_LOCAL
                    },
                    &e.loc,
                )?;
                if *ctx == ExprContext::Load
                    && self.cur().typ == BlockType::Function
                    && id == "super"
                {
                    self.add_def("__class__", USE, &e.loc)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.visit_exprs(elts)?,
        }
        Ok(())
    }

    fn comprehension_yield_error(&mut self, e: &Expr) -> SyntaxError {
        let msg = match self.cur().comprehension {
            CompKind::List => "'yield' inside list comprehension",
            CompKind::Set => "'yield' inside set comprehension",
            CompKind::Dict => "'yield' inside dict comprehension",
            _ => "'yield' inside generator expression",
        };
        self.src.error(msg, &e.loc)
    }

    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        let loc = target.loc;
        for i in (0..self.stack.len()).rev() {
            let ste = self.stack[i];
            let mangled = mangle(self.private.as_deref(), id);
            if self.scopes[ste].comprehension != CompKind::None {
                let f = self.scopes[ste].symbols.get(&mangled).unwrap_or(0);
                if f & DEF_COMP_ITER != 0 {
                    return Err(self
                        .src
                        .error(format!("assignment expression cannot rebind comprehension iteration variable '{}'", id), &loc));
                }
                continue;
            }
            match self.scopes[ste].typ {
                BlockType::Function => {
                    let f = self.scopes[ste].symbols.get(&mangled).unwrap_or(0);
                    if f & DEF_GLOBAL != 0 {
                        self.add_def(id, DEF_GLOBAL, &loc)?;
                    } else {
                        self.add_def(id, DEF_NONLOCAL, &loc)?;
                    }
                    self.record_directive(id, &loc);
                    return self.add_def_in(id, DEF_LOCAL, ste, &loc);
                }
                BlockType::Module => {
                    self.add_def(id, DEF_GLOBAL, &loc)?;
                    self.record_directive(id, &loc);
                    return self.add_def_in(id, DEF_GLOBAL, ste, &loc);
                }
                BlockType::Class => {
                    return Err(self.src.error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        &loc,
                    ));
                }
            }
        }
        Ok(())
    }

    fn handle_comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        self.enter(name, BlockType::Function, node_key(e), e.loc);
        self.cur().comprehension = kind;
        if outermost.is_async {
            self.cur().coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, &e.loc)?;
        self.cur().comp_iter_target = true;
        let r = self.visit_expr(&outermost.target);
        self.cur().comp_iter_target = false;
        r?;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.cur().comp_iter_target = true;
            let r = self.visit_expr(&g.target);
            self.cur().comp_iter_target = false;
            r?;
            self.cur().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.cur().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == CompKind::Generator;
        self.cur().generator = is_generator;
        let is_async = self.cur().coroutine && !is_generator;
        self.exit();
        if is_async {
            self.cur().coroutine = true;
        }
        Ok(())
    }
}

fn error_at_directive(
    scopes: &[Scope],
    ste: usize,
    name: &str,
    msg: String,
    src: &Source<'_>,
) -> SyntaxError {
    for (n, loc) in &scopes[ste].directives {
        if n == name {
            return src.error(msg, loc);
        }
    }
    src.error(msg, &scopes[ste].loc)
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    scopes: &mut [Scope],
    ste: usize,
    dict: &mut HashMap<String, NameScope>,
    name: &str,
    flags: u32,
    bound: Option<&mut HashSet<String>>,
    local: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
    src: &Source<'_>,
) -> R {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(error_at_directive(
                scopes,
                ste,
                name,
                format!("name '{}' is nonlocal and global", name),
                src,
            ));
        }
        dict.insert(name.to_string(), NameScope::GlobalExplicit);
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(());
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err(error_at_directive(
                scopes,
                ste,
                name,
                "nonlocal declaration not allowed at module level".to_string(),
                src,
            ));
        };
        if !b.contains(name) {
            return Err(error_at_directive(
                scopes,
                ste,
                name,
                format!("no binding for nonlocal '{}' found", name),
                src,
            ));
        }
        dict.insert(name.to_string(), NameScope::Free);
        scopes[ste].free = true;
        free.insert(name.to_string());
        return Ok(());
    }
    if flags & DEF_BOUND != 0 {
        dict.insert(name.to_string(), NameScope::Local);
        local.insert(name.to_string());
        global.remove(name);
        return Ok(());
    }
    if let Some(b) = bound {
        if b.contains(name) {
            dict.insert(name.to_string(), NameScope::Free);
            scopes[ste].free = true;
            free.insert(name.to_string());
            return Ok(());
        }
    }
    if global.contains(name) {
        dict.insert(name.to_string(), NameScope::GlobalImplicit);
        return Ok(());
    }
    if scopes[ste].nested {
        scopes[ste].free = true;
    }
    dict.insert(name.to_string(), NameScope::GlobalImplicit);
    Ok(())
}

fn analyze_block(
    scopes: &mut Vec<Scope>,
    ste: usize,
    bound: Option<&HashSet<String>>,
    free: &mut HashSet<String>,
    global: &HashSet<String>,
    src: &Source<'_>,
) -> R {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
        analyze_block_inner(scopes, ste, bound, free, global, src)
    })
}

fn analyze_block_inner(
    scopes: &mut Vec<Scope>,
    ste: usize,
    bound: Option<&HashSet<String>>,
    free: &mut HashSet<String>,
    global_in: &HashSet<String>,
    src: &Source<'_>,
) -> R {
    let mut global = global_in.clone();
    let mut local: HashSet<String> = HashSet::new();
    let mut dict: HashMap<String, NameScope> = HashMap::new();
    let mut newglobal: HashSet<String> = HashSet::new();
    let mut newfree: HashSet<String> = HashSet::new();
    let mut newbound: HashSet<String> = HashSet::new();
    let typ = scopes[ste].typ;

    if typ == BlockType::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let mut bound_copy: Option<HashSet<String>> = bound.cloned();
    let names: Vec<(String, u32)> = scopes[ste].symbols.names.clone();
    for (name, flags) in &names {
        analyze_name(
            scopes,
            ste,
            &mut dict,
            name,
            *flags,
            bound_copy.as_mut(),
            &mut local,
            free,
            &mut global,
            src,
        )?;
    }
    let bound = bound_copy.as_ref();
    if typ != BlockType::Class {
        if typ == BlockType::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }

    let mut allfree: HashSet<String> = HashSet::new();
    let children = scopes[ste].children.clone();
    for c in children {
        let mut temp_free = newfree.clone();
        analyze_block(scopes, c, Some(&newbound), &mut temp_free, &newglobal, src)?;
        allfree.extend(temp_free);
        if scopes[c].free || scopes[c].child_free {
            scopes[ste].child_free = true;
        }
    }
    newfree.extend(allfree);

    if typ == BlockType::Function {
        // analyze_cells
        for (name, sc) in dict.iter_mut() {
            if *sc == NameScope::Local && newfree.contains(name) {
                *sc = NameScope::Cell;
                newfree.remove(name);
            }
        }
    } else if typ == BlockType::Class && newfree.remove("__class__") {
        scopes[ste].needs_class_closure = true;
    }

    // update_symbols
    let classflag = typ == BlockType::Class;
    {
        let s = &mut scopes[ste];
        for (name, flags) in s.symbols.names.iter_mut() {
            let sc = dict
                .get(name.as_str())
                .copied()
                .unwrap_or(NameScope::Unknown);
            *flags |= sc.bits() << SCOPE_OFFSET;
        }
        let mut fv: Vec<&String> = newfree.iter().collect();
        fv.sort();
        for name in fv {
            if let Some(v) = s.symbols.get(name) {
                if classflag && v & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    s.symbols.set(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if let Some(b) = bound {
                if !b.contains(name.as_str()) {
                    continue;
                }
            } else {
                continue;
            }
            s.symbols.set(name, NameScope::Free.bits() << SCOPE_OFFSET);
        }
    }
    free.extend(newfree);
    Ok(())
}

/// The first `yield`/`await`/`:=` evaluated directly in an annotation block.
fn forbidden_in_annotation(e: &Expr, depth: usize) -> Option<(&'static str, Loc)> {
    if depth > 3000 {
        return None;
    }
    let here = match &e.kind {
        ExprKind::NamedExpr { .. } => Some("named expression"),
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => Some("yield expression"),
        ExprKind::Await { .. } => Some("await expression"),
        _ => None,
    };
    if let Some(w) = here {
        return Some((w, e.loc));
    }
    let mut children: Vec<&Expr> = Vec::new();
    match &e.kind {
        ExprKind::BoolOp { values, .. } | ExprKind::JoinedStr { values } => children.extend(values),
        ExprKind::BinOp { left, right, .. } => children.extend([&**left, &**right]),
        ExprKind::UnaryOp { operand, .. } => children.push(operand),
        ExprKind::Lambda { args, .. } => {
            children.extend(&args.defaults);
            children.extend(args.kw_defaults.iter().flatten());
        }
        ExprKind::IfExp { test, body, orelse } => children.extend([&**test, &**body, &**orelse]),
        ExprKind::Dict { keys, values } => {
            children.extend(keys.iter().flatten());
            children.extend(values);
        }
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            children.extend(elts)
        }
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. } => {
            if let Some(g) = generators.first() {
                children.push(&g.iter);
            }
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            children.push(left);
            children.extend(comparators);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            children.push(func);
            children.extend(args);
            children.extend(keywords.iter().map(|k| &k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            children.push(value);
            if let Some(f) = format_spec {
                children.push(f);
            }
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => children.push(value),
        ExprKind::Subscript { value, slice, .. } => children.extend([&**value, &**slice]),
        ExprKind::Slice { lower, upper, step } => {
            children.extend([lower, upper, step].into_iter().flatten().map(|b| &**b));
        }
        _ => {}
    }
    for c in children {
        if let Some(r) = stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            forbidden_in_annotation(c, depth + 1)
        }) {
            return Some(r);
        }
    }
    None
}
