//! Functions, lambdas and classes (CPython 3.11's `compiler_function`,
//! `compiler_lambda`, `compiler_class`): decorators, defaults and keyword-only
//! defaults, the annotations tuple, the nested code object with its docstring
//! as `co_consts[0]`, closures, and the class body's `__module__`/
//! `__qualname__`/`__classcell__` protocol.

use taipan_bytecode::{Constant, Opcode};
use taipan_syntax::ast::*;

use super::{get_docstring, CResult, Compiler, ScopeType};
use crate::symtable::mangle;

impl<'a> Compiler<'a> {
    fn check_debug_args(&mut self, args: &Arguments) -> CResult {
        let all = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .chain(args.kwonlyargs.iter())
            .chain(args.vararg.iter().map(|b| &**b))
            .chain(args.kwarg.iter().map(|b| &**b));
        for a in all {
            if a.arg == "__debug__" {
                return Err(self.error("cannot assign to __debug__"));
            }
        }
        Ok(())
    }

    /// `compiler_default_arguments`: returns the MAKE_FUNCTION flags.
    fn default_arguments(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            self.visit_exprs(&args.defaults)?;
            self.addop_i(Opcode::BUILD_TUPLE, args.defaults.len() as u32);
            flags |= 0x01;
        }
        let mut keys: Vec<Constant> = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(args.kw_defaults.iter()) {
            if let Some(d) = default {
                let mangled = mangle(self.ur().private.as_deref(), &arg.arg);
                keys.push(Constant::Str(mangled));
                self.visit_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys));
            self.addop_i(Opcode::BUILD_CONST_KEY_MAP, n);
            flags |= 0x02;
        }
        Ok(flags)
    }

    fn visit_argannotation(
        &mut self,
        id: &str,
        annotation: Option<&'a Expr>,
        len: &mut u32,
    ) -> CResult {
        let Some(ann) = annotation else { return Ok(()) };
        let mangled = mangle(self.ur().private.as_deref(), id);
        self.load_const(Constant::Str(mangled));
        if self.future_annotations {
            let old = self.ur().loc;
            self.set_loc(&ann.loc);
            self.load_const(Constant::Str(super::unparse::expr_as_string(ann)));
            self.u().loc = old;
        } else if let ExprKind::Starred { value, .. } = &ann.kind {
            self.visit_expr(value)?;
            self.addop_i(Opcode::UNPACK_SEQUENCE, 1);
        } else {
            self.visit_expr(ann)?;
        }
        *len += 2;
        Ok(())
    }

    /// `compiler_visit_annotations`: pushes the annotations tuple, returns whether it did.
    fn visit_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        let mut len = 0;
        for a in args.args.iter().chain(args.posonlyargs.iter()) {
            self.visit_argannotation(&a.arg, a.annotation.as_deref(), &mut len)?;
        }
        if let Some(v) = &args.vararg {
            self.visit_argannotation(&v.arg, v.annotation.as_deref(), &mut len)?;
        }
        for a in &args.kwonlyargs {
            self.visit_argannotation(&a.arg, a.annotation.as_deref(), &mut len)?;
        }
        if let Some(v) = &args.kwarg {
            self.visit_argannotation(&v.arg, v.annotation.as_deref(), &mut len)?;
        }
        self.visit_argannotation("return", returns, &mut len)?;
        if len > 0 {
            self.addop_i(Opcode::BUILD_TUPLE, len);
            return Ok(true);
        }
        Ok(false)
    }

    fn apply_decorators(&mut self, decos: &'a [Expr]) {
        let old = self.ur().loc;
        for d in decos.iter().rev() {
            self.set_loc(&d.loc);
            self.addop_i(Opcode::CALL, 0);
        }
        self.u().loc = old;
    }

    fn scope_of<T>(&self, node: &T) -> CResult<usize> {
        self.st
            .scope_for(node)
            .ok_or_else(|| self.internal("missing symbol table scope"))
    }

    pub fn function_def(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::FunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            is_async,
        } = &s.kind
        else {
            return Ok(());
        };
        self.check_debug_args(args)?;
        self.visit_exprs(decorator_list)?;
        let firstlineno = decorator_list
            .first()
            .map(|d| d.loc.lineno)
            .unwrap_or(s.loc.lineno);
        let mut flags = self.default_arguments(args)?;
        if self.visit_annotations(args, returns.as_deref())? {
            flags |= 0x04;
        }
        let scope = self.scope_of(s)?;
        let scope_type = if *is_async {
            ScopeType::AsyncFunction
        } else {
            ScopeType::Function
        };
        self.enter_scope(name, scope_type, scope, firstlineno)?;
        let docstring = get_docstring(body);
        self.add_const(match docstring {
            Some(d) => Constant::Str(d.to_string()),
            None => Constant::None,
        });
        self.u().argcount = args.args.len() as u32;
        self.u().posonlyargcount = args.posonlyargs.len() as u32;
        self.u().kwonlyargcount = args.kwonlyargs.len() as u32;
        let start = if docstring.is_some() { 1 } else { 0 };
        for st in &body[start.min(body.len())..] {
            self.visit_stmt(st)?;
        }
        let co = self.exit_scope(true)?;
        self.make_closure(co, flags)?;
        self.apply_decorators(decorator_list);
        self.nameop(name, ExprContext::Store)
    }

    pub fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        self.check_debug_args(args)?;
        let flags = self.default_arguments(args)?;
        let scope = self.scope_of(e)?;
        self.enter_scope("<lambda>", ScopeType::Lambda, scope, e.loc.lineno)?;
        self.add_const(Constant::None);
        self.u().argcount = args.args.len() as u32;
        self.u().posonlyargcount = args.posonlyargs.len() as u32;
        self.u().kwonlyargcount = args.kwonlyargs.len() as u32;
        self.visit_expr(body)?;
        if !self.ste().generator {
            self.addop(Opcode::RETURN_VALUE);
            let co = self.exit_scope(true)?;
            self.make_closure(co, flags)
        } else {
            let co = self.exit_scope(false)?;
            self.make_closure(co, flags)
        }
    }

    pub fn class_def(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
        } = &s.kind
        else {
            return Ok(());
        };
        self.visit_exprs(decorator_list)?;
        let firstlineno = decorator_list
            .first()
            .map(|d| d.loc.lineno)
            .unwrap_or(s.loc.lineno);
        let scope = self.scope_of(s)?;
        self.enter_scope(name, ScopeType::Class, scope, firstlineno)?;
        self.u().private = Some(name.clone());
        self.nameop("__name__", ExprContext::Load)?;
        self.nameop("__module__", ExprContext::Store)?;
        let q = self.ur().qualname.clone();
        self.load_const(Constant::Str(q));
        self.nameop("__qualname__", ExprContext::Store)?;
        self.body(body)?;
        self.unset_loc();
        if self.ste().needs_class_closure {
            let i = self
                .ur()
                .cellvars
                .get("__class__")
                .ok_or_else(|| self.internal("no __class__ cell"))?;
            self.addop_i(Opcode::LOAD_CLOSURE, i);
            self.addop_i(Opcode::COPY, 1);
            self.nameop("__classcell__", ExprContext::Store)?;
        } else {
            self.load_const(Constant::None);
        }
        self.addop(Opcode::RETURN_VALUE);
        let co = self.exit_scope(true)?;
        self.addop(Opcode::PUSH_NULL);
        self.addop(Opcode::LOAD_BUILD_CLASS);
        self.make_closure(co, 0)?;
        self.load_const(Constant::Str(name.clone()));
        self.call_helper(2, bases, keywords)?;
        self.apply_decorators(decorator_list);
        self.nameop(name, ExprContext::Store)
    }
}
