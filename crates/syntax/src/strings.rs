//! String literals: escapes, adjacent-literal concatenation, f-strings.
//!
//! The lexer only finds where a literal ends; here its body is decoded.
//! An f-string's replacement fields are parsed in place (their spans point
//! into the real source) by the parser's `FieldExpr` entry point; like
//! CPython 3.11 a field may not contain the enclosing quote, a backslash or
//! `#`, and every part of the resulting `JoinedStr` spans the whole literal.

use crate::ast::{Constant, Expr, ExprKind, Span};
use crate::builder::Node;
use crate::error::RawError;
use crate::token::StrLit;

/// Builds one expression from adjacent string literals.
pub fn concat(src: &str, lits: Vec<StrLit>) -> Result<Node, RawError> {
    let first = lits.first().expect("at least one literal");
    let last = lits.last().expect("at least one literal");
    let span = Span::new(first.start as usize, last.end as usize);
    let is_bytes = first.bytes;
    if lits.iter().any(|l| l.bytes != is_bytes) {
        return Err(RawError::point(
            "cannot mix bytes and nonbytes literals",
            last.end as usize,
        ));
    }
    if is_bytes {
        let mut out = Vec::new();
        for l in &lits {
            decode_bytes(src, l, &mut out)?;
        }
        return Ok(Node::leaf(Expr {
            kind: ExprKind::Constant(Constant::Bytes(out)),
            span,
        }));
    }
    let is_f = lits.iter().any(|l| l.fstring);
    if !is_f {
        let mut out = String::new();
        for l in &lits {
            decode_str(src, l, &mut out)?;
        }
        return Ok(Node::leaf(Expr {
            kind: ExprKind::Constant(Constant::Str(out)),
            span,
        }));
    }
    let mut parts = Parts {
        span,
        values: Vec::new(),
        text: String::new(),
        depth: 1,
    };
    for l in &lits {
        if l.fstring {
            FString { src, lit: l, span }.parse_body(
                &mut parts,
                l.body_start as usize,
                l.body_end as usize,
                0,
            )?;
        } else {
            decode_str(src, l, &mut parts.text)?;
        }
    }
    parts.flush();
    let depth = parts.depth + 1;
    Ok(Node::with_depth(
        Expr {
            kind: ExprKind::JoinedStr(parts.values),
            span,
        },
        depth,
    ))
}

/// The parts of a `JoinedStr` under construction.
struct Parts {
    span: Span,
    values: Vec<Expr>,
    /// Literal text not yet pushed as a constant.
    text: String,
    /// Depth of the deepest part.
    depth: u32,
}

impl Parts {
    fn flush(&mut self) {
        if !self.text.is_empty() {
            let s = std::mem::take(&mut self.text);
            self.values.push(Expr {
                kind: ExprKind::Constant(Constant::Str(s)),
                span: self.span,
            });
        }
    }
}

struct FString<'a> {
    src: &'a str,
    lit: &'a StrLit,
    span: Span,
}

