//! Frame blocks: the loops, handlers and cleanups open at a point of the
//! code, and what `break`, `continue` and `return` must emit to leave them
//! (CPython 3.9's `compiler_unwind_fblock`).
//!
//! The VM keeps a block stack: `SetupFinally`/`SetupWith` push a handler
//! block, entering an exception handler pushes a "handled exception"
//! record. Leaving a region early must pop exactly what the normal path
//! would have popped: the iterator of a `for` loop, the handler block
//! (`PopBlock`), the handled-exception record (`PopExcept`), and it must
//! run `finally` bodies and `__exit__` calls inline. When a return value
//! is kept on the stack meanwhile (`preserve_tos`), values below it are
//! dropped with `Swap 2; PopTop`.

use super::unit::Label;
use super::{CResult, Compiler, Ctx};
use crate::opcode::Opcode;
use arenapy_syntax::ast::{Span, Stmt};

/// CPython's CO_MAXBLOCKS.
const MAX_BLOCKS: usize = 20;

#[derive(Clone, Copy, Debug)]
pub(crate) enum FBlock<'a> {
    WhileLoop {
        head: Label,
        exit: Label,
    },
    /// The iterator is on the stack.
    ForLoop {
        head: Label,
        exit: Label,
    },
    /// The body of a `try` with handlers (a handler block is active).
    TryExcept,
    /// The body of a `try` with a `finally` (a handler block is active).
    FinallyTry {
        body: &'a [Stmt],
    },
    /// The `finally` body on the exceptional path: the exception is on the
    /// stack and being handled.
    FinallyEnd,
    /// The body of a `with`: `__exit__` is on the stack, a handler block
    /// is active.
    With,
    /// Matching an exception against the `except` clauses (no user code
    /// can leave from here; kept for CPython's nesting count).
    ExceptionHandler,
    /// The `except*` clauses of a `try`: nothing may leave them with
    /// `break`, `continue` or `return` (PEP 654).
    ExceptionGroupHandler,
    /// The body of an `except` clause: an exception is being handled; with
    /// `as name`, a handler block that deletes the name is active too.
    HandlerCleanup {
        name: Option<&'a str>,
    },
    /// A preserved return value lies under an inline `finally` body.
    PopValue,
}

impl FBlock<'_> {
    fn is_loop(&self) -> bool {
        matches!(self, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. })
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn push_fblock(&mut self, block: FBlock<'a>, span: Span) -> CResult {
        if self.unit_ref().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error(span, "too many statically nested blocks"));
        }
        self.unit().fblocks.push(block);
        Ok(())
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    /// `name = None; del name` after an `except ... as name` clause.
    pub(crate) fn clear_handler_name(&mut self, name: &str) {
        self.load_none();
        self.name_op(name, Ctx::Store);
        self.name_op(name, Ctx::Del);
    }

    fn drop_below_top(&mut self, preserve_tos: bool) {
        if preserve_tos {
            self.emit(Opcode::Swap, 2);
        }
        self.emit0(Opcode::PopTop);
    }

    /// Emits the code that leaves one block early.
    pub(crate) fn unwind_fblock(&mut self, block: FBlock<'a>, preserve_tos: bool) -> CResult {
        match block {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler | FBlock::ExceptionGroupHandler => {
            }
            FBlock::ForLoop { .. } | FBlock::PopValue => self.drop_below_top(preserve_tos),
            FBlock::TryExcept => self.emit0(Opcode::PopBlock),
            FBlock::FinallyTry { body } => {
                self.emit0(Opcode::PopBlock);
                let pos = self.unit_ref().pos;
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue, Span::default())?;
                }
                self.compile_body(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unit().pos = pos;
            }
            FBlock::FinallyEnd => {
                self.drop_below_top(preserve_tos);
                self.emit0(Opcode::PopExcept);
            }
            FBlock::With => {
                self.emit0(Opcode::PopBlock);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.call_exit_with_nones();
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit0(Opcode::PopBlock);
                }
                self.emit0(Opcode::PopExcept);
                if let Some(name) = name {
                    self.clear_handler_name(name);
                }
            }
        }
        Ok(())
    }

    /// `exit(None, None, None)` with `exit` on top; drops the result.
    pub(crate) fn call_exit_with_nones(&mut self) {
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Opcode::Call, 3);
        self.emit0(Opcode::PopTop);
    }

    /// Unwinds blocks from the innermost out: all of them, or (when
    /// `to_loop`) up to the innermost loop, which is returned (not unwound).
    /// Meeting an `except*` clause first is an error, reported at `span`.
    pub(crate) fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
        span: Span,
    ) -> CResult<Option<FBlock<'a>>> {
        let mut popped = Vec::new();
        let mut found = None;
        let result = loop {
            let Some(&top) = self.unit_ref().fblocks.last() else {
                break Ok(());
            };
            if to_loop && top.is_loop() {
                found = Some(top);
                break Ok(());
            }
            if matches!(top, FBlock::ExceptionGroupHandler) {
                break Err(self.error(
                    span,
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                ));
            }
            self.unit().fblocks.pop();
            popped.push(top);
            if let Err(e) = self.unwind_fblock(top, preserve_tos) {
                break Err(e);
            }
        };
        while let Some(b) = popped.pop() {
            self.unit().fblocks.push(b);
        }
        result.map(|()| found)
    }

    pub(crate) fn compile_break(&mut self, span: Span) -> CResult {
        let Some(lp) = self.unwind_fblock_stack(false, true, span)? else {
            return Err(self.error(span, "'break' outside loop"));
        };
        self.unwind_fblock(lp, false)?;
        match lp {
            FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => {
                self.emit_jump(Opcode::Jump, exit)
            }
            _ => unreachable!("unwind_fblock_stack returns loops only"),
        }
        Ok(())
    }

    pub(crate) fn compile_continue(&mut self, span: Span) -> CResult {
        let Some(lp) = self.unwind_fblock_stack(false, true, span)? else {
            return Err(self.error(span, "'continue' not properly in loop"));
        };
        match lp {
            FBlock::WhileLoop { head, .. } | FBlock::ForLoop { head, .. } => {
                self.emit_jump(Opcode::Jump, head)
            }
            _ => unreachable!("unwind_fblock_stack returns loops only"),
        }
        Ok(())
    }
}
