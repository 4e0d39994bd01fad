//! Code generation: the AST of a module, with its symbol table, to code
//! objects.
//!
//! [`Compiler`] keeps a stack of [`Unit`]s, one per code object being
//! built (module, class body, function, lambda, comprehension). Each
//! expression and statement sets the unit's current position to its span
//! while its own instructions are emitted, so every instruction carries the
//! position of the node that produced it. The pieces:
//! `expr` (expressions and assignment targets), `stmt` (simple statements,
//! loops, imports), `call` (calls and collection displays), `func`
//! (functions, lambdas, classes, closures), `comprehension`, `exceptions`
//! (try, with), `patmatch` (match statements and their patterns) and `fblock` (loops and handlers that `break`, `continue`
//! and `return` must unwind).

mod call;
mod comprehension;
mod exceptions;
mod expr;
mod fblock;
mod format_opt;
mod func;
mod patmatch;
mod stmt;
mod unit;

use crate::code::{CodeObject, ConstValue, Position};
use crate::locate::CompileError as SyntaxError;
use crate::locate::Locator;
use crate::opcode::Opcode;
use crate::symtable::{mangle, ScopeId, SymScope, SymbolTable};
use crate::Mode;
use arenapy_syntax::ast::{Constant, ExprKind, Module, Span, Stmt, StmtKind};
use std::rc::Rc;
use unit::{Label, Unit};

pub(crate) type CResult<T = ()> = Result<T, SyntaxError>;

/// CPython's STACK_USE_GUIDELINE: above this many items, displays and
/// calls are built incrementally instead of all on the stack.
const STACK_USE_GUIDELINE: usize = 30;

/// The context a name is used in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

pub(crate) struct Compiler<'a> {
    pub(crate) loc: &'a Locator<'a>,
    pub(crate) table: &'a SymbolTable,
    pub(crate) filename: Rc<str>,
    pub(crate) mode: Mode,
    /// `from __future__ import annotations` (PEP 563): annotations are
    /// stored as their source text, not evaluated.
    pub(crate) future_annotations: bool,
    units: Vec<Unit<'a>>,
}

/// Does the module start (after its docstring and other future imports)
/// with `from __future__ import annotations`?
pub(crate) fn has_future_annotations(body: &[arenapy_syntax::ast::Stmt]) -> bool {
    use arenapy_syntax::ast::{ExprKind, StmtKind};
    for (i, s) in body.iter().enumerate() {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m.as_str() == "__future__" => {
                if names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            StmtKind::Expr(e) if i == 0 && matches!(e.kind, ExprKind::Constant(_)) => {}
            _ => return false,
        }
    }
    false
}

/// Compiles a module to its code object.
pub(crate) fn compile_module<'a>(
    module: &'a Module,
    loc: &'a Locator<'a>,
    table: &'a SymbolTable,
    filename: &str,
    mode: Mode,
) -> CResult<Rc<CodeObject>> {
    let mut c = Compiler {
        loc,
        table,
        filename: filename.into(),
        mode,
        future_annotations: has_future_annotations(&module.body),
        units: Vec::new(),
    };
    let start = module.body.first().map_or(Span::default(), |s| s.span);
    c.enter_unit(0, "<module>", "<module>".into(), start);
    c.unit().first_line = 1;
    if let Some(first) = module.body.first() {
        let saved = c.set_pos(first.span);
        c.setup_annotations(&module.body);
        c.unit().pos = saved;
    }
    let body = match mode {
        Mode::Exec => {
            let (doc, body) = split_docstring(&module.body);
            if let Some((doc, span)) = doc {
                let saved = c.set_pos(span);
                c.load_const(ConstValue::Str(doc.into()));
                c.emit_name(Opcode::StoreName, "__doc__");
                c.unit().pos = saved;
                c.unit().docstring = Some(doc.into());
            }
            body
        }
        Mode::Interactive => &module.body[..],
    };
    c.compile_body(body)?;
    c.implicit_return(body);
    c.exit_unit()
}

/// The docstring of a body (its first statement, if a string literal), and
/// the statements after it.
pub(crate) fn split_docstring(body: &[Stmt]) -> (Option<(&str, Span)>, &[Stmt]) {
    if let Some(first) = body.first() {
        if let StmtKind::Expr(e) = &first.kind {
            if let ExprKind::Constant(Constant::Str(s)) = &e.kind {
                return (Some((s.as_str(), first.span)), &body[1..]);
            }
        }
    }
    (None, body)
}