impl FString<'_> {
    fn err(&self, msg: &str) -> RawError {
        RawError::point(msg, self.lit.end as usize)
    }

    /// Parses literal text and `{fields}` in `src[start..end]`. `spec_level`
    /// is 0 for the body and 1 inside a format spec (where `{{` is not an
    /// escape, as in CPython 3.11).
    fn parse_body(
        &self,
        parts: &mut Parts,
        start: usize,
        end: usize,
        spec_level: u32,
    ) -> Result<(), RawError> {
        let body = &self.src[start..end];
        let b = body.as_bytes();
        let mut i = 0;
        let mut lit_start = 0;
        while i < b.len() {
            match b[i] {
                b'{' => {
                    if spec_level == 0 && b.get(i + 1) == Some(&b'{') {
                        self.decode_piece(&body[lit_start..i + 1], parts)?;
                        i += 2;
                        lit_start = i;
                        continue;
                    }
                    self.decode_piece(&body[lit_start..i], parts)?;
                    if spec_level >= 2 {
                        return Err(self.err("f-string: expressions nested too deeply"));
                    }
                    let close = self.field(parts, start + i + 1, end, spec_level)?;
                    i = close + 1 - start;
                    lit_start = i;
                }
                b'}' => {
                    if spec_level == 0 && b.get(i + 1) == Some(&b'}') {
                        self.decode_piece(&body[lit_start..i + 1], parts)?;
                        i += 2;
                        lit_start = i;
                        continue;
                    }
                    return Err(self.err("f-string: single '}' is not allowed"));
                }
                // `\N{NAME}`: the braces are the escape's, not a field.
                b'\\' if !self.lit.raw && body[i + 1..].starts_with("N{") => {
                    i = match body[i..].find('}') {
                        Some(k) => i + k + 1,
                        None => b.len(),
                    };
                }
                b'\\' if !self.lit.raw => i += 2,
                _ => i += 1,
            }
        }
        self.decode_piece(&body[lit_start.min(b.len())..], parts)
    }

    fn decode_piece(&self, piece: &str, parts: &mut Parts) -> Result<(), RawError> {
        if piece.is_empty() {
            return Ok(());
        }
        if self.lit.raw {
            push_normalized(&mut parts.text, piece);
            Ok(())
        } else {
            unescape_str(piece, &mut parts.text).map_err(|m| self.err(&m))
        }
    }

    /// Parses one replacement field whose expression starts at `start`;
    /// returns the offset of its closing `}`.
    fn field(
        &self,
        parts: &mut Parts,
        start: usize,
        end: usize,
        spec_level: u32,
    ) -> Result<usize, RawError> {
        let b = self.src.as_bytes();
        let quote = self.lit.quote;
        // Find the end of the expression: `!`, `:`, `=` or `}` at depth 0.
        let mut i = start;
        let mut depth = 0usize;
        let mut in_str: Option<(u8, bool)> = None;
        let mut self_doc = None;
        while i < end {
            let c = b[i];
            if let Some((q, triple)) = in_str {
                if c == b'\\' {
                    return Err(self.err("f-string expression part cannot include a backslash"));
                }
                if c == q {
                    if !triple {
                        in_str = None;
                    } else if i + 2 < end && b[i + 1] == q && b[i + 2] == q {
                        in_str = None;
                        i += 2;
                    }
                }
                i += 1;
                continue;
            }
            match c {
                b'\\' => {
                    return Err(self.err("f-string expression part cannot include a backslash"))
                }
                b'#' => return Err(self.err("f-string expression part cannot include '#'")),
                b'\'' | b'"' => {
                    if c == quote {
                        break;
                    }
                    let triple = i + 2 < end && b[i + 1] == c && b[i + 2] == c;
                    in_str = Some((c, triple));
                    if triple {
                        i += 2;
                    }
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' => depth = depth.saturating_sub(1),
                b'}' if depth > 0 => depth -= 1,
                b'}' => break,
                b'!' if depth == 0 && b.get(i + 1) != Some(&b'=') => break,
                b':' if depth == 0 => break,
                b'=' if depth == 0 => {
                    let next = b.get(i + 1).copied();
                    let prev = if i > start { b[i - 1] } else { b' ' };
                    if next == Some(b'=') {
                        i += 2;
                        continue;
                    }
                    if !matches!(prev, b'=' | b'!' | b'<' | b'>') {
                        self_doc = Some(i);
                        break;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if i >= end || in_str.is_some() {
            return Err(self.err("f-string: expecting '}'"));
        }
        let expr_end = self_doc.unwrap_or(i);
        if self.src[start..expr_end].trim().is_empty() {
            return Err(self.err("f-string: empty expression not allowed"));
        }
        let value = crate::parse::parse_field(self.src, start, expr_end)?;
        if let Some(eq) = self_doc {
            i = eq + 1;
            while i < end && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                i += 1;
            }
            parts.text.push_str(&self.src[start..i]);
        }
        parts.depth = parts.depth.max(value.depth + 1);
        let mut conversion = None;
        if i < end && b[i] == b'!' {
            let c = self.src[i + 1..end].chars().next();
            match c {
                Some(c @ ('s' | 'r' | 'a')) => conversion = Some(c),
                _ => {
                    return Err(self
                        .err("f-string: invalid conversion character: expected 's', 'r', or 'a'"))
                }
            }
            i += 2;
            if i >= end || !matches!(b[i], b':' | b'}') {
                return Err(self.err("f-string: expecting '}'"));
            }
        }
        let mut format_spec = None;
        if i < end && b[i] == b':' {
            // The spec runs to the matching `}`.
            let spec_start = i + 1;
            let mut j = spec_start;
            let mut d = 0usize;
            while j < end {
                match b[j] {
                    b'{' => d += 1,
                    b'}' if d == 0 => break,
                    b'}' => d -= 1,
                    _ => {}
                }
                j += 1;
            }
            if j >= end {
                return Err(self.err("f-string: expecting '}'"));
            }
            let mut spec = Parts {
                span: self.span,
                values: Vec::new(),
                text: String::new(),
                depth: 1,
            };
            self.parse_body(&mut spec, spec_start, j, spec_level + 1)?;
            spec.flush();
            parts.depth = parts.depth.max(spec.depth + 2);
            format_spec = Some(Box::new(Expr {
                kind: ExprKind::JoinedStr(spec.values),
                span: self.span,
            }));
            i = j;
        }
        if i >= end || b[i] != b'}' {
            return Err(self.err("f-string: expecting '}'"));
        }
        if self_doc.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        parts.flush();
        parts.values.push(Expr {
            kind: ExprKind::FormattedValue {
                value: Box::new(value.expr),
                conversion,
                format_spec,
            },
            span: self.span,
        });
        Ok(i)
    }
}

/// Appends `s` with `\r\n` and `\r` turned into `\n`.
fn push_normalized(out: &mut String, s: &str) {
    if !s.contains('\r') {
        out.push_str(s);
        return;
    }
    out.push_str(&s.replace("\r\n", "\n").replace('\r', "\n"));
}

fn decode_str(src: &str, lit: &StrLit, out: &mut String) -> Result<(), RawError> {
    let body = &src[lit.body_start as usize..lit.body_end as usize];
    if lit.raw {
        push_normalized(out, body);
        return Ok(());
    }
    unescape_str(body, out).map_err(|m| RawError::point(m, lit.end as usize))
}

fn unicode_err(pos: usize, end: usize, what: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}-{end}: {what}"
    )
}

/// Decodes the escapes of a non-raw str body (positions in messages are
/// byte positions in the body, as CPython's codec reports them).
fn unescape_str(body: &str, out: &mut String) -> Result<(), String> {
    if !body.contains(['\\', '\r']) {
        out.push_str(body);
        return Ok(());
    }
    let mut chars = body.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        if c == '\r' {
            if chars.peek().map(|&(_, c)| c) == Some('\n') {
                chars.next();
            }
            out.push('\n');
            continue;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|&(_, c)| c) == Some('\n') {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (n, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                let mut got = 0;
                while got < n {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v * 16 + d.to_digit(16).unwrap_or(0);
                            chars.next();
                            got += 1;
                        }
                        _ => break,
                    }
                }
                let end = chars.peek().map_or(body.len(), |&(i, _)| i) - 1;
                if got < n {
                    return Err(unicode_err(pos, end, what));
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    // CPython accepts a lone surrogate; arenapy's str is
                    // UTF-8 and cannot hold one, so it is an error here.
                    None if (0xd800..0xe000).contains(&v) => {
                        return Err(unicode_err(
                            pos,
                            end,
                            "lone surrogate (arenapy's str cannot hold surrogates)",
                        ))
                    }
                    None => return Err(unicode_err(pos, end, "illegal Unicode character")),
                }
            }
            'N' => {
                if chars.peek().map(|&(_, c)| c) != Some('{') {
                    return Err(unicode_err(pos, pos + 1, "malformed \\N character escape"));
                }
                let Some(close) = body[pos..].find('}').map(|i| pos + i) else {
                    return Err(unicode_err(
                        pos,
                        body.len() - 1,
                        "malformed \\N character escape",
                    ));
                };
                if close == pos + 3 {
                    return Err(unicode_err(pos, pos + 2, "malformed \\N character escape"));
                }
                let name = &body[pos + 3..close];
                // CPython's names (and aliases), looked up without regard to
                // case; names of code points this table has from a newer
                // Unicode than CPython 3.11's 14.0 are accepted too.
                let found = if name.is_empty() || name.len() > 256 {
                    None
                } else {
                    unicode_names2::character(name)
                };
                match found {
                    Some(ch) => out.push(ch),
                    None => return Err(unicode_err(pos, close, "unknown Unicode character name")),
                }
                while chars.next_if(|&(i, _)| i <= close).is_some() {}
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(())
}

fn decode_bytes(src: &str, lit: &StrLit, out: &mut Vec<u8>) -> Result<(), RawError> {
    let body = &src[lit.body_start as usize..lit.body_end as usize];
    if !body.is_ascii() {
        return Err(RawError::new(
            "bytes can only contain ASCII literal characters",
            lit.start as usize,
            lit.end as usize,
        ));
    }
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || lit.raw {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = b.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hex = b
                    .get(i..i + 2)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit));
                let Some(h) = hex else {
                    return Err(RawError::point(
                        format!("(value error) invalid \\x escape at position {}", i - 2),
                        lit.end as usize,
                    ));
                };
                let v = u8::from_str_radix(std::str::from_utf8(h).unwrap_or("0"), 16).unwrap_or(0);
                out.push(v);
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(())
}
