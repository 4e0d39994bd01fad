//! `SyntaxError`, `IndentationError` and `TabError`, with CPython 3.11's
//! fields and rendering.

use std::fmt;

use crate::lines::LineIndex;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not a syntax error: CPython's compiler raises RecursionError for an
    /// expression nested too deeply ("maximum recursion depth exceeded
    /// during compilation") ...
    RecursionError,
    /// ... and its parser a bare MemoryError when its own stack overflows
    /// (about 6000 levels, e.g. that many unary minus signs in a row).
    MemoryError,
}

impl SyntaxErrorKind {
    /// The Python exception class name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
            SyntaxErrorKind::MemoryError => "MemoryError",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// e.g. "invalid syntax", "expected ':'", "'(' was never closed".
    pub msg: String,
    /// 1-based.
    pub lineno: usize,
    /// 1-based column in characters (CPython's `SyntaxError.offset`);
    /// 0 means "no column" (no caret is drawn).
    pub offset: usize,
    pub end_lineno: usize,
    pub end_offset: usize,
    /// The offending source line (with its newline, as CPython keeps it).
    pub text: Option<String>,
    /// True when the input merely ended too early (unclosed bracket or
    /// triple-quoted string, a block header with no body yet, a trailing
    /// backslash): the REPL keeps reading lines.
    pub incomplete: bool,
}

impl SyntaxError {
    /// CPython's rendering for a script (`print_error_text` in
    /// `Python/pythonrun.c`): the line with leading whitespace stripped and a
    /// caret run under `offset..end_offset`. Ends with '\n'.
    pub fn render(&self, filename: &str) -> String {
        // CPython prints these without a location or traceback.
        match self.kind {
            SyntaxErrorKind::RecursionError => return format!("RecursionError: {}\n", self.msg),
            SyntaxErrorKind::MemoryError => return "MemoryError\n".to_string(),
            _ => {}
        }
        let mut out = format!("  File \"{}\", line {}\n", filename, self.lineno);
        if let Some(text) = &self.text {
            let line_size = text.chars().count() as isize;
            let mut end_offset = self.end_offset as isize;
            if self.end_lineno > self.lineno {
                end_offset = line_size;
            }
            if end_offset > line_size + 1 {
                end_offset = line_size + 1;
            }
            let mut offset = self.offset as isize;
            let carets = if end_offset > 0 && end_offset > offset {
                (end_offset - offset) as usize
            } else {
                1
            };
            offset -= 1;
            let mut t: &str = text;
            while let Some(c) = t
                .chars()
                .next()
                .filter(|c| matches!(c, ' ' | '\t' | '\x0c'))
            {
                t = &t[c.len_utf8()..];
                offset -= 1;
            }
            let len = t.strip_suffix('\n').unwrap_or(t).chars().count() as isize;
            if offset > len {
                offset = len;
            }
            out.push_str("    ");
            out.push_str(t);
            if !t.ends_with('\n') {
                out.push('\n');
            }
            if offset >= 0 {
                out.push_str("    ");
                out.extend(std::iter::repeat_n(' ', offset as usize));
                out.extend(std::iter::repeat_n('^', carets));
                out.push('\n');
            }
        }
        out.push_str(self.kind.name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

impl std::error::Error for SyntaxError {}

/// An error located by byte offsets, before line/column conversion.
#[derive(Clone, Debug, PartialEq)]
pub struct RawError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub start: usize,
    pub end: usize,
    pub incomplete: bool,
    /// How to compute CPython's column fields.
    pub pos: Pos,
    /// Set for errors inside an f-string replacement field: the byte range
    /// of the field's expression. CPython 3.11 reports such errors against
    /// the text `(expression)`.
    pub fstring_field: Option<(usize, usize)>,
}

/// How an error's offset fields are derived from its byte range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pos {
    /// offset/end_offset are the columns of `start` and `end`.
    Range,
    /// offset is `start`'s column; no end (a single caret).
    Point,
    /// No caret at all (CPython's offset points into the indentation).
    NoCaret,
}

impl RawError {
    pub fn new(msg: impl Into<String>, start: usize, end: usize) -> RawError {
        RawError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            start,
            end,
            incomplete: false,
            pos: Pos::Range,
            fstring_field: None,
        }
    }

    pub fn point(msg: impl Into<String>, at: usize) -> RawError {
        RawError {
            pos: Pos::Point,
            ..RawError::new(msg, at, at)
        }
    }

    pub fn kind(mut self, kind: SyntaxErrorKind) -> RawError {
        self.kind = kind;
        self
    }

    pub fn incomplete(mut self) -> RawError {
        self.incomplete = true;
        self
    }

    pub fn no_caret(mut self) -> RawError {
        self.pos = Pos::NoCaret;
        self
    }

    pub fn into_syntax_error(self, src: &str, lines: &LineIndex) -> SyntaxError {
        if let Some((fs, fe)) = self.fstring_field {
            let expr = &src[fs..fe];
            let (line, _) = lines.line_col(self.start.min(src.len()) as u32);
            let col = |p: usize| src[fs..p.clamp(fs, fe)].chars().count() + 2;
            let (offset, end_offset) = match self.pos {
                Pos::Range if self.end > self.start => (col(self.start), col(self.end)),
                Pos::NoCaret => (0, 0),
                _ => (col(self.start), col(self.start)),
            };
            return SyntaxError {
                kind: self.kind,
                msg: self.msg,
                lineno: line as usize,
                offset,
                end_lineno: line as usize,
                end_offset,
                text: Some(format!("({expr})\n")),
                incomplete: false,
            };
        }
        let start = self.start.min(src.len());
        let end = self.end.clamp(start, src.len());
        let (line, _) = lines.line_col(start as u32);
        let (end_line, _) = lines.line_col(end as u32);
        let text = lines.line_text(src, line);
        let col = lines.char_col(src, start);
        let end_col = lines.char_col(src, end);
        let (offset, end_offset) = match self.pos {
            Pos::Range if end > start => (col + 1, end_col + 1),
            Pos::Range | Pos::Point => (col + 1, col + 1),
            Pos::NoCaret => (0, 0),
        };
        SyntaxError {
            kind: self.kind,
            msg: self.msg,
            lineno: line as usize,
            offset,
            end_lineno: end_line as usize,
            end_offset,
            text: Some(text.to_string()),
            incomplete: self.incomplete,
        }
    }
}
