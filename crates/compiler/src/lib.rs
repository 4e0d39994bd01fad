//! The compiler: AST to code objects.
//!
//! `symtable` decides, for every name in every scope, whether it is local,
//! global, nonlocal, a cell or a free variable; `codegen` walks the AST and
//! emits instructions from the single table in [`opcode`]; `stackdepth`
//! computes each code object's maximum stack depth; `dis` prints a listing
//! in the spirit of CPython's `dis`.
// Unsafe code is denied except the one audited decode in `opcode::Instr::opcode`.
#![deny(unsafe_code)]

pub mod code;
pub mod dis;
pub mod opcode;
pub mod stackdepth;

mod codegen;
mod locate;
pub mod pyrepr;
mod symtable;
pub mod warnings;

use arenapy_syntax::{ast, SyntaxError};
use code::CodeObject;
use std::rc::Rc;

/// How top-level expression statements are compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A script or module: expression values are discarded.
    Exec,
    /// One REPL input: expression statements end with `PrintExpr`.
    Interactive,
}

/// Compiles a parsed module. `source` is the text it was parsed from (for
/// positions and error lines), `filename` goes into every code object.
pub fn compile(
    module: &ast::Module,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Rc<CodeObject>, SyntaxError> {
    let loc = locate::Locator::new(source);
    let table = symtable::build(module, &loc).map_err(|e| *e)?;
    codegen::compile_module(module, &loc, &table, filename, mode).map_err(|e| *e)
}
