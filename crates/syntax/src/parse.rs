//! Drives the generated parser and turns its failures into CPython's
//! messages.
//!
//! CPython 3.11 reports a generic "invalid syntax" at the token where the
//! parser got stuck, unless a more specific rule applies ("expected ':'",
//! "expected an indented block after ...", "Perhaps you forgot a comma?",
//! "Missing parentheses in call to 'print'", "multiple exception types must
//! be parenthesized"), and then tokenizes the rest of
//! the file: a tokenizer error further on (an unterminated string, an
//! unmatched bracket, bad indentation) wins over the parser's message. We do
//! the same.

use lalrpop_util::{lalrpop_mod, ParseError};

use crate::ast::Module;
use crate::builder::Node;
use crate::error::{RawError, SyntaxError, SyntaxErrorKind};
use crate::lexer::Lexer;
use crate::lines::LineIndex;
use crate::token::{RawTok, Tok};

lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused, unused_qualifications)]
    python
);

/// CPython's parser gives up with a bare MemoryError when its stack passes
/// 6000 levels; a run of prefix operators (`- - - ... 1`, `not not ...`)
/// costs one level each, so from about this many in a row the error is a
/// MemoryError rather than the compiler's RecursionError (measured on
/// CPython 3.11: 5500 minus signs give RecursionError, 6000 MemoryError).
const PARSER_STACK_PREFIX_RUN: u32 = 5985;

pub fn module(src: &str) -> Result<Module, SyntaxError> {
    let mut lexer = Lexer::new(src);
    let result = python::ModuleParser::new().parse(src, &mut lexer);
    match result {
        Ok(body) => Ok(Module { body }),
        Err(e) => {
            let mut raw = explain(src, e, &mut lexer);
            if raw.kind == SyntaxErrorKind::RecursionError
                && lexer.longest_prefix_run > PARSER_STACK_PREFIX_RUN
            {
                raw.kind = SyntaxErrorKind::MemoryError;
                raw.msg.clear();
            }
            let lines = LineIndex::new(src);
            Err(raw.into_syntax_error(src, &lines))
        }
    }
}

/// Parses the expression of an f-string field `src[start..end]` in place.
pub fn parse_field(src: &str, start: usize, end: usize) -> Result<Node, RawError> {
    let mut lexer = Lexer::for_fstring_field(src, start, end);
    let result = python::FieldParser::new().parse(src, &mut lexer);
    result.map_err(|e| {
        let mut raw = match e {
            // The field ends where CPython's implicit `)` is.
            ParseError::UnrecognizedEof { .. } => RawError::point("invalid syntax", end),
            e => explain(src, e, &mut lexer),
        };
        if raw.fstring_field.is_none() {
            raw.msg = format!("f-string: {}", raw.msg);
            raw.fstring_field = Some((start, end));
        }
        raw
    })
}

type PErr = ParseError<usize, Tok, RawError>;

/// Maps a parser failure to CPython's error.
fn explain(src: &str, e: PErr, lexer: &mut Lexer) -> RawError {
    let (err, check_rest) = match e {
        ParseError::User { error } => {
            let from_lexer = lexer.error.as_ref() == Some(&error);
            (error, !from_lexer)
        }
        ParseError::UnrecognizedToken { token, expected } => {
            unexpected(src, token, &expected, lexer)
        }
        ParseError::UnrecognizedEof { location, expected } => {
            (eof(location, &expected, lexer), false)
        }
        ParseError::ExtraToken { token: (s, _, e) } => {
            (RawError::new("invalid syntax", s, e), true)
        }
        ParseError::InvalidToken { location } => {
            (RawError::point("invalid syntax", location), true)
        }
    };
    if check_rest {
        if let Some(later) = lexer.drain_for_errors() {
            // An unclosed bracket at the end does not override.
            if !later.msg.ends_with("was never closed") {
                return later;
            }
        }
    }
    err
}

fn expects(expected: &[String], what: &str) -> bool {
    expected.iter().any(|e| e == what)
}

/// Describes the block a header keyword opens, as CPython words it.
fn block_name(tok: &Tok) -> Option<&'static str> {
    Some(match tok {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        Tok::Match => "'match' statement",
        Tok::Case => "'case' statement",
        _ => return None,
    })
}

