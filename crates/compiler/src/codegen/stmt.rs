//! Statements: assignments, `if`/`while`/`for`, `return`, `raise`,
//! `assert`, `del`, imports. Compound statements with handlers live in
//! `exceptions`, definitions in `func`.

use super::fblock::FBlock;
use super::{CResult, Compiler, Ctx};
use crate::code::ConstValue;
use crate::opcode::{BinaryOperator, Opcode};
use crate::Mode;
use arenapy_syntax::ast::*;

impl<'a> Compiler<'a> {
    pub(crate) fn compile_body(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.compile_stmt(s))
    }

    /// `target: annotation` without a value: as in CPython, the object of
    /// an attribute or subscript target is still evaluated.
    fn compile_ann_target_check(&mut self, target: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Attribute { value, .. } => {
                self.compile_expr(value)?;
                self.emit0(Opcode::PopTop);
            }
            ExprKind::Subscript { value, slice } => {
                for part in [&**value, &**slice] {
                    self.compile_expr(part)?;
                    self.emit0(Opcode::PopTop);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Emits SetupAnnotations when a module or class body has annotated
    /// assignments (CPython's `find_ann`: nested blocks count, nested
    /// functions and classes do not).
    pub(crate) fn setup_annotations(&mut self, body: &'a [Stmt]) {
        if find_ann(body) {
            self.emit0(Opcode::SetupAnnotations);
        }
    }

    pub(crate) fn compile_stmt(&mut self, s: &'a Stmt) -> CResult {
        let saved = self.set_pos(s.span);
        let r = self.compile_stmt_inner(s);
        self.unit().pos = saved;
        r
    }

    fn compile_stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.mode == Mode::Interactive && self.unit_ref().scope == 0 {
                    self.compile_expr(e)?;
                    self.emit0(Opcode::PrintExpr);
                } else if !matches!(e.kind, ExprKind::Constant(_)) {
                    self.compile_expr(e)?;
                    self.emit0(Opcode::PopTop);
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.compile_expr(value)?;
                if let [target] = &targets[..] {
                    if self.swap_instead_of_tuple(target, value)? {
                        return Ok(());
                    }
                }
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.compile_store(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.compile_augassign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.compile_expr(v)?;
                    self.compile_store(target)?;
                } else {
                    self.compile_ann_target_check(target)?;
                }
                // Module and class bodies evaluate the annotation (last, as
                // CPython): a simple name's goes into __annotations__.
                if self.unit_ref().kind.is_function() {
                    return Ok(());
                }
                match &target.kind {
                    ExprKind::Name(id) if *simple => {
                        self.compile_annotation(annotation)?;
                        self.emit_name(Opcode::LoadName, "__annotations__");
                        let key = self.mangle(id);
                        self.load_const(ConstValue::Str(key.as_str().into()));
                        self.emit0(Opcode::StoreSubscr);
                    }
                    // Postponed annotations of other targets are not kept.
                    _ if self.future_annotations => {}
                    _ => {
                        self.compile_expr(annotation)?;
                        self.emit0(Opcode::PopTop);
                    }
                }
                Ok(())
            }
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                if orelse.is_empty() {
                    self.compile_jump_if(test, end, false)?;
                    self.compile_body(body)?;
                } else {
                    let else_ = self.new_label();
                    self.compile_jump_if(test, else_, false)?;
                    self.compile_body(body)?;
                    self.emit_jump(Opcode::Jump, end);
                    self.bind(else_);
                    self.compile_body(orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            StmtKind::While { test, body, orelse } => self.compile_while(s, test, body, orelse),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.compile_for(s, target, iter, body, orelse),
            StmtKind::Break => self.compile_break(s.span),
            StmtKind::Continue => self.compile_continue(s.span),
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::FunctionDef(fd) => self.compile_function_def(s, fd),
            StmtKind::ClassDef(cd) => self.compile_class_def(s, cd),
            StmtKind::Return(value) => self.compile_return(s, value.as_ref()),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                star,
            } => {
                if finalbody.is_empty() {
                    self.compile_try_handlers(s, body, handlers, orelse, *star)
                } else {
                    self.compile_try_finally(s, body, handlers, orelse, finalbody, *star)
                }
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(exc) = exc {
                    self.compile_expr(exc)?;
                    n = 1;
                    if let Some(cause) = cause {
                        self.compile_expr(cause)?;
                        n = 2;
                    }
                }
                self.emit(Opcode::RaiseVarargs, n);
                Ok(())
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.compile_delete(t)),
            StmtKind::Assert { test, msg } => {
                // CPython tests the folded AST: `(a, b)`, or a constant
                // tuple such as `(1,) * 3`, that is not empty.
                let tuple = matches!(&test.kind, ExprKind::Tuple(items) if !items.is_empty());
                if tuple || super::expr::const_tuple_len(test).is_some_and(|n| n > 0) {
                    crate::warnings::warn(
                        self.loc.line_of(s.span.start) as usize,
                        "assertion is always true, perhaps remove parentheses?",
                    );
                }
                let ok = self.new_label();
                self.compile_jump_if(test, ok, true)?;
                self.emit0(Opcode::LoadAssertionError);
                if let Some(msg) = msg {
                    self.compile_expr(msg)?;
                    self.emit(Opcode::Call, 1);
                }
                self.emit(Opcode::RaiseVarargs, 1);
                self.bind(ok);
                Ok(())
            }
            StmtKind::Import(aliases) => aliases.iter().try_for_each(|a| self.compile_import(a)),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let mut modname = ".".repeat(*level as usize);
                modname.push_str(module.as_deref().unwrap_or(""));
                self.emit_name(Opcode::ImportName, &modname);
                // ImportName yields the top-level package of a dotted
                // name: walk down to the submodule named.
                if *level == 0 {
                    for part in modname.split('.').skip(1) {
                        self.emit_name(Opcode::ImportFrom, part);
                        self.emit(Opcode::Swap, 2);
                        self.emit0(Opcode::PopTop);
                    }
                }
                if names.len() == 1 && names[0].name == "*" {
                    self.emit0(Opcode::ImportStar);
                    return Ok(());
                }
                for a in names {
                    self.emit_name(Opcode::ImportFrom, &a.name);
                    let store = a.asname.as_deref().unwrap_or(&a.name);
                    self.name_op(store, Ctx::Store);
                }
                self.emit0(Opcode::PopTop);
                Ok(())
            }
            StmtKind::With { items, body } => self.compile_with(s, items, body),
            StmtKind::Match { subject, cases } => self.compile_match(subject, cases),
        }
    }

    fn compile_import(&mut self, a: &Alias) -> CResult {
        self.emit_name(Opcode::ImportName, &a.name);
        match &a.asname {
            Some(asname) => {
                // `import a.b.c as d` binds the submodule: walk down from
                // the top-level package ImportName returns.
                let mut parts = a.name.split('.').skip(1).peekable();
                if parts.peek().is_some() {
                    while let Some(part) = parts.next() {
                        self.emit_name(Opcode::ImportFrom, part);
                        if parts.peek().is_some() {
                            self.emit(Opcode::Swap, 2);
                            self.emit0(Opcode::PopTop);
                        }
                    }
                    self.name_op(asname, Ctx::Store);
                    self.emit0(Opcode::PopTop);
                } else {
                    self.name_op(asname, Ctx::Store);
                }
            }
            None => {
                let first = a.name.split('.').next().unwrap_or(&a.name);
                self.name_op(first, Ctx::Store);
            }
        }
        Ok(())
    }

    fn compile_while(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let head = self.new_label();
        let exit = self.new_label();
        let else_ = self.new_label();
        let body_start = self.new_label();
        let forever = is_true_constant(test);
        self.bind(head);
        if !forever {
            self.compile_jump_if(test, else_, false)?;
        }
        self.bind(body_start);
        self.push_fblock(FBlock::WhileLoop { head, exit }, s.span)?;
        self.compile_body(body)?;
        self.pop_fblock();
        if forever {
            self.emit_jump(Opcode::Jump, head);
        } else {
            // The test again at the bottom, jumping back while it holds
            // (CPython 3.11's compiler_while): one jump per iteration, not
            // two. `continue` still goes to the test at the top.
            let saved = self.set_pos(s.span);
            self.compile_jump_if(test, body_start, true)?;
            self.unit().pos = saved;
        }
        self.bind(else_);
        self.compile_body(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn compile_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let head = self.new_label();
        let exit = self.new_label();
        let else_ = self.new_label();
        self.compile_expr(iter)?;
        self.emit0(Opcode::GetIter);
        self.bind(head);
        self.emit_jump(Opcode::ForIter, else_);
        self.push_fblock(FBlock::ForLoop { head, exit }, s.span)?;
        self.compile_store(target)?;
        self.compile_body(body)?;
        self.pop_fblock();
        self.emit_jump(Opcode::Jump, head);
        self.bind(else_);
        self.compile_body(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn compile_return(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        if !self.unit_ref().kind.is_function() {
            return Err(self.error(s.span, "'return' outside function"));
        }
        let preserve = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant(_)));
        if preserve {
            self.compile_expr(value.expect("checked"))?;
        }
        // An error found while unwinding is reported where CPython's
        // location is then: at a constant value on the statement's line,
        // else at the statement.
        let at = match value {
            Some(v)
                if !preserve
                    && self.loc.position(v.span).line == self.loc.position(s.span).line =>
            {
                v.span
            }
            _ => s.span,
        };
        self.unwind_fblock_stack(preserve, false, at)?;
        match value {
            None => self.load_none(),
            Some(v) if !preserve => self.compile_expr(v)?,
            Some(_) => {}
        }
        self.emit0(Opcode::ReturnValue);
        Ok(())
    }

    fn compile_augassign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult {
        let stmt_pos = self.unit_ref().pos;
        match &target.kind {
            ExprKind::Name(id) => {
                let saved = self.set_pos(target.span);
                self.name_op(id, Ctx::Load);
                self.unit().pos = saved;
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.compile_expr(obj)?;
                self.set_pos(target.span);
                self.emit(Opcode::Copy, 1);
                let attr = self.mangle(attr);
                self.emit_name(Opcode::LoadAttr, &attr);
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.compile_expr(obj)?;
                self.compile_expr(slice)?;
                self.set_pos(target.span);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit0(Opcode::BinarySubscr);
            }
            _ => return Err(self.error(target.span, "illegal expression for augmented assignment")),
        }
        self.unit().pos = stmt_pos;
        self.compile_expr(value)?;
        self.emit(Opcode::BinaryOp, binary_operator(op, true) as usize);
        self.set_pos(target.span);
        match &target.kind {
            ExprKind::Name(id) => self.name_op(id, Ctx::Store),
            ExprKind::Attribute { attr, .. } => {
                self.emit(Opcode::Swap, 2);
                let attr = self.mangle(attr);
                self.emit_name(Opcode::StoreAttr, &attr);
            }
            _ => {
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit0(Opcode::StoreSubscr);
            }
        }
        self.unit().pos = stmt_pos;
        Ok(())
    }

    /// `a, b = b, a` (CPython's peephole): a tuple display of two or three
    /// plain items unpacked into as many plain targets becomes `Swap n`
    /// after the items, and the targets are stored left to right as before,
    /// with no tuple built. A display folded into a constant, or any
    /// starred item, keeps BuildTuple/UnpackSequence.
    fn swap_instead_of_tuple(&mut self, target: &'a Expr, value: &'a Expr) -> CResult<bool> {
        let (ExprKind::Tuple(elts) | ExprKind::List(elts)) = &target.kind else {
            return Ok(false);
        };
        let ExprKind::Tuple(vals) = &value.kind else {
            return Ok(false);
        };
        let n = elts.len();
        let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred(_));
        if !(2..=3).contains(&n)
            || vals.len() != n
            || elts.iter().any(starred)
            || vals.iter().any(starred)
            || !self
                .unit()
                .rewrite_last((Opcode::BuildTuple, n as u32), (Opcode::Swap, n as u32))
        {
            return Ok(false);
        }
        for elt in elts {
            self.compile_store(elt)?;
        }
        Ok(true)
    }
}

