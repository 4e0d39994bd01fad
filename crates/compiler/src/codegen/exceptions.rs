//! `try` and `with`, on the VM's block stack (CPython 3.9's scheme).
//!
//! try/except:
//! ```text
//!     SetupFinally H; <body>; PopBlock; <else>; Jump end
//! H:  (exc)  <type>; CheckExcMatch; PopJumpIfFalse next      per clause
//!            StoreX name | PopTop; <handler body>; PopExcept; Jump end
//! next: ...  Reraise
//! end:
//! ```
//! With `as name`, the handler body runs under its own SetupFinally so the
//! name is unbound afterwards on every path.
//!
//! try/finally: `SetupFinally F; <body>; PopBlock; <finally>; Jump end;
//! F: (exc) <finally>; Reraise; end:` — plus inline copies of the finally
//! body wherever `break`/`continue`/`return` leave the body (see `fblock`).
//!
//! try/except* (PEP 654, CPython 3.11's `compiler_try_star_except`): the
//! handler keeps `orig` (the exception caught) and a list of what the
//! clauses raise, under the part not matched yet:
//! ```text
//!     SetupFinally H; <body>; PopBlock; <else>; Jump end
//! H:  (exc) Copy 1; BuildList 0; Swap 2                 (orig list exc)
//!     per clause: <type>; CheckEgMatch                 (orig list rest match)
//!          Copy 1; LoadConst None; IsOp 1; PopJumpIfTrue M; PopTop; Jump next
//!     M:   StoreX name | PopTop; SetupFinally C; <body>; PopBlock; Jump next
//!     C:   (orig list rest raised) ListAppend 2; PopExcept
//!     next: ...
//!     ListAppend 1; PrepReraiseStar                    (exc-or-None)
//!     Copy 1; LoadConst None; IsOp 1; PopJumpIfTrue R; PopTop; PopExcept; Jump end
//! R:  Reraise
//! end:
//! ```
//! With `as name`, the name is unbound after the clause on both paths.
//!
//! with: `<ctx>; BeforeWith; SetupWith X; <store>; <body>; PopBlock;
//! exit(None, None, None); Jump end; X: (exit exc) WithExceptStart;
//! PopJumpIfTrue S; Reraise; S: PopTop; PopExcept; PopTop; end:`.

use super::fblock::FBlock;
use super::{CResult, Compiler, Ctx};
use crate::opcode::Opcode;
use arenapy_syntax::ast::*;

impl<'a> Compiler<'a> {
    /// A `try` with handlers and no `finally`.
    pub(crate) fn compile_try_handlers(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        star: bool,
    ) -> CResult {
        if star {
            self.compile_try_star(s, body, handlers, orelse)
        } else {
            self.compile_try_except(s, body, handlers, orelse)
        }
    }

    fn compile_try_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_handler_setup(Opcode::SetupFinally, handler);
        self.push_fblock(FBlock::TryExcept, s.span)?;
        self.compile_body(body)?;
        self.pop_fblock();
        self.emit0(Opcode::PopBlock);
        self.compile_body(orelse)?;
        self.emit_jump(Opcode::Jump, end);

