//! The front end of arenapy: source text to AST.
//!
//! `lexer` turns text into tokens (logos) and adds NEWLINE / INDENT / DEDENT
//! from an indentation stack; the lalrpop parser generated from
//! `grammar/python.lalrpop` builds the [`ast`] through the small functions
//! of `builder`; every failure becomes a [`SyntaxError`] with CPython
//! 3.11's message and position (`parse` maps parser errors to messages).
//!
//! Robustness: no input makes the front end panic, hang or overflow the
//! stack. The parser is table-driven (no recursion), brackets nest at most
//! 200 deep and blocks 100 deep (CPython's limits), and no expression tree
//! deeper than [`builder::MAX_DEPTH`] (2999, CPython's limit) is ever built, so dropping,
//! printing or compiling an accepted tree recursively stays shallow.
#![forbid(unsafe_code)]

pub mod ast;
mod builder;
mod error;
mod lexer;
mod lines;
mod parse;
mod source;
mod strings;
mod token;
pub mod unicode_db;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use lines::LineIndex;
pub use source::{decode_source, nul_byte_error};

/// The deepest expression nesting [`parse_module`] accepts.
pub const MAX_EXPR_DEPTH: u32 = builder::MAX_DEPTH;

/// Parse a whole file / REPL input.
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    parse::module(source)
}
