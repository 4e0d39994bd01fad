//! Source positions: byte-offset spans to CPython-style line/column
//! positions, and compile errors as `SyntaxError`s located at a span.
//!
//! Instruction positions use 0-based UTF-8 byte columns (CPython's
//! `co_positions`); `SyntaxError.offset` is a 1-based column in characters.

use crate::code::Position;
use arenapy_syntax::ast::Span;
use arenapy_syntax::{LineIndex, SyntaxError, SyntaxErrorKind};

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

    /// 1-based character column of a byte offset.
    fn char_col(&self, offset: u32) -> u32 {
        let offset = self.clamp(offset);
        let (_, col) = self.index.line_col(offset);
        let start = (offset - col) as usize;
        let end = offset as usize;
        match self.source.get(start..end) {
            Some(s) => s.chars().count() as u32 + 1,
            None => col + 1,
        }
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

    /// A `SyntaxError` located at `span`.
    pub(crate) fn error(&self, span: Span, msg: impl Into<String>) -> SyntaxError {
        let end = span.end.max(span.start);
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            lineno: self.line_of(span.start) as usize,
            offset: self.char_col(span.start) as usize,
            end_lineno: self.line_of(end) as usize,
            end_offset: self.char_col(end) as usize,
            text: Some(self.line_text(span.start)),
            incomplete: false,
        }
    }
}
