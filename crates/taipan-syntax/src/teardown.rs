//! Iterative disposal of ruff's syntax tree.
//!
//! ruff's tree is made of nested `Box`es; its compiler-generated `Drop` is
//! recursive, so dropping e.g. the 2.5-million-deep `BinOp` chain of
//! `1+1+1+...` would overflow the stack. `dispose` takes the tree apart with
//! an explicit work list instead: every child that can contain further
//! expressions, statements or patterns is moved onto the list before its
//! parent's (now shallow) shell is dropped.

use ruff_python_ast as r;

enum Node {
    S(r::Stmt),
    E(r::Expr),
    P(r::Pattern),
}

/// Drops a parsed ruff module or expression without deep recursion.
pub(crate) fn dispose(m: r::Mod) {
    let mut work: Vec<Node> = Vec::new();
    match m {
        r::Mod::Module(m) => work.extend(m.body.into_iter().map(Node::S)),
        r::Mod::Expression(e) => work.push(Node::E(*e.body)),
    }
    while let Some(n) = work.pop() {
        let mut w = Work(&mut work);
        match n {
            Node::S(s) => w.stmt(s),
            Node::E(e) => w.expr(e),
            Node::P(p) => w.pattern(p),
        }
    }
}

struct Work<'a>(&'a mut Vec<Node>);

