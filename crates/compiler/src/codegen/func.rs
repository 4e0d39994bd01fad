//! Functions, lambdas and classes: compiling their bodies into nested code
//! objects, and the `MakeFunction` sequence that turns a code object into
//! a function at run time:
//!
//! ```text
//! [defaults tuple] [kw-only defaults dict] [closure tuple] code  MakeFunction flags
//! ```
//!
//! A class statement is `LoadBuildClass; <body function>; 'Name'; bases...;
//! Call 2+n` (or the keyword / star forms), then decorators, then a store.

use super::{split_docstring, CResult, Compiler, Ctx};
use crate::code::{flags, CodeObject, ConstValue};
use crate::opcode::Opcode;
use arenapy_syntax::ast::*;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    pub(crate) fn compile_function_def(&mut self, s: &'a Stmt, fd: &'a FunctionDef) -> CResult {
        for d in &fd.decorators {
            self.compile_expr(d)?;
        }
        let first = fd.decorators.first().map_or(s.span, |d| d.span.to(s.span));
        let make_flags = self.compile_defaults(&fd.args)?;
        let scope = self.table.scope_of(fd);
        let qualname = self.qualname_for(&fd.name, true);
        self.enter_unit(scope, &fd.name, qualname, first);
        self.set_arg_counts(&fd.args);
        let (doc, body) = split_docstring(&fd.body);
        self.unit().docstring = doc.map(|(d, _)| d.into());
        self.compile_body(body)?;
        self.implicit_return(body);
        let code = self.exit_unit()?;
        self.make_closure(code, make_flags);
        self.compile_annotations(&fd.args, fd.returns.as_ref())?;
        self.apply_decorators(&fd.decorators);
        self.name_op(&fd.name, Ctx::Store);
        Ok(())
    }

    pub(crate) fn compile_lambda(
        &mut self,
        e: &'a Expr,
        args: &'a Arguments,
        body: &'a Expr,
    ) -> CResult {
        let make_flags = self.compile_defaults(args)?;
        let scope = self.table.scope_of(e);
        let qualname = self.qualname_for("<lambda>", false);
        self.enter_unit(scope, "<lambda>", qualname, e.span);
        self.set_arg_counts(args);
        self.compile_expr(body)?;
        self.emit0(Opcode::ReturnValue);
        let code = self.exit_unit()?;
        self.make_closure(code, make_flags);
        Ok(())
    }

    /// (f -- f) evaluates the parameter and return annotations into
    /// `f.__annotations__` (CPython 3.11 evaluates them at `def` time).
    fn compile_annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> CResult {
        let params = args.all();
        let mut n = 0;
        for a in params {
            if let Some(ann) = &a.annotation {
                if n == 0 {
                    self.emit(Opcode::Copy, 1);
                }
                let key = self.mangle(&a.name);
                self.load_const(ConstValue::Str(key.as_str().into()));
                self.compile_annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            if n == 0 {
                self.emit(Opcode::Copy, 1);
            }
            self.load_const(ConstValue::Str("return".into()));
            self.compile_annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Opcode::BuildMap, n);
            self.emit(Opcode::Swap, 2);
            self.emit_name(Opcode::StoreAttr, "__annotations__");
        }
        Ok(())
    }

    /// An annotation's value: the expression, or under `from __future__
    /// import annotations` its source text.
    pub(crate) fn compile_annotation(&mut self, ann: &'a Expr) -> CResult {
        if self.future_annotations {
            // A string literal is unparsed as its repr, as `ast.unparse`.
            let text = match &ann.kind {
                ExprKind::Constant(Constant::Str(s)) => crate::pyrepr::str_repr(s),
                _ => self.loc.text(ann.span).to_string(),
            };
            self.load_const(ConstValue::Str(text.as_str().into()));
            return Ok(());
        }
        self.compile_expr(ann)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.unit();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            u.flags |= flags::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= flags::VARKEYWORDS;
        }
    }

    /// Pushes the defaults tuple and the keyword-only defaults dict;
    /// returns the matching `MakeFunction` flags.
    fn compile_defaults(&mut self, args: &'a Arguments) -> CResult<usize> {
        let mut make_flags = 0;
        if !args.defaults.is_empty() {
            let folded: Option<Vec<ConstValue>> = args
                .defaults
                .iter()
                .map(super::expr::fold_constant)
                .collect();
            match folded {
                Some(items) => self.load_const(ConstValue::Tuple(items.into())),
                None => {
                    for d in &args.defaults {
                        self.compile_expr(d)?;
                    }
                    self.emit(Opcode::BuildTuple, args.defaults.len());
                }
            }
            make_flags |= 0x01;
        }
        let mut n = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                let name = self.mangle(&arg.name);
                self.load_const(ConstValue::Str(name.into()));
                self.compile_expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Opcode::BuildMap, n);
            make_flags |= 0x02;
        }
        Ok(make_flags)
    }

    /// Builds the closure tuple (if the code has free variables) and the
    /// function.
    pub(crate) fn make_closure(&mut self, code: Rc<CodeObject>, mut make_flags: usize) {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let i = self.unit_ref().deref_index(name);
                debug_assert!(i.is_some(), "closure variable {name} not found");
                self.emit(Opcode::LoadClosure, i.unwrap_or(0));
            }
            self.emit(Opcode::BuildTuple, code.freevars.len());
            make_flags |= 0x08;
        }
        self.load_const(ConstValue::Code(code));
        self.emit(Opcode::MakeFunction, make_flags);
    }

    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        for d in decorators.iter().rev() {
            let saved = self.set_pos(d.span);
            self.emit(Opcode::Call, 1);
            self.unit().pos = saved;
        }
    }

    pub(crate) fn compile_class_def(&mut self, s: &'a Stmt, cd: &'a ClassDef) -> CResult {
        for d in &cd.decorators {
            self.compile_expr(d)?;
        }
        let first = cd.decorators.first().map_or(s.span, |d| d.span.to(s.span));
        // CPython: PUSH_NULL, LOAD_BUILD_CLASS (`call_helper` pops it).
        let start = self.unit_ref().next_index();
        self.emit0(Opcode::LoadBuildClass);
        self.unit().cpython_extra(start, 1, 1, 0);

        let scope = self.table.scope_of(cd);
        let qualname = self.qualname_for(&cd.name, true);
        self.enter_unit(scope, &cd.name, qualname.clone(), first);
        self.set_pos(s.span);
        self.emit_name(Opcode::LoadName, "__name__");
        self.emit_name(Opcode::StoreName, "__module__");
        self.load_const(ConstValue::Str(qualname.as_str().into()));
        self.emit_name(Opcode::StoreName, "__qualname__");
        self.setup_annotations(&cd.body);
        let (doc, body) = split_docstring(&cd.body);
        if let Some((doc, span)) = doc {
            let saved = self.set_pos(span);
            self.load_const(ConstValue::Str(doc.into()));
            self.emit_name(Opcode::StoreName, "__doc__");
            self.unit().pos = saved;
            self.unit().docstring = Some(doc.into());
        }
        self.compile_body(body)?;
        if let Some(last) = body.last() {
            self.set_pos(last.span);
        }
        if self.table.scopes[scope].needs_class_closure {
            let i = self.unit_ref().cellvars.get("__class__").unwrap_or(0);
            self.emit(Opcode::LoadClosure, i as usize);
            self.emit(Opcode::Copy, 1);
            self.emit_name(Opcode::StoreName, "__classcell__");
        } else {
            self.load_none();
        }
        self.emit0(Opcode::ReturnValue);
        let code = self.exit_unit()?;

        self.make_closure(code, 0);
        self.load_const(ConstValue::Str(cd.name.as_str().into()));
        self.validate_keywords(&cd.keywords)?;
        self.call_helper(2, &cd.bases, &cd.keywords)?;
        self.apply_decorators(&cd.decorators);
        self.name_op(&cd.name, Ctx::Store);
        Ok(())
    }
}
