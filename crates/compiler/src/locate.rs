//! Source positions: byte-offset spans to CPython-style line/column
//! positions, and compile errors as `SyntaxError`s located at a span.
//!
//! Instruction positions use 0-based UTF-8 byte columns (CPython's
//! `co_positions`); compile errors, like CPython's, report 1-based byte
//! columns too (see [`Locator::error`]).

use crate::code::Position;
use arenapy_syntax::ast::Span;
use arenapy_syntax::{LineIndex, SyntaxError, SyntaxErrorKind};

/// A compile error on its way up (see [`Locator::error`]).
pub(crate) type CompileError = Box<SyntaxError>;

pub(crate) struct Locator<'a> {
    source: &'a str,
    index: LineIndex,
}

impl<'a> Locator<'a> {
    pub(crate) fn new(source: &'a str) -> Locator<'a> {
        Locator {
            source,
            index: LineIndex::new(source),
        }
    }

    /// The source text of `span` (a `from __future__ import annotations`
    /// annotation is kept as its text).
    pub(crate) fn text(&self, span: arenapy_syntax::ast::Span) -> &'a str {
        let (s, e) = (
            self.clamp(span.start) as usize,
            self.clamp(span.end) as usize,
        );
        self.source.get(s..e.max(s)).unwrap_or("")
    }

    fn clamp(&self, offset: u32) -> u32 {
        offset.min(self.source.len() as u32)
    }

    pub(crate) fn position(&self, span: Span) -> Position {
        let (line, col) = self.index.line_col(self.clamp(span.start));
        let (end_line, end_col) = self.index.line_col(self.clamp(span.end.max(span.start)));
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }

    pub(crate) fn line_of(&self, offset: u32) -> u32 {
        self.index.line_col(self.clamp(offset)).0
    }

    /// 1-based column of a byte offset, counted in bytes: CPython's
    /// compiler and symbol table report `col_offset + 1` where
    /// `col_offset` is a UTF-8 byte offset (only the parser converts to
    /// characters), and we reproduce its positions exactly.
    fn error_col(&self, offset: u32) -> u32 {
        self.index.line_col(self.clamp(offset)).1 + 1
    }

    /// The text of the line containing `offset`, with its newline.
    fn line_text(&self, offset: u32) -> String {
        let offset = self.clamp(offset);
        let (_, col) = self.index.line_col(offset);
        let start = (offset - col) as usize;
        let rest = &self.source[start..];
        match rest.find('\n') {
            Some(i) => rest[..=i].to_string(),
            None => rest.to_string(),
        }
    }

    /// A `SyntaxError` located at `span`, boxed: errors travel up deep
    /// recursions through many `?`s, and a one-word `Result` keeps each
    /// frame small.
    pub(crate) fn error(&self, span: Span, msg: impl Into<String>) -> CompileError {
        let end = span.end.max(span.start);
        Box::new(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            lineno: self.line_of(span.start) as usize,
            offset: self.error_col(span.start) as usize,
            end_lineno: self.line_of(end) as usize,
            end_offset: self.error_col(end) as usize,
            text: Some(self.line_text(span.start)),
            incomplete: false,
        })
    }
}
