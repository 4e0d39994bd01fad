//! The compiler: AST to code objects.
//!
//! `symtable` decides, for every name in every scope, whether it is local,
//! global, nonlocal, a cell or a free variable; `codegen` walks the AST and
//! emits instructions from the single table in [`opcode`]; `dis` prints a
//! listing in the spirit of CPython's `dis`.
#![forbid(unsafe_code)]

pub mod code;
pub mod opcode;