        // Stack here: the exception, which is being handled.
        self.bind(handler);
        self.push_fblock(FBlock::ExceptionHandler, s.span)?;
        for (i, h) in handlers.iter().enumerate() {
            let saved = self.set_pos(h.span);
            if h.typ.is_none() && i + 1 < handlers.len() {
                return Err(self.error(h.span, "default 'except:' must be last"));
            }
            let next = self.new_label();
            if let Some(typ) = &h.typ {
                self.compile_expr(typ)?;
                self.emit0(Opcode::CheckExcMatch);
                self.emit_jump(Opcode::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, Ctx::Store);
                    let cleanup = self.new_label();
                    self.emit_jump(Opcode::SetupFinally, cleanup);
                    self.push_fblock(FBlock::HandlerCleanup { name: Some(name) }, h.span)?;
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.emit0(Opcode::PopBlock);
                    self.emit0(Opcode::PopExcept);
                    self.clear_handler_name(name);
                    self.emit_jump(Opcode::Jump, end);
                    // An exception escaping the handler body: unbind the
                    // name, then let it propagate.
                    self.bind(cleanup);
                    self.clear_handler_name(name);
                    self.emit0(Opcode::Reraise);
                }
                None => {
                    self.emit0(Opcode::PopTop);
                    self.push_fblock(FBlock::HandlerCleanup { name: None }, h.span)?;
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.emit0(Opcode::PopExcept);
                    self.emit_jump(Opcode::Jump, end);
                }
            }
            self.bind(next);
            self.unit().pos = saved;
        }
        self.pop_fblock();
        if !matches!(handlers.last(), Some(h) if h.typ.is_none()) {
            // No clause matched.
            self.emit0(Opcode::Reraise);
        }
        self.bind(end);
        Ok(())
    }

    fn compile_try_star(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_handler_setup(Opcode::SetupFinally, handler);
        self.push_fblock(FBlock::TryExcept, s.span)?;
        self.compile_body(body)?;
        self.pop_fblock();
        self.emit0(Opcode::PopBlock);
        self.compile_body(orelse)?;
        self.emit_jump(Opcode::Jump, end);

        // Stack here: the exception, which is being handled.
        self.bind(handler);
        self.push_fblock(FBlock::ExceptionGroupHandler, s.span)?;
        self.emit(Opcode::Copy, 1);
        self.emit(Opcode::BuildList, 0);
        self.emit(Opcode::Swap, 2);
        for h in handlers {
            let saved = self.set_pos(h.span);
            let Some(typ) = &h.typ else {
                // The parser never builds an `except*` without a type.
                return Err(self.error(h.span, "expected one or more exception types"));
            };
            let next = self.new_label();
            let matched = self.new_label();
            self.compile_expr(typ)?;
            self.emit0(Opcode::CheckEgMatch);
            self.emit(Opcode::Copy, 1);
            self.load_none();
            self.emit(Opcode::IsOp, 1);
            self.emit_jump(Opcode::PopJumpIfTrue, matched);
            self.emit0(Opcode::PopTop);
            self.emit_jump(Opcode::Jump, next);

            // Stack: orig, list, rest, match (being handled).
            self.bind(matched);
            match &h.name {
                Some(name) => self.name_op(name, Ctx::Store),
                None => self.emit0(Opcode::PopTop),
            }
            let raised = self.new_label();
            self.emit_jump(Opcode::SetupFinally, raised);
            self.push_fblock(
                FBlock::HandlerCleanup {
                    name: h.name.as_deref(),
                },
                h.span,
            )?;
            self.compile_body(&h.body)?;
            self.pop_fblock();
            self.emit0(Opcode::PopBlock);
            if let Some(name) = &h.name {
                self.clear_handler_name(name);
            }
            self.emit_jump(Opcode::Jump, next);

            // An exception escaped the clause (a bare `raise` included):
            // it joins the list; the match is being handled again.
            self.bind(raised);
            if let Some(name) = &h.name {
                self.clear_handler_name(name);
            }
            self.emit(Opcode::ListAppend, 2);
            self.emit0(Opcode::PopExcept);
            self.bind(next);
            self.unit().pos = saved;
        }
        // The unmatched rest (None when everything matched) joins the list.
        self.emit(Opcode::ListAppend, 1);
        self.pop_fblock();
        let reraise = self.new_label();
        self.emit0(Opcode::PrepReraiseStar);
        self.emit(Opcode::Copy, 1);
        self.load_none();
        self.emit(Opcode::IsOp, 1);
        self.emit_jump(Opcode::PopJumpIfTrue, reraise);
        self.emit0(Opcode::PopTop);
        self.emit0(Opcode::PopExcept);
        self.emit_jump(Opcode::Jump, end);
        self.bind(reraise);
        self.emit0(Opcode::Reraise);
        self.bind(end);
        Ok(())
    }

    pub(crate) fn compile_try_finally(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_handler_setup(Opcode::SetupFinally, handler);
        self.push_fblock(FBlock::FinallyTry { body: finalbody }, s.span)?;
        if handlers.is_empty() {
            self.compile_body(body)?;
        } else {
            self.compile_try_handlers(s, body, handlers, orelse, star)?;
        }
        self.pop_fblock();
        self.emit0(Opcode::PopBlock);
        self.compile_body(finalbody)?;
        self.emit_jump(Opcode::Jump, end);

        self.bind(handler);
        self.push_fblock(FBlock::FinallyEnd, s.span)?;
        self.compile_body(finalbody)?;
        self.pop_fblock();
        self.emit0(Opcode::Reraise);
        self.bind(end);
        Ok(())
    }

    pub(crate) fn compile_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.compile_body(body);
        };
        let exit_handler = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.compile_expr(&item.context_expr)?;
        self.emit0(Opcode::BeforeWith);
        self.emit_handler_setup(Opcode::SetupWith, exit_handler);
        self.push_fblock(FBlock::With, s.span)?;
        match &item.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => self.emit0(Opcode::PopTop),
        }
        if rest.is_empty() {
            self.compile_body(body)?;
        } else {
            self.compile_with(s, rest, body)?;
        }
        self.pop_fblock();
        self.emit0(Opcode::PopBlock);
        self.call_exit_with_nones();
        self.emit_jump(Opcode::Jump, end);

        // Stack here: exit, exc (being handled).
        self.bind(exit_handler);
        self.emit0(Opcode::WithExceptStart);
        self.emit_jump(Opcode::PopJumpIfTrue, suppress);
        self.emit0(Opcode::Reraise);
        self.bind(suppress);
        self.emit0(Opcode::PopTop);
        self.emit0(Opcode::PopExcept);
        // CPython's handler pops `lasti` too.
        self.unit().cpython_extra_last(-1);
        self.emit0(Opcode::PopTop);
        self.bind(end);
        Ok(())
    }

    /// The `SetupFinally` or `SetupWith` of a `try` or `with` statement's
    /// handler. CPython's handler opens with a cleanup handler of its own
    /// (`SETUP_CLEANUP`, then `COPY 3; POP_EXCEPT; RERAISE 1`), whose
    /// stack goes two above the handler's after `PUSH_EXC_INFO`: four
    /// above the try's (the exception it replaced, `lasti`, the
    /// exception, its copy), and above the `__enter__` result of a with.
    fn emit_handler_setup(&mut self, op: Opcode, handler: super::unit::Label) {
        let at = self.unit_ref().next_index();
        self.emit_jump(op, handler);
        self.unit().cpython_extra(at, 0, 0, 4);
    }
}