fn is_true_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(c) => match c {
            Constant::None => false,
            Constant::Bool(b) => *b,
            Constant::Int(i) => i.sign() != num_bigint::Sign::NoSign,
            Constant::Float(f) => *f != 0.0,
            Constant::Imaginary(f) => *f != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Ellipsis => true,
        },
        _ => false,
    }
}

/// The `BinaryOp` argument for an AST operator.
pub(crate) fn binary_operator(op: BinOp, inplace: bool) -> BinaryOperator {
    use BinaryOperator as B;
    let plain = match op {
        BinOp::Add => B::Add,
        BinOp::Sub => B::Subtract,
        BinOp::Mult => B::Multiply,
        BinOp::MatMult => B::MatrixMultiply,
        BinOp::Div => B::TrueDivide,
        BinOp::Mod => B::Remainder,
        BinOp::Pow => B::Power,
        BinOp::LShift => B::Lshift,
        BinOp::RShift => B::Rshift,
        BinOp::BitOr => B::Or,
        BinOp::BitXor => B::Xor,
        BinOp::BitAnd => B::And,
        BinOp::FloorDiv => B::FloorDivide,
    };
    if inplace {
        B::from_arg(plain as u32 + 13).unwrap_or(plain)
    } else {
        plain
    }
}

/// A constant of the AST as a code-object constant.
pub(crate) fn const_value(c: &Constant) -> ConstValue {
    match c {
        Constant::None => ConstValue::None,
        Constant::Bool(b) => ConstValue::Bool(*b),
        Constant::Int(i) => ConstValue::Int(i.clone()),
        Constant::Float(f) => ConstValue::Float(*f),
        Constant::Imaginary(f) => ConstValue::Complex {
            real: 0.0,
            imag: *f,
        },
        Constant::Str(s) => ConstValue::Str(s.as_str().into()),
        Constant::Bytes(b) => ConstValue::Bytes(b.as_slice().into()),
        Constant::Ellipsis => ConstValue::Ellipsis,
    }
}

/// Does `body` contain an annotated assignment outside nested functions and
/// classes?
pub(crate) fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            find_ann(body)
                || handlers.iter().any(|h| find_ann(&h.body))
                || find_ann(orelse)
                || find_ann(finalbody)
        }
        _ => false,
    })
}