fn indented_block_error(lexer: &Lexer, src: &str, at: usize, end: usize) -> RawError {
    let (what, line) = match &lexer.prev_line_head {
        Some((tok, pos)) => (
            block_name(tok).unwrap_or("statement"),
            src[..*pos].matches('\n').count() + 1,
        ),
        None => ("statement", 1),
    };
    RawError::new(
        format!("expected an indented block after {what} on line {line}"),
        at,
        end,
    )
    .kind(SyntaxErrorKind::IndentationError)
}

fn unexpected(
    src: &str,
    (start, tok, end): (usize, Tok, usize),
    expected: &[String],
    lexer: &mut Lexer,
) -> (RawError, bool) {
    if matches!(tok, Tok::Indent) {
        let e = RawError::new("unexpected indent", start, start)
            .kind(SyntaxErrorKind::IndentationError)
            .no_caret();
        return (e, false);
    }
    if expects(expected, "INDENT") {
        // CPython reading a file marks just the first character.
        let mut e = indented_block_error(lexer, src, start, start);
        e.pos = crate::error::Pos::Point;
        return (e, true);
    }
    if matches!(tok, Tok::Newline) {
        if matches!(lexer.prev_line_head, Some((Tok::From, _)))
            && matches!(lexer.prev, Some((_, Tok::Op(RawTok::Comma), _)))
        {
            let msg = "trailing comma not allowed without surrounding parentheses";
            return (RawError::point(msg, start), true);
        }
        if let Some(e) = specific(src, &tok, start, expected, lexer) {
            return (e, true);
        }
        let head_is_block = lexer
            .prev_line_head
            .as_ref()
            .is_some_and(|(t, _)| block_name(t).is_some());
        if head_is_block && expects(expected, "\":\"") {
            return (RawError::point("expected ':'", start), true);
        }
        return (RawError::point("invalid syntax", start), true);
    }
    if let Some(e) = specific(src, &tok, start, expected, lexer) {
        return (e, true);
    }
    if let Some(e) = legacy_print(src, &tok, start, lexer) {
        return (e, true);
    }
    if let Some(e) = forgot_comma(&tok, start, end, lexer) {
        return (e, true);
    }
    if matches!(tok, Tok::Dedent) {
        return (RawError::point("invalid syntax", start), true);
    }
    (RawError::new("invalid syntax", start, end), true)
}

/// Messages of CPython's `invalid_*` rules that depend on what the parser
/// expected at the failing token.
fn specific(
    src: &str,
    tok: &Tok,
    start: usize,
    expected: &[String],
    lexer: &Lexer,
) -> Option<RawError> {
    let prev = lexer.prev.as_ref();
    if expects(expected, "\"else\"") && !matches!(tok, Tok::Op(RawTok::Colon)) {
        let from = lexer.expr_start.unwrap_or(start);
        let to = prev.map_or(start, |p| p.2);
        return Some(RawError::new(
            "expected 'else' after 'if' expression",
            from,
            to,
        ));
    }
    if expects(expected, "\"except\"") && expects(expected, "\"finally\"") {
        return Some(RawError::point(
            "expected 'except' or 'finally' block",
            start,
        ));
    }
    let head = lexer.prev_line_head.as_ref().or(lexer.line_head.as_ref());
    let on_except = |h: Option<&(Tok, usize)>| matches!(h, Some((Tok::Except, _)));
    if matches!(prev, Some((_, Tok::Op(RawTok::Star), _)))
        && matches!(tok, Tok::Op(RawTok::Colon) | Tok::Newline)
        && (on_except(lexer.line_head.as_ref()) || on_except(lexer.prev_line_head.as_ref()))
    {
        // `except*:` (CPython's `invalid_except_stmt`).
        return Some(RawError::point(
            "expected one or more exception types",
            start,
        ));
    }
    if let (Tok::Op(RawTok::Comma), true, Some((Tok::Except, at))) =
        (tok, lexer.brackets.is_empty(), lexer.line_head.as_ref())
    {
        if let Some(e) = unparenthesized_except_types(src, *at, start) {
            return Some(e);
        }
    }
    if expected.len() == 1 && expected[0] == "\"(\"" && matches!(head, Some((Tok::Def, _))) {
        return Some(RawError::point("expected '('", start));
    }
    if let Some((ps, Tok::Op(RawTok::Colon), _)) = prev {
        let in_braces = matches!(lexer.brackets.last(), Some((b'{', _)));
        let closes = matches!(tok, Tok::Op(RawTok::RBrace));
        if closes || (in_braces && matches!(tok, Tok::Op(RawTok::Comma))) {
            let msg = "expression expected after dictionary key and ':'";
            return Some(RawError::point(msg, *ps));
        }
    }
    None
}