// `Box` parameters mirror ruff's field types; unboxing them is the point.
#[allow(clippy::boxed_local, clippy::vec_box)]
impl Work<'_> {
    fn e(&mut self, e: r::Expr) {
        self.0.push(Node::E(e));
    }
    fn be(&mut self, e: Box<r::Expr>) {
        self.0.push(Node::E(*e));
    }
    fn oe(&mut self, e: Option<Box<r::Expr>>) {
        if let Some(e) = e {
            self.be(e);
        }
    }
    fn es(&mut self, es: impl IntoIterator<Item = r::Expr>) {
        self.0.extend(es.into_iter().map(Node::E));
    }
    fn ss(&mut self, ss: impl IntoIterator<Item = r::Stmt>) {
        self.0.extend(ss.into_iter().map(Node::S));
    }
    fn p(&mut self, p: r::Pattern) {
        self.0.push(Node::P(p));
    }
    fn ps(&mut self, ps: impl IntoIterator<Item = r::Pattern>) {
        self.0.extend(ps.into_iter().map(Node::P));
    }

    fn decorators(&mut self, ds: impl IntoIterator<Item = r::Decorator>) {
        for d in ds {
            self.e(d.expression);
        }
    }

    fn type_params(&mut self, tp: Option<Box<r::TypeParams>>) {
        let Some(tp) = tp else { return };
        for t in tp.type_params {
            match t {
                r::TypeParam::TypeVar(t) => {
                    self.oe(t.bound);
                    self.oe(t.default);
                }
                r::TypeParam::TypeVarTuple(t) => self.oe(t.default),
                r::TypeParam::ParamSpec(t) => self.oe(t.default),
            }
        }
    }

    fn parameter(&mut self, p: r::Parameter) {
        self.oe(p.annotation);
    }

    fn parameters(&mut self, p: r::Parameters) {
        for pd in p.posonlyargs.into_iter().chain(p.args).chain(p.kwonlyargs) {
            self.parameter(pd.parameter);
            self.oe(pd.default);
        }
        if let Some(v) = p.vararg {
            self.parameter(*v);
        }
        if let Some(k) = p.kwarg {
            self.parameter(*k);
        }
    }

    fn arguments(&mut self, a: r::Arguments) {
        self.es(a.args.into_vec());
        for k in a.keywords {
            self.e(k.value);
        }
    }

    fn comprehensions(&mut self, gs: Vec<r::Comprehension>) {
        for g in gs {
            self.e(g.target);
            self.e(g.iter);
            self.es(g.ifs);
        }
    }

    fn interpolated(&mut self, elements: &mut r::InterpolatedStringElements) {
        let mut specs: Vec<Box<r::InterpolatedStringFormatSpec>> = Vec::new();
        self.interpolated_once(elements, &mut specs);
        while let Some(mut spec) = specs.pop() {
            self.interpolated_once(&mut spec.elements, &mut specs);
        }
    }

    /// Moves the expressions and format specs out of one element list.
    fn interpolated_once(
        &mut self,
        elements: &mut r::InterpolatedStringElements,
        specs: &mut Vec<Box<r::InterpolatedStringFormatSpec>>,
    ) {
        for el in elements.iter_mut() {
            if let r::InterpolatedStringElement::Interpolation(i) = el {
                let dummy = Box::new(r::Expr::NoneLiteral(r::ExprNoneLiteral::default()));
                self.be(std::mem::replace(&mut i.expression, dummy));
                if let Some(spec) = i.format_spec.take() {
                    specs.push(spec);
                }
            }
        }
    }

    fn stmt(&mut self, s: r::Stmt) {
        match s {
            r::Stmt::FunctionDef(f) => {
                self.decorators(f.decorator_list);
                self.type_params(f.type_params);
                self.parameters(*f.parameters);
                self.oe(f.returns);
                self.ss(f.body);
            }
            r::Stmt::ClassDef(c) => {
                self.decorators(c.decorator_list);
                self.type_params(c.type_params);
                if let Some(a) = c.arguments {
                    self.arguments(*a);
                }
                self.ss(c.body);
            }
            r::Stmt::Return(x) => self.oe(x.value),
            r::Stmt::Delete(x) => self.es(x.targets),
            r::Stmt::TypeAlias(x) => {
                self.be(x.name);
                self.type_params(x.type_params);
                self.be(x.value);
            }
            r::Stmt::Assign(x) => {
                self.es(x.targets);
                self.be(x.value);
            }
            r::Stmt::AugAssign(x) => {
                self.be(x.target);
                self.be(x.value);
            }
            r::Stmt::AnnAssign(x) => {
                self.be(x.target);
                self.be(x.annotation);
                self.oe(x.value);
            }
            r::Stmt::For(x) => {
                self.be(x.target);
                self.be(x.iter);
                self.ss(x.body);
                self.ss(x.orelse);
            }
            r::Stmt::While(x) => {
                self.be(x.test);
                self.ss(x.body);
                self.ss(x.orelse);
            }
            r::Stmt::If(x) => {
                self.be(x.test);
                self.ss(x.body);
                for c in x.elif_else_clauses {
                    if let Some(t) = c.test {
                        self.e(t);
                    }
                    self.ss(c.body);
                }
            }
            r::Stmt::With(x) => {
                for it in x.items {
                    self.e(it.context_expr);
                    self.oe(it.optional_vars);
                }
                self.ss(x.body);
            }
            r::Stmt::Match(x) => {
                self.be(x.subject);
                for c in x.cases {
                    self.p(c.pattern);
                    self.oe(c.guard);
                    self.ss(c.body);
                }
            }
            r::Stmt::Raise(x) => {
                self.oe(x.exc);
                self.oe(x.cause);
            }
            r::Stmt::Try(x) => {
                self.ss(x.body);
                for h in x.handlers {
                    let r::ExceptHandler::ExceptHandler(h) = h;
                    self.oe(h.type_);
                    self.ss(h.body);
                }
                self.ss(x.orelse);
                self.ss(x.finalbody);
            }
            r::Stmt::Assert(x) => {
                self.be(x.test);
                self.oe(x.msg);
            }
            r::Stmt::Expr(x) => self.be(x.value),
            r::Stmt::Import(_)
            | r::Stmt::ImportFrom(_)
            | r::Stmt::Global(_)
            | r::Stmt::Nonlocal(_)
            | r::Stmt::Pass(_)
            | r::Stmt::Break(_)
            | r::Stmt::Continue(_)
            | r::Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn expr(&mut self, e: r::Expr) {
        match e {
            r::Expr::BoolOp(x) => self.es(x.values),
            r::Expr::Named(x) => {
                self.be(x.target);
                self.be(x.value);
            }
            r::Expr::BinOp(x) => {
                self.be(x.left);
                self.be(x.right);
            }
            r::Expr::UnaryOp(x) => self.be(x.operand),
            r::Expr::Lambda(x) => {
                if let Some(p) = x.parameters {
                    self.parameters(*p);
                }
                self.be(x.body);
            }
            r::Expr::If(x) => {
                self.be(x.test);
                self.be(x.body);
                self.be(x.orelse);
            }
            r::Expr::Dict(x) => {
                for item in x.items {
                    if let Some(k) = item.key {
                        self.e(k);
                    }
                    self.e(item.value);
                }
            }
            r::Expr::Set(x) => self.es(x.elts),
            r::Expr::ListComp(x) => {
                self.be(x.elt);
                self.comprehensions(x.generators);
            }
            r::Expr::SetComp(x) => {
                self.be(x.elt);
                self.comprehensions(x.generators);
            }
            r::Expr::DictComp(x) => {
                self.oe(x.key);
                self.be(x.value);
                self.comprehensions(x.generators);
            }
            r::Expr::Generator(x) => {
                self.be(x.elt);
                self.comprehensions(x.generators);
            }
            r::Expr::Await(x) => self.be(x.value),
            r::Expr::Yield(x) => self.oe(x.value),
            r::Expr::YieldFrom(x) => self.be(x.value),
            r::Expr::Compare(x) => {
                self.be(x.left);
                self.es(x.comparators.into_vec());
            }
            r::Expr::Call(x) => {
                self.be(x.func);
                self.arguments(x.arguments);
            }
            r::Expr::FString(mut x) => {
                for part in x.value.iter_mut() {
                    if let r::FStringPart::FString(f) = part {
                        self.interpolated(&mut f.elements);
                    }
                }
            }
            r::Expr::TString(mut x) => {
                for t in x.value.iter_mut() {
                    self.interpolated(&mut t.elements);
                }
            }
            r::Expr::Attribute(x) => self.be(x.value),
            r::Expr::Subscript(x) => {
                self.be(x.value);
                self.be(x.slice);
            }
            r::Expr::Starred(x) => self.be(x.value),
            r::Expr::List(x) => self.es(x.elts),
            r::Expr::Tuple(x) => self.es(x.elts),
            r::Expr::Slice(x) => {
                self.oe(x.lower);
                self.oe(x.upper);
                self.oe(x.step);
            }
            r::Expr::StringLiteral(_)
            | r::Expr::BytesLiteral(_)
            | r::Expr::NumberLiteral(_)
            | r::Expr::BooleanLiteral(_)
            | r::Expr::NoneLiteral(_)
            | r::Expr::EllipsisLiteral(_)
            | r::Expr::Name(_)
            | r::Expr::IpyEscapeCommand(_) => {}
        }
    }

    fn pattern(&mut self, p: r::Pattern) {
        match p {
            r::Pattern::MatchValue(x) => self.be(x.value),
            r::Pattern::MatchSingleton(_) | r::Pattern::MatchStar(_) => {}
            r::Pattern::MatchSequence(x) => self.ps(x.patterns),
            r::Pattern::MatchMapping(x) => {
                self.es(x.keys);
                self.ps(x.patterns);
            }
            r::Pattern::MatchClass(x) => {
                self.be(x.cls);
                self.ps(x.arguments.patterns);
                for k in x.arguments.keywords {
                    self.p(k.pattern);
                }
            }
            r::Pattern::MatchAs(x) => {
                if let Some(p) = x.pattern {
                    self.p(*p);
                }
            }
            r::Pattern::MatchOr(x) => self.ps(x.patterns),
        }
    }
}
