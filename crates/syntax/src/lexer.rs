//! The indentation-aware lexer: logos tokens in, parser tokens out.
//!
//! Adds NEWLINE at the end of every logical line, INDENT / DEDENT from a
//! stack of indentation columns, ignores newlines inside brackets and lines
//! holding only blanks and comments, and reports the tokenizer's errors with
//! CPython's messages. Indentation is measured twice, with tab size 8 and
//! tab size 1; when the two disagree about an indent or dedent the source
//! depends on the tab size and we raise TabError, as CPython does.
//!
//! Limits (CPython's): at most [`MAX_PAREN_DEPTH`] open brackets and
//! [`MAX_INDENT_DEPTH`] indentation levels.

use std::collections::VecDeque;

use logos::Logos;
use num_bigint::BigInt;
use num_traits::Num;

use crate::error::{RawError, SyntaxErrorKind};
use crate::token::{is_id_continue, RawError as LexFail, RawTok, StrLit, Tok};

pub const MAX_PAREN_DEPTH: usize = 200;
pub const MAX_INDENT_DEPTH: usize = 100;

pub type Spanned = (usize, Tok, usize);

pub struct Lexer<'s> {
    src: &'s str,
    inner: logos::Lexer<'s, RawTok>,
    /// Indentation columns with tab size 8 and tab size 1.
    indents: Vec<(usize, usize)>,
    pending: VecDeque<Spanned>,
    /// Open brackets: the byte and its offset.
    pub brackets: Vec<(u8, usize)>,
    at_line_start: bool,
    finished: bool,
    /// The first error the lexer met; after it the lexer yields nothing.
    pub error: Option<RawError>,
    /// First token of the current logical line and of the previous one
    /// (used to explain parse errors: "expected ':'", indented blocks).
    pub line_head: Option<(Tok, usize)>,
    pub prev_line_head: Option<(Tok, usize)>,
    /// End offset of the last token handed out.
    pub last_end: usize,
    /// The token handed out before the current one: its start, whether it
    /// can end an expression (and is a name), and its end.
    pub prev: Option<(usize, Tok, usize)>,
    last: Option<(usize, Tok, usize)>,
    /// Per bracket level, where the expression being read started (reset by
    /// `,`, `:`, `=` and keywords that begin a new expression).
    seg_starts: Vec<Option<usize>>,
    /// Start of the expression before the current token at its level.
    pub expr_start: Option<usize>,
    /// Lexing an f-string field: the end of input closes the implicit `(`.
    field_mode: bool,
    /// A MATCH token was emitted: the next INDENT opens a block of cases.
    match_pending: bool,
    /// Indentation depths (lengths of `indents`) of the open match blocks:
    /// a line at such a depth starting with `case` starts a case block.
    case_depths: Vec<usize>,
    /// Consecutive prefix-operator tokens (`-`, `+`, `~`, `not`) just read,
    /// and the longest such run: each one after the first is one more
    /// nested unary operation, one more level of CPython's parser stack.
    prefix_run: u32,
    pub longest_prefix_run: u32,
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Lexer<'s> {
        Lexer::with_offset(src, 0)
    }

    /// A lexer over `src[offset..]` reporting offsets into `src` (used for
    /// the expressions inside f-strings, which are lexed in place).
    pub fn with_offset(src: &'s str, offset: usize) -> Lexer<'s> {
        let mut inner = RawTok::lexer(src);
        inner.bump(offset);
        Lexer {
            src,
            inner,
            indents: vec![(0, 0)],
            pending: VecDeque::new(),
            brackets: Vec::new(),
            at_line_start: true,
            finished: false,
            error: None,
            line_head: None,
            prev_line_head: None,
            last_end: offset,
            prev: None,
            last: None,
            seg_starts: vec![None],
            expr_start: None,
            field_mode: false,
            match_pending: false,
            case_depths: Vec::new(),
            prefix_run: 0,
            longest_prefix_run: 0,
        }
    }

    /// A lexer for an f-string replacement field: `src[start..end]` behaves
    /// as if wrapped in parentheses (newlines are not significant and no
    /// indentation is measured).
    pub fn for_fstring_field(src: &'s str, start: usize, end: usize) -> Lexer<'s> {
        let mut lx = Lexer::with_offset(&src[..end], start);
        lx.src = src;
        lx.at_line_start = false;
        lx.brackets.push((b'(', start));
        lx.seg_starts.push(None);
        lx.field_mode = true;
        lx
    }

    fn fail(&mut self, e: RawError) -> Option<Result<Spanned, RawError>> {
        self.finished = true;
        self.error = Some(e.clone());
        Some(Err(e))
    }

    fn emit(&mut self, start: usize, tok: Tok, end: usize) -> Option<Result<Spanned, RawError>> {
        Some(Ok((start, tok, end)))
    }

    /// Indentation columns (tab size 8, tab size 1) of the physical line
    /// holding `pos`, measured from its start up to `pos`.
    fn indentation(&self, pos: usize) -> (usize, usize, usize) {
        let bytes = self.src.as_bytes();
        let mut ls = pos;
        while ls > 0 && bytes[ls - 1] != b'\n' && bytes[ls - 1] != b'\r' {
            ls -= 1;
        }
        let (mut col, mut alt) = (0, 0);
        for &b in &bytes[ls..pos] {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => {}
            }
        }
        (col, alt, ls)
    }

    /// Handles the first token of a logical line: INDENT / DEDENT or errors.
    fn indent_line(&mut self, start: usize) -> Result<(), RawError> {
        let (col, alt, ls) = self.indentation(start);
        let &(top, top_alt) = self.indents.last().expect("indent stack never empty");
        let tab_error = || {
            RawError::new("inconsistent use of tabs and spaces in indentation", ls, ls)
                .kind(SyntaxErrorKind::TabError)
                .no_caret()
        };
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT_DEPTH {
                return Err(RawError::new("too many levels of indentation", ls, ls)
                    .kind(SyntaxErrorKind::IndentationError)
                    .no_caret());
            }
            self.indents.push((col, alt));
            self.pending.push_back((ls, Tok::Indent, start));
            if self.match_pending {
                self.case_depths.push(self.indents.len());
            }
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |t| t.0) {
                self.indents.pop();
                self.pending.push_back((start, Tok::Dedent, start));
            }
            let depth = self.indents.len();
            self.case_depths.retain(|&d| d <= depth);
            let &(top, top_alt) = self.indents.last().expect("indent stack never empty");
            if col != top {
                let line_end = self.src[start..]
                    .find(['\n', '\r'])
                    .map_or(self.src.len(), |i| start + i);
                return Err(RawError::point(
                    "unindent does not match any outer indentation level",
                    line_end,
                )
                .kind(SyntaxErrorKind::IndentationError));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn next_token(&mut self) -> Option<Result<Spanned, RawError>> {
        if let Some(t) = self.pending.pop_front() {
            return Some(Ok(t));
        }
        if self.finished {
            return None;
        }
        let raw = self.inner.next();
        let span = self.inner.span();
        let (start, end) = (span.start, span.end);
        let raw = match raw {
            None => return self.at_eof(),
            Some(Ok(r)) => r,
            Some(Err(e)) => return self.raw_error(e, start, end),
        };
        match raw {
            RawTok::Comment => return self.next_token(),
            RawTok::Newline => {
                if !self.brackets.is_empty() || self.at_line_start {
                    return self.next_token();
                }
                self.at_line_start = true;
                return self.emit(start, Tok::Newline, end);
            }
            RawTok::Backslash => {
                if self.inner.remainder().is_empty() {
                    return self
                        .fail(RawError::point("unexpected EOF while parsing", end).incomplete());
                }
                return self.fail(RawError::point(
                    "unexpected character after line continuation character",
                    end,
                ));
            }
            _ => {}
        }
        let line_first = self.at_line_start && self.brackets.is_empty();
        if line_first {
            self.at_line_start = false;
            if let Err(e) = self.indent_line(start) {
                self.pending.clear();
                return self.fail(e);
            }
            self.match_pending = false;
        }
        let mut tok = match self.convert(raw, start, end) {
            Ok(t) => t,
            Err(e) => {
                self.pending.clear();
                return self.fail(e);
            }
        };
        if line_first {
            tok = self.soft_keyword(tok);
        }
        self.pending.push_back((start, tok, end));
        self.pending.pop_front().map(Ok)
    }

    /// `match` and `case` are keywords only at the start of a logical line,
    /// and only where the statement can be a match statement or a case
    /// block (PEP 634's soft keywords); everywhere else they are names.
    ///
    /// `match` starts a match statement when its logical line ends with a
    /// `:` outside brackets and the next token does not make it an ordinary
    /// expression (`match = 1`, `match.x`, `match: int`); a simple
    /// statement never ends with `:`. It does too when a name or literal
    /// follows it (`match x`), which no expression allows. `case` is a keyword on the lines at
    /// the indentation depth of an open match block, where only case blocks
    /// may appear.
    fn soft_keyword(&mut self, tok: Tok) -> Tok {
        let Tok::Name(name) = &tok else {
            return tok;
        };
        match name.as_str() {
            "match" if self.match_header_ahead() => {
                self.match_pending = true;
                Tok::Match
            }
            "case" if self.case_depths.last() == Some(&self.indents.len()) => Tok::Case,
            _ => tok,
        }
    }

    /// Scans the rest of the logical line (without consuming it): does it
    /// look like the header of a match statement?
    fn match_header_ahead(&self) -> bool {
        let mut look = self.inner.clone();
        let mut depth = 0usize;
        let mut ends_with_colon = false;
        let mut first = true;
        // Not a `for` loop: `look.slice()` is read after `next()`.
        #[allow(clippy::while_let_on_iterator)]
        while let Some(item) = look.next() {
            let Ok(t) = item else {
                return false;
            };
            match t {
                RawTok::Newline if depth == 0 => break,
                RawTok::Newline => continue,
                RawTok::LPar | RawTok::LSqb | RawTok::LBrace => depth += 1,
                RawTok::RPar | RawTok::RSqb | RawTok::RBrace => depth = depth.saturating_sub(1),
                _ => {}
            }
            if first {
                first = false;
                let plain = matches!(
                    t,
                    RawTok::Equal
                        | RawTok::Dot
                        | RawTok::Colon
                        | RawTok::Comma
                        | RawTok::Semi
                        | RawTok::RPar
                        | RawTok::RSqb
                        | RawTok::RBrace
                        | RawTok::ColonEqual
                        | RawTok::PlusEqual
                        | RawTok::MinEqual
                        | RawTok::StarEqual
                        | RawTok::SlashEqual
                        | RawTok::PercentEqual
                        | RawTok::AmperEqual
                        | RawTok::VBarEqual
                        | RawTok::CircumflexEqual
                        | RawTok::LeftShiftEqual
                        | RawTok::RightShiftEqual
                        | RawTok::DoubleStarEqual
                        | RawTok::DoubleSlashEqual
                        | RawTok::AtEqual
                );
                if plain {
                    return false;
                }
                // `match x` can only be a match statement (one missing its
                // `:` if the line does not end with one).
                let operand = match t {
                    RawTok::Name => {
                        let text = look.slice();
                        matches!(
                            Tok::keyword(text),
                            None | Some(Tok::None | Tok::True | Tok::False)
                        )
                    }
                    RawTok::DecInt
                    | RawTok::HexInt
                    | RawTok::OctInt
                    | RawTok::BinInt
                    | RawTok::Float
                    | RawTok::Imag
                    | RawTok::Str => true,
                    _ => false,
                };
                if operand {
                    return true;
                }
            }
            ends_with_colon = depth == 0 && t == RawTok::Colon;
        }
        ends_with_colon
    }

    pub fn source(&self) -> &'s str {
        self.src
    }

    fn at_eof(&mut self) -> Option<Result<Spanned, RawError>> {
        self.finished = true;
        if self.field_mode && self.brackets.len() == 1 {
            return None;
        }
        if let Some(&(b, at)) = self.brackets.last() {
            let e = RawError::point(format!("'{}' was never closed", b as char), at).incomplete();
            self.error = Some(e.clone());
            return Some(Err(e));
        }
        let end = self.src.len();
        if !self.at_line_start {
            self.pending.push_back((end, Tok::Newline, end));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.pending.push_back((end, Tok::Dedent, end));
        }
        self.pending.pop_front().map(Ok)
    }

    fn raw_error(
        &mut self,
        e: LexFail,
        start: usize,
        end: usize,
    ) -> Option<Result<Spanned, RawError>> {
        // The tokenizer's line number at `pos` (a final newline does not
        // start another line).
        let lines_to = |pos: usize| {
            let n = self.src[..pos].matches('\n').count() + 1;
            if pos == self.src.len() && self.src.ends_with('\n') {
                n - 1
            } else {
                n
            }
        };
        match e {
            LexFail::UnterminatedString => {
                let msg = format!(
                    "unterminated string literal (detected at line {})",
                    lines_to(end)
                );
                self.fail(RawError::point(msg, start))
            }
            LexFail::UnterminatedTriple => {
                let msg = format!(
                    "unterminated triple-quoted string literal (detected at line {})",
                    lines_to(end)
                );
                self.fail(RawError::point(msg, start).incomplete())
            }
            LexFail::BadChar => {
                let c = self.src[start..].chars().next().unwrap_or('\0');
                if c.is_ascii() && !c.is_ascii_control() {
                    return self.fail(RawError::new("invalid syntax", start, start + 1));
                }
                let msg = if c.is_control() || c.is_whitespace() || c == '\u{feff}' {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                } else {
                    format!("invalid character '{}' (U+{:04X})", c, c as u32)
                };
                self.fail(RawError::new(msg, start, start + c.len_utf8().max(1)))
            }
        }
    }

    fn convert(&mut self, raw: RawTok, start: usize, end: usize) -> Result<Tok, RawError> {
        let text = &self.src[start..end];
        Ok(match raw {
            RawTok::Name => Tok::keyword(text).unwrap_or_else(|| Tok::Name(text.to_string())),
            RawTok::DecInt => {
                self.check_number_end(end, "decimal")?;
                Tok::Int(parse_int(text, 10))
            }
            RawTok::HexInt => {
                self.check_number_end(end, "hexadecimal")?;
                Tok::Int(parse_int(&text[2..], 16))
            }
            RawTok::OctInt => {
                self.check_number_end(end, "octal")?;
                Tok::Int(parse_int(&text[2..], 8))
            }
            RawTok::BinInt => {
                self.check_number_end(end, "binary")?;
                Tok::Int(parse_int(&text[2..], 2))
            }
            RawTok::LeadingZeroInt => {
                self.check_number_end(end, "decimal")?;
                return Err(RawError::new(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    start,
                    start + 1,
                ));
            }
            RawTok::Float => {
                self.check_number_end(end, "decimal")?;
                Tok::Float(parse_float(text))
            }
            RawTok::Imag => {
                self.check_number_end(end, "imaginary")?;
                Tok::Imag(parse_float(&text[..text.len() - 1]))
            }
            RawTok::Str => Tok::Str(Box::new(str_lit(self.src, start, end))),
            RawTok::LPar | RawTok::LSqb | RawTok::LBrace => {
                if self.brackets.len() >= MAX_PAREN_DEPTH {
                    return Err(RawError::point("too many nested parentheses", start));
                }
                self.brackets.push((text.as_bytes()[0], start));
                Tok::Op(raw)
            }
            RawTok::RPar | RawTok::RSqb | RawTok::RBrace => {
                let close = text.as_bytes()[0];
                let Some((open, at)) = self.brackets.pop() else {
                    return Err(RawError::point(
                        format!("unmatched '{}'", close as char),
                        start,
                    ));
                };
                let expected = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if close != expected {
                    let open_line = self.src[..at].matches('\n').count();
                    let close_line = self.src[..start].matches('\n').count();
                    let msg = if open_line == close_line {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            close as char, open as char
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            close as char,
                            open as char,
                            open_line + 1
                        )
                    };
                    return Err(RawError::point(msg, start));
                }
                Tok::Op(raw)
            }
            _ => Tok::Op(raw),
        })
    }

    /// CPython's `verify_end_of_number`: a number may not run into an
    /// identifier (`1abc`), except into the keywords that can follow one.
    fn check_number_end(&self, end: usize, kind: &str) -> Result<(), RawError> {
        let rest = &self.src[end..];
        let Some(c) = rest.chars().next() else {
            return Ok(());
        };
        if !is_id_continue(c) {
            return Ok(());
        }
        for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
            if let Some(after) = rest.strip_prefix(kw) {
                if !after.chars().next().is_some_and(is_id_continue) {
                    return Ok(());
                }
            }
        }
        // CPython stops on the last character it took as part of the
        // number: a trailing `_`, or else the last digit.
        let at = if c == '_' { end } else { end - 1 };
        Err(RawError::point(format!("invalid {kind} literal"), at))
    }

    /// Lexes the rest of the input, returning the first hard tokenizer
    /// error (CPython checks the whole source after a parse error).
    pub fn drain_for_errors(&mut self) -> Option<RawError> {
        for item in self.by_ref() {
            if let Err(e) = item {
                return Some(e);
            }
        }
        None
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, RawError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.next_token();
        if let Some(Ok((start, tok, end))) = &item {
            self.last_end = *end;
            match tok {
                Tok::Newline => self.prev_line_head = self.line_head.take(),
                Tok::Indent | Tok::Dedent => {}
                _ if self.line_head.is_none() => self.line_head = Some((tok.clone(), *start)),
                _ => {}
            }
            self.track_segments(*start, tok);
            let prefix = matches!(
                tok,
                Tok::Not | Tok::Op(RawTok::Minus | RawTok::Plus | RawTok::Tilde)
            );
            self.prefix_run = if prefix { self.prefix_run + 1 } else { 0 };
            self.longest_prefix_run = self.longest_prefix_run.max(self.prefix_run);
            self.prev = self.last.take();
            self.last = Some((*start, light(tok), *end));
        }
        item
    }
}

