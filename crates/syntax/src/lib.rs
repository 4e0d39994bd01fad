//! The front end of arenapy: source text to AST.
//!
//! `lexer` turns text into tokens (logos) and adds NEWLINE / INDENT / DEDENT
//! from an indentation stack; the lalrpop parser generated from
//! `grammar/python.lalrpop` builds the [`ast`]; every failure becomes a
//! [`SyntaxError`] with CPython 3.11's message and position.
#![forbid(unsafe_code)]

pub mod ast;
mod error;
pub use error::{LineIndex, SyntaxError, SyntaxErrorKind};