/// `except A, B:` (CPython's `invalid_except_stmt`): the error spans the
/// types (and an `as` name) up to the clause's colon; `except_at` is where
/// `except` starts, `comma` where the parser stopped.
fn unparenthesized_except_types(src: &str, except_at: usize, comma: usize) -> Option<RawError> {
    let rest = src.get(except_at..)?.strip_prefix("except")?;
    let skip = |t: &str| t.len() - t.trim_start_matches([' ', '\t']).len();
    let mut first = except_at + 6 + skip(rest);
    if src.get(first..)?.starts_with('*') {
        first += 1 + skip(src.get(first + 1..)?);
    }
    // The colon ending the clause, outside brackets, on this line.
    let mut depth = 0i32;
    let mut colon = None;
    for (i, c) in src.get(comma..)?.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ':' if depth == 0 => {
                colon = Some(comma + i);
                break;
            }
            '\n' | '#' | '"' | '\'' => return None,
            _ => {}
        }
    }
    // CPython's error ends where the colon starts.
    Some(RawError::new(
        "multiple exception types must be parenthesized",
        first,
        colon?,
    ))
}

/// `print "x"`: CPython's `invalid_legacy_expression` ("Missing parentheses
/// in call to 'print'"): the name `print` or `exec` directly followed by an
/// expression, wherever an expression may stand (`x = print 1`,
/// `if x: print 1`, `f(print 1)`); the error spans the name and the
/// expressions after it.
fn legacy_print(src: &str, tok: &Tok, start: usize, lexer: &mut Lexer) -> Option<RawError> {
    let (hpos, Tok::Name(_), hend) = lexer.prev.clone()? else {
        return None;
    };
    let head = src.get(hpos..hend)?;
    if head != "print" && head != "exec" {
        return None;
    }
    if hend > start || !tok.starts_expr() || matches!(tok, Tok::Op(RawTok::LPar)) {
        return None;
    }
    let mut end = lexer.last_end;
    let mut depth = 0usize;
    if matches!(tok, Tok::Op(RawTok::LSqb | RawTok::LBrace)) {
        depth = 1;
    }
    for item in lexer.by_ref() {
        let Ok((_, t, e)) = item else { break };
        match t {
            Tok::Newline => break,
            Tok::Op(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
            Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
                end = e;
            }
            Tok::Op(RawTok::Semi) if depth == 0 => break,
            Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => end = e,
            Tok::True | Tok::False | Tok::None => end = e,
            _ => {}
        }
    }
    Some(RawError::new(
        format!("Missing parentheses in call to '{head}'. Did you mean {head}(...)?"),
        hpos,
        end,
    ))
}

/// `[a b]`: two expressions side by side inside brackets.
fn forgot_comma(tok: &Tok, start: usize, end: usize, lexer: &Lexer) -> Option<RawError> {
    if lexer.brackets.is_empty() || !tok.starts_expr() {
        return None;
    }
    let (pstart, ptok, _) = lexer.prev.as_ref()?;
    let ends_expr = matches!(
        ptok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Op(RawTok::RPar | RawTok::RSqb | RawTok::RBrace | RawTok::Ellipsis)
    );
    if !ends_expr {
        return None;
    }
    if matches!(ptok, Tok::Name(_)) && matches!(tok, Tok::Str(_)) {
        return None;
    }
    let from = lexer.expr_start.unwrap_or(*pstart);
    Some(RawError::new(
        "invalid syntax. Perhaps you forgot a comma?",
        from,
        end.max(start),
    ))
}

fn eof(location: usize, expected: &[String], lexer: &Lexer) -> RawError {
    if expects(expected, "INDENT") {
        let at = lexer.prev_line_head.as_ref().map_or(location, |h| h.1);
        return indented_block_error(lexer, lexer.source(), at, at)
            .no_caret()
            .incomplete();
    }
    RawError::point("unexpected EOF while parsing", location).incomplete()
}