/// A cheap stand-in for a token kept only for error messages (names and
/// literals lose their payloads).
fn light(tok: &Tok) -> Tok {
    match tok {
        Tok::Name(_) => Tok::Name(String::new()),
        Tok::Int(_) => Tok::Int(BigInt::default()),
        Tok::Str(_) => Tok::Float(0.0),
        t => t.clone(),
    }
}

impl Lexer<'_> {
    fn track_segments(&mut self, start: usize, tok: &Tok) {
        self.expr_start = self.seg_starts.last().copied().flatten();
        let cur = self.seg_starts.last_mut().expect("never empty");
        match tok {
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => {
                if cur.is_none() {
                    *cur = Some(start);
                }
                self.seg_starts.push(None);
            }
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => {
                if self.seg_starts.len() > 1 {
                    self.seg_starts.pop();
                }
            }
            Tok::Op(
                RawTok::Comma
                | RawTok::Colon
                | RawTok::Equal
                | RawTok::ColonEqual
                | RawTok::Semi
                | RawTok::RArrow,
            )
            | Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::For
            | Tok::In
            | Tok::Else
            | Tok::Elif
            | Tok::While
            | Tok::Return
            | Tok::Yield
            | Tok::Lambda
            | Tok::Assert
            | Tok::Del
            | Tok::Raise
            | Tok::From
            | Tok::Import
            | Tok::As
            | Tok::With => *cur = None,
            _ => {
                if cur.is_none() {
                    *cur = Some(start);
                }
            }
        }
    }
}

fn parse_int(digits: &str, radix: u32) -> BigInt {
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    BigInt::from_str_radix(&clean, radix).unwrap_or_default()
}

fn parse_float(text: &str) -> f64 {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    clean.parse().unwrap_or(f64::INFINITY)
}

fn str_lit(src: &str, start: usize, end: usize) -> StrLit {
    let text = &src[start..end];
    let qpos = text.find(['\'', '"']).unwrap_or(0);
    let prefix = &text[..qpos];
    let quote = text.as_bytes()[qpos];
    let b = text.as_bytes();
    let triple = b.len() >= qpos + 6 && b[qpos + 1] == quote && b[qpos + 2] == quote;
    let ql = if triple { 3 } else { 1 };
    let has = |c: char| prefix.chars().any(|p| p.eq_ignore_ascii_case(&c));
    StrLit {
        start: start as u32,
        end: end as u32,
        body_start: (start + qpos + ql) as u32,
        body_end: (end - ql) as u32,
        raw: has('r'),
        bytes: has('b'),
        fstring: has('f'),
        quote,
        triple,
    }
}
