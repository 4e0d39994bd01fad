//! Pass 1 of the symbol table: walk the AST, open a scope for every
//! function, lambda, class and comprehension, and record per-scope name
//! flags. Errors found here are CPython's symtable errors (duplicate
//! parameters, misplaced `global`/`nonlocal`, walrus and `yield` misuse in
//! comprehensions, `import *` outside the module level).

use super::*;
use crate::locate::CompileError as SyntaxError;
use crate::locate::Locator;
use arenapy_syntax::ast::*;

type Result<T = ()> = std::result::Result<T, SyntaxError>;

/// Builds and analyzes the symbol table of a module.
pub(crate) fn build(module: &Module, loc: &Locator) -> Result<SymbolTable> {
    let mut b = Builder {
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, "<module>", false)],
            by_node: HashMap::new(),
        },
        stack: vec![0],
        loc,
        future_annotations: crate::codegen::has_future_annotations(&module.body),
    };
    b.visit_body(&module.body)?;
    let mut table = b.table;
    super::analyze::analyze(&mut table, loc)?;
    Ok(table)
}

struct Builder<'l, 'a> {
    table: SymbolTable,
    /// Scopes being visited, innermost last.
    stack: Vec<ScopeId>,
    loc: &'l Locator<'a>,
    /// `from __future__ import annotations`: annotations are compiled as
    /// their source text, so they open no scopes and use no names (CPython
    /// puts them in an annotation block of their own).
    future_annotations: bool,
}

