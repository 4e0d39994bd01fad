//! Comprehensions and generator expressions, CPython 3.11 style: each is a
//! nested function whose only parameter `.0` is the iterator of the first
//! `for` clause, evaluated in the enclosing scope.
//!
//! ```text
//! outer:  <MakeFunction>  <first iterable>  GetIter  Call 1
//! inner:  BuildList 0  LoadFast .0
//!     L:  ForIter end  <store target>  [<if> PopJumpIfFalse L]
//!         <elt>  ListAppend depth+1  Jump L
//!   end:  ReturnValue
//! ```
//! A generator expression yields each element (`YieldValue; PopTop`) and
//! returns None. Nested `for` clauses nest loops; `depth` counts the
//! iterators on the stack above the container.

use super::{CResult, Compiler};
use crate::opcode::Opcode;
use crate::symtable::CompKind;
use arenapy_syntax::ast::*;

impl<'a> Compiler<'a> {
    pub(crate) fn compile_comprehension(&mut self, e: &'a Expr) -> CResult {
        let (kind, generators, elt, value) = match &e.kind {
            ExprKind::ListComp { elt, generators } => (CompKind::List, generators, &**elt, None),
            ExprKind::SetComp { elt, generators } => (CompKind::Set, generators, &**elt, None),
            ExprKind::GeneratorExp { elt, generators } => {
                (CompKind::Generator, generators, &**elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (CompKind::Dict, generators, &**key, Some(&**value)),
            _ => unreachable!("compile_comprehension on a non-comprehension"),
        };
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let scope = self.table.scope_of(e);
        let qualname = self.qualname_for(name, false);
        self.enter_unit(scope, name, qualname, e.span);
        self.unit().argcount = 1;
        match kind {
            CompKind::List => self.emit(Opcode::BuildList, 0),
            CompKind::Set => self.emit(Opcode::BuildSet, 0),
            CompKind::Dict => self.emit(Opcode::BuildMap, 0),
            CompKind::Generator => {}
        }
        self.comprehension_generator(generators, 0, 0, elt, value, kind)?;
        if kind == CompKind::Generator {
            self.load_none();
        }
        self.emit0(Opcode::ReturnValue);
        let code = self.exit_unit()?;

        self.make_closure(code, 0);
        self.compile_expr(&generators[0].iter)?;
        self.emit0(Opcode::GetIter);
        self.emit(Opcode::Call, 1);
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        let gen = &generators[index];
        if index == 0 {
            // The outermost iterator is the implicit parameter `.0`.
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.compile_expr(&gen.iter)?;
            self.emit0(Opcode::GetIter);
        }
        let depth = depth + 1;
        let head = self.new_label();
        let end = self.new_label();
        self.bind(head);
        self.emit_jump(Opcode::ForIter, end);
        self.compile_store(&gen.target)?;
        for cond in &gen.ifs {
            self.compile_jump_if(cond, head, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, value, kind)?;
        } else {
            self.compile_expr(elt)?;
            match kind {
                CompKind::Generator => {
                    self.emit0(Opcode::YieldValue);
                    self.emit0(Opcode::PopTop);
                }
                CompKind::List => self.emit(Opcode::ListAppend, depth + 1),
                CompKind::Set => self.emit(Opcode::SetAdd, depth + 1),
                CompKind::Dict => {
                    if let Some(v) = value {
                        self.compile_expr(v)?;
                    }
                    self.emit(Opcode::MapAdd, depth + 1);
                }
            }
        }
        self.emit_jump(Opcode::Jump, head);
        self.bind(end);
        Ok(())
    }
}