impl<'a> Compiler<'a> {
    pub(crate) fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is being compiled")
    }

    pub(crate) fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is being compiled")
    }

    /// Makes `span` the position of emitted instructions; returns the old one.
    pub(crate) fn set_pos(&mut self, span: Span) -> Position {
        let pos = self.loc.position(span);
        std::mem::replace(&mut self.unit().pos, pos)
    }

    pub(crate) fn emit(&mut self, op: Opcode, arg: usize) {
        self.unit().emit(op, arg);
    }

    pub(crate) fn emit0(&mut self, op: Opcode) {
        self.unit().emit(op, 0);
    }

    pub(crate) fn emit_jump(&mut self, op: Opcode, target: Label) {
        self.unit().emit_jump(op, target);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.unit().new_label()
    }

    pub(crate) fn bind(&mut self, label: Label) {
        self.unit().bind(label);
    }

    pub(crate) fn load_const(&mut self, c: ConstValue) {
        let i = self.unit().add_const(c);
        self.emit(Opcode::LoadConst, i);
    }

    pub(crate) fn load_none(&mut self) {
        self.load_const(ConstValue::None);
    }

    /// `name` mangled for the current class, if any.
    pub(crate) fn mangle(&self, name: &str) -> String {
        mangle(self.unit_ref().private.as_deref(), name).into_owned()
    }

    /// Emits an opcode with a name-table argument (attributes, imports ...).
    pub(crate) fn emit_name(&mut self, op: Opcode, name: &str) {
        let i = self.unit().add_name(name);
        self.emit(op, i);
    }

    /// Opens a new code unit for scope `scope`.
    pub(crate) fn enter_unit(&mut self, scope: ScopeId, name: &str, qualname: String, span: Span) {
        let s = &self.table.scopes[scope];
        let mut u = Unit::new(scope, s.kind, name, &qualname);
        u.private = s.private.clone();
        u.first_line = self.loc.line_of(span.start);
        u.pos = self.loc.position(span);
        for p in &s.params {
            u.add_varname(p);
        }
        for c in &s.cellvars {
            u.add_cellvar(c);
        }
        for f in &s.freevars {
            u.add_freevar(f);
        }
        for (ci, c) in s.cellvars.iter().enumerate() {
            if let Some(vi) = u.varnames.get(c) {
                u.cell2arg.push((ci as u32, vi));
            }
        }
        if s.kind.is_function() {
            u.flags |= crate::code::flags::OPTIMIZED | crate::code::flags::NEWLOCALS;
            if s.nested {
                u.flags |= crate::code::flags::NESTED;
            }
            if s.is_generator {
                u.flags |= crate::code::flags::GENERATOR;
            }
        }
        self.units.push(u);
    }

    /// Closes the innermost unit and returns its code object.
    pub(crate) fn exit_unit(&mut self) -> CResult<Rc<CodeObject>> {
        let u = self.units.pop().expect("a unit is being compiled");
        let span_pos = u.pos;
        match u.finish(self.filename.clone()) {
            Ok(code) => Ok(Rc::new(code)),
            Err(what) => {
                let msg = if what == unit::INCONSISTENT_STACK {
                    format!("internal compiler error: {what}")
                } else {
                    format!("too many {what} in code object")
                };
                let mut err = self.loc.error(Span::default(), msg);
                err.lineno = span_pos.line as usize;
                err.end_lineno = span_pos.end_line as usize;
                Err(err)
            }
        }
    }

    /// The qualified name of a new scope called `name` (CPython's
    /// `compiler_set_qualname`).
    pub(crate) fn qualname_for(&self, name: &str, is_def: bool) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.scope == 0 {
            return name.to_string();
        }
        if is_def {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.table.scopes[parent.scope].lookup(&mangled) == Some(SymScope::GlobalExplicit) {
                return name.to_string();
            }
        }
        use crate::symtable::ScopeKind::*;
        match parent.kind {
            Function | Lambda => format!("{}.<locals>.{}", parent.qualname, name),
            _ => format!("{}.{}", parent.qualname, name),
        }
    }

    /// Loads, stores or deletes a variable, choosing the opcode family from
    /// the symbol table (CPython's `compiler_nameop`).
    pub(crate) fn name_op(&mut self, name: &str, ctx: Ctx) {
        let mangled = self.mangle(name);
        let u = self.unit_ref();
        let scope = self.table.scopes[u.scope].lookup(&mangled);
        let is_function = u.kind.is_function();
        let is_class = u.kind == crate::symtable::ScopeKind::Class;
        enum Family {
            Fast,
            Global,
            Deref,
            Name,
        }
        let family = match scope {
            Some(SymScope::Free) | Some(SymScope::Cell) => Family::Deref,
            Some(SymScope::Local) if is_function => Family::Fast,
            Some(SymScope::GlobalImplicit) if is_function => Family::Global,
            Some(SymScope::GlobalExplicit) => Family::Global,
            _ => Family::Name,
        };
        use Opcode::*;
        match family {
            Family::Fast => {
                let i = self.unit().add_varname(&mangled);
                let op = match ctx {
                    Ctx::Load => LoadFast,
                    Ctx::Store => StoreFast,
                    Ctx::Del => DeleteFast,
                };
                self.emit(op, i);
            }
            Family::Deref => {
                let i = self.unit_ref().deref_index(&mangled);
                debug_assert!(i.is_some(), "no cell or free variable {mangled}");
                let op = match ctx {
                    Ctx::Load if is_class => LoadClassDeref,
                    Ctx::Load => LoadDeref,
                    Ctx::Store => StoreDeref,
                    Ctx::Del => DeleteDeref,
                };
                self.emit(op, i.unwrap_or(0));
            }
            Family::Global => {
                let op = match ctx {
                    Ctx::Load => LoadGlobal,
                    Ctx::Store => StoreGlobal,
                    Ctx::Del => DeleteGlobal,
                };
                self.emit_name(op, &mangled);
            }
            Family::Name => {
                let op = match ctx {
                    Ctx::Load => LoadName,
                    Ctx::Store => StoreName,
                    Ctx::Del => DeleteName,
                };
                self.emit_name(op, &mangled);
            }
        }
    }

    pub(crate) fn error(&self, span: Span, msg: impl Into<String>) -> SyntaxError {
        self.loc.error(span, msg)
    }

    /// `LoadConst None; ReturnValue` at the end of a body that can fall
    /// off its end, positioned at its last statement.
    pub(crate) fn implicit_return(&mut self, body: &[Stmt]) {
        if self.unit_ref().falls_off_end() {
            if let Some(last) = body.last() {
                self.set_pos(last.span);
            }
            self.load_none();
            self.emit0(Opcode::ReturnValue);
        }
    }
}