impl Builder<'_, '_> {
    fn cur_id(&self) -> ScopeId {
        *self.stack.last().expect("scope stack is never empty")
    }

    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.table.scopes[id]
    }

    fn mangled(&self, name: &str) -> String {
        let scope = &self.table.scopes[self.cur_id()];
        mangle(scope.private.as_deref(), name).into_owned()
    }

    /// CPython's `symtable_add_def`, on the current scope.
    fn add_def(&mut self, name: &str, flag: u16, span: Span) -> Result {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, span)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u16, span: Span) -> Result {
        let mangled = self.mangled(name);
        let scope = &mut self.table.scopes[id];
        let mut val = scope.flags(&mangled);
        if flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
            return Err(self.loc.error(
                span,
                format!("duplicate argument '{name}' in function definition"),
            ));
        }
        val |= flag;
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.loc.error(
                    span,
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                ));
            }
            val |= DEF_COMP_ITER;
        }
        scope.add_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled.clone());
        }
        if flag & DEF_GLOBAL != 0 {
            // CPython records every global declaration in the module's table too.
            self.table.scopes[0].add_flags(&mangled, DEF_GLOBAL);
        }
        Ok(())
    }

    fn enter_scope<T>(&mut self, kind: ScopeKind, name: &str, node: &T) {
        let parent = &self.table.scopes[self.cur_id()];
        let nested = parent.nested || parent.kind.is_function();
        let private = match kind {
            ScopeKind::Class => Some(name.to_string()),
            _ => parent.private.clone(),
        };
        let mut scope = Scope::new(kind, name, nested);
        scope.private = private;
        let id = self.table.scopes.len();
        self.table.scopes.push(scope);
        let parent_id = self.cur_id();
        self.table.scopes[parent_id].children.push(id);
        self.table.by_node.insert(node as *const T as usize, id);
        self.stack.push(id);
    }

    fn exit_scope(&mut self) {
        self.stack.pop();
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_exprs(&mut self, exprs: &[Expr]) -> Result {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_opt(&mut self, e: &Option<Expr>) -> Result {
        e.as_ref().map_or(Ok(()), |e| self.visit_expr(e))
    }

    fn visit_defaults(&mut self, args: &Arguments) -> Result {
        self.visit_exprs(&args.defaults)?;
        args.kw_defaults.iter().try_for_each(|d| self.visit_opt(d))
    }

    /// An annotation: evaluated where it stands (so its lambdas and
    /// comprehensions are scopes of the enclosing block, as in CPython's
    /// `symtable_visit_annotation`), unless postponed.
    fn visit_annotation(&mut self, e: &Expr) -> Result {
        if self.future_annotations {
            return Ok(());
        }
        self.visit_expr(e)
    }

    /// The parameter and return annotations of a `def`, in the enclosing
    /// scope (CPython's `symtable_visit_annotations`).
    fn visit_arg_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> Result {
        for a in args.all() {
            if let Some(ann) = &a.annotation {
                self.visit_annotation(ann)?;
            }
        }
        returns.map_or(Ok(()), |r| self.visit_annotation(r))
    }

    fn visit_params(&mut self, args: &Arguments) -> Result {
        let named = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs);
        for a in named.chain(&args.vararg).chain(&args.kwarg) {
            self.add_def(&a.name, DEF_PARAM, a.span)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result {
        match &s.kind {
            StmtKind::Expr(e) => self.visit_expr(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().try_for_each(|t| self.visit_target(t))?;
                self.visit_expr(value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target)?;
                self.visit_expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name(id) = &target.kind {
                    let mangled = self.mangled(id);
                    let cur = self.cur().flags(&mangled);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur_id() != 0 && *simple {
                        let which = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self
                            .loc
                            .error(s.span, format!("annotated name '{id}' can't be {which}")));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.span)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.span)?;
                    }
                } else {
                    self.visit_target(target)?;
                }
                self.visit_annotation(annotation)?;
                self.visit_opt(value)
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.visit_target(target)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => Ok(()),
            StmtKind::FunctionDef(fd) => {
                self.add_def(&fd.name, DEF_LOCAL, s.span)?;
                self.visit_defaults(&fd.args)?;
                self.visit_arg_annotations(&fd.args, fd.returns.as_ref())?;
                self.visit_exprs(&fd.decorators)?;
                self.enter_scope(ScopeKind::Function, &fd.name, &**fd);
                self.visit_params(&fd.args)?;
                self.visit_body(&fd.body)?;
                self.exit_scope();
                Ok(())
            }
            StmtKind::ClassDef(cd) => {
                self.add_def(&cd.name, DEF_LOCAL, s.span)?;
                self.visit_exprs(&cd.bases)?;
                for k in &cd.keywords {
                    self.visit_expr(&k.value)?;
                }
                self.visit_exprs(&cd.decorators)?;
                self.enter_scope(ScopeKind::Class, &cd.name, &**cd);
                self.visit_body(&cd.body)?;
                self.exit_scope();
                Ok(())
            }
            StmtKind::Return(v) => self.visit_opt(v),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.visit_body(body)?;
                self.visit_body(orelse)?;
                for h in handlers {
                    self.visit_opt(&h.typ)?;
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, h.span)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(finalbody)
            }
            StmtKind::Raise { exc, cause } => {
                self.visit_opt(exc)?;
                self.visit_opt(cause)
            }
            StmtKind::Global(names) => self.visit_directive(s.span, names, true),
            StmtKind::Nonlocal(names) => self.visit_directive(s.span, names, false),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.visit_target(t)),
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                self.visit_opt(msg)
            }
            StmtKind::Import(aliases) => aliases.iter().try_for_each(|a| self.visit_alias(a, true)),
            StmtKind::ImportFrom { names, .. } => {
                names.iter().try_for_each(|a| self.visit_alias(a, false))
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_target(v)?;
                    }
                }
                self.visit_body(body)
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for c in cases {
                    self.visit_pattern(&c.pattern)?;
                    self.visit_opt(&c.guard)?;
                    self.visit_body(&c.body)?;
                }
                Ok(())
            }
        }
    }

    /// A pattern binds its capture names in the current scope and loads
    /// the values, classes and keys it compares with.
    fn visit_pattern(&mut self, p: &Pattern) -> Result {
        match &p.kind {
            PatternKind::MatchValue(v) => self.visit_expr(v),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(items) | PatternKind::MatchOr(items) => {
                items.iter().try_for_each(|i| self.visit_pattern(i))
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                patterns.iter().try_for_each(|i| self.visit_pattern(i))?;
                match rest {
                    Some(n) => self.add_def(n, DEF_LOCAL, p.span),
                    None => Ok(()),
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                patterns.iter().try_for_each(|i| self.visit_pattern(i))?;
                kwd_patterns.iter().try_for_each(|i| self.visit_pattern(i))
            }
            PatternKind::MatchStar(name) => match name {
                Some(n) => self.add_def(n, DEF_LOCAL, p.span),
                None => Ok(()),
            },
            PatternKind::MatchAs { pattern, name } => {
                if let Some(sub) = pattern {
                    self.visit_pattern(sub)?;
                }
                match name {
                    Some(n) => self.add_def(n, DEF_LOCAL, p.span),
                    None => Ok(()),
                }
            }
        }
    }

    fn visit_directive(&mut self, span: Span, names: &[Ident], global: bool) -> Result {
        let word = if global { "global" } else { "nonlocal" };
        for name in names {
            let mangled = self.mangled(name);
            let cur = self.cur().flags(&mangled);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {word}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {word} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {word}")
                } else {
                    format!("name '{name}' is assigned to before {word} declaration")
                };
                return Err(self.loc.error(span, msg));
            }
            let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
            self.add_def(name, flag, span)?;
            self.cur().directives.entry(mangled).or_insert(span);
        }
        Ok(())
    }

    fn visit_alias(&mut self, a: &Alias, plain_import: bool) -> Result {
        if a.name == "*" {
            if self.table.scopes[self.cur_id()].kind != ScopeKind::Module {
                return Err(self
                    .loc
                    .error(a.span, "import * only allowed at module level"));
            }
            return Ok(());
        }
        let store = match &a.asname {
            Some(asname) => asname.as_str(),
            None if plain_import => a.name.split('.').next().unwrap_or(&a.name),
            None => a.name.as_str(),
        };
        self.add_def(store, DEF_IMPORT, a.span)
    }

    /// An expression in store or delete context.
    fn visit_target(&mut self, e: &Expr) -> Result {
        match &e.kind {
            ExprKind::Name(id) => self.add_def(id, DEF_LOCAL, e.span),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|t| self.visit_target(t))
            }
            ExprKind::Starred(v) => self.visit_target(v),
            _ => self.visit_expr(e),
        }
    }

    fn visit_expr(&mut self, e: &Expr) -> Result {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values),
            ExprKind::NamedExpr { target, value } => self.visit_namedexpr(e, target, value),
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand),
            ExprKind::Lambda { args, body } => {
                self.visit_defaults(args)?;
                self.enter_scope(ScopeKind::Lambda, "<lambda>", e);
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.exit_scope();
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().try_for_each(|k| self.visit_opt(k))?;
                self.visit_exprs(values)
            }
            ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                self.visit_exprs(elts)
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, CompKind::List, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, CompKind::Set, generators, elt, None)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, CompKind::Generator, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(e, CompKind::Dict, generators, key, Some(value)),
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
                self.visit_yield(e)
            }
            ExprKind::YieldFrom(v) => {
                self.visit_expr(v)?;
                self.visit_yield(e)
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                keywords.iter().try_for_each(|k| self.visit_expr(&k.value))
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                match format_spec {
                    Some(spec) => self.visit_expr(spec),
                    None => Ok(()),
                }
            }
            ExprKind::JoinedStr(values) => self.visit_exprs(values),
            ExprKind::Constant(_) => Ok(()),
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)
            }
            ExprKind::Starred(v) => self.visit_expr(v),
            ExprKind::Name(id) => {
                self.add_def(id, USE, e.span)?;
                if id == "super" && self.table.scopes[self.cur_id()].kind.is_function() {
                    self.add_def("__class__", USE, e.span)?;
                }
                Ok(())
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
                Ok(())
            }
        }
    }

    fn visit_yield(&mut self, e: &Expr) -> Result {
        let scope = self.cur();
        scope.is_generator = true;
        if let ScopeKind::Comprehension(kind) = scope.kind {
            let what = match kind {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Generator => "generator expression",
            };
            return Err(self.loc.error(e.span, format!("'yield' inside {what}")));
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result {
        let Some((outermost, rest)) = generators.split_first() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur().comp_iter_expr -= 1;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        self.enter_scope(ScopeKind::Comprehension(kind), name, e);
        self.add_def(".0", DEF_PARAM, e.span)?;
        self.visit_comp_target(&outermost.target)?;
        self.visit_exprs(&outermost.ifs)?;
        for gen in rest {
            self.visit_comp_target(&gen.target)?;
            self.cur().comp_iter_expr += 1;
            self.visit_expr(&gen.iter)?;
            self.cur().comp_iter_expr -= 1;
            self.visit_exprs(&gen.ifs)?;
        }
        if let Some(value) = value {
            self.visit_expr(value)?;
        }
        self.visit_expr(elt)?;
        self.exit_scope();
        Ok(())
    }

    fn visit_comp_target(&mut self, target: &Expr) -> Result {
        self.cur().comp_iter_target = true;
        let r = self.visit_target(target);
        self.cur().comp_iter_target = false;
        r
    }

    /// PEP 572: `x := v` inside a comprehension binds `x` in the nearest
    /// enclosing function (or module) scope.
    fn visit_namedexpr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> Result {
        if self.table.scopes[self.cur_id()].comp_iter_expr > 0 {
            return Err(self.loc.error(
                e.span,
                "assignment expression cannot be used in a comprehension iterable expression",
            ));
        }
        if let ExprKind::Name(id) = &target.kind {
            if matches!(self.cur().kind, ScopeKind::Comprehension(_)) {
                self.extend_namedexpr_scope(id, target.span)?;
            }
        }
        self.visit_expr(value)?;
        self.visit_target(target)
    }

    fn extend_namedexpr_scope(&mut self, id: &str, span: Span) -> Result {
        let mangled = self.mangled(id);
        for &sid in self.stack.clone().iter().rev() {
            let scope = &self.table.scopes[sid];
            match scope.kind {
                ScopeKind::Comprehension(_) => {
                    if scope.flags(&mangled) & DEF_COMP_ITER != 0 {
                        return Err(self.loc.error(
                            span,
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{id}'"
                            ),
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if scope.flags(&mangled) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(id, flag, span)?;
                    self.cur().directives.entry(mangled).or_insert(span);
                    return self.add_def_in(sid, id, DEF_LOCAL, span);
                }
                ScopeKind::Module => {
                    self.add_def(id, DEF_GLOBAL, span)?;
                    self.cur().directives.entry(mangled).or_insert(span);
                    return self.add_def_in(sid, id, DEF_GLOBAL, span);
                }
                ScopeKind::Class => {
                    return Err(self.loc.error(
                        span,
                        "assignment expression within a comprehension cannot be used in a class body",
                    ));
                }
            }
        }
        Ok(())
    }
}
