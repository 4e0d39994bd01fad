//! Tokens: the raw ones logos recognises, and the ones the parser consumes.
//!
//! [`RawTok`] is what logos matches in the source text, without payloads:
//! the indentation-aware wrapper in `lexer.rs` turns slices into values
//! (names, big integers, string literals) and adds NEWLINE / INDENT / DEDENT.

use logos::Logos;
use num_bigint::BigInt;

/// Why logos could not produce a token; the wrapper turns these into
/// CPython's messages (it knows where the token started).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RawError {
    /// No pattern matched this character.
    #[default]
    BadChar,
    /// A single-quoted string reached the end of its line.
    UnterminatedString,
    /// A triple-quoted string reached the end of the file.
    UnterminatedTriple,
}

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(error = RawError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"\\(\r\n|\n|\r)")]
pub enum RawTok {
    #[token("#", skip_comment)]
    Comment,
    #[regex(r"\r\n|\n|\r")]
    Newline,
    /// A backslash not followed by a newline.
    #[token("\\")]
    Backslash,

    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", extend_name)]
    #[regex(r"[^\x00-\x7F]", non_ascii_name)]
    Name,

    #[regex(r"[1-9](_?[0-9])*|0(_?0)*")]
    DecInt,
    #[regex(r"0[xX](_?[0-9a-fA-F])+")]
    HexInt,
    #[regex(r"0[oO](_?[0-7])+")]
    OctInt,
    #[regex(r"0[bB](_?[01])+")]
    BinInt,
    /// Decimal digits with a leading zero (`0777`): an error in Python 3.
    #[regex(r"0(_?[0-9])+", priority = 1)]
    LeadingZeroInt,
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*")]
    Float,
    #[regex(r"[0-9](_?[0-9])*[jJ]")]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]")]
    Imag,

    /// A string literal with any prefix; the callback finds its end.
    #[regex(r#"([rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?["']"#, scan_string)]
    Str,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
    #[token("!")]
    Exclamation,
}

fn skip_comment(lex: &mut logos::Lexer<RawTok>) -> logos::Skip {
    let rest = lex.remainder();
    let n = rest.find(['\n', '\r']).unwrap_or(rest.len());
    lex.bump(n);
    logos::Skip
}

/// Identifier characters beyond ASCII: letters, digits, marks (an
/// approximation of XID_Continue that needs no tables).
pub fn is_id_continue(c: char) -> bool {
    c == '_'
        || c.is_alphanumeric()
        || (!c.is_ascii() && !c.is_whitespace() && !c.is_control() && is_mark_like(c))
}

fn is_mark_like(c: char) -> bool {
    // Combining marks and connector punctuation used in identifiers.
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x203F | 0x2040 | 0x2054 | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F | 0xFF3F | 0x200C | 0x200D)
}

pub fn is_id_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn extend_name(lex: &mut logos::Lexer<RawTok>) {
    let rest = lex.remainder();
    let n = rest
        .char_indices()
        .find(|&(_, c)| !is_id_continue(c))
        .map_or(rest.len(), |(i, _)| i);
    lex.bump(n);
}

fn non_ascii_name(lex: &mut logos::Lexer<RawTok>) -> Result<(), RawError> {
    let c = lex.slice().chars().next().unwrap_or('\0');
    if !is_id_start(c) {
        return Err(RawError::BadChar);
    }
    extend_name(lex);
    Ok(())
}

/// Finds the end of a string literal whose prefix and first quote were
/// matched. Backslash always escapes the next character (in raw strings too,
/// as far as finding the end goes).
fn scan_string(lex: &mut logos::Lexer<RawTok>) -> Result<(), RawError> {
    let quote = lex.slice().as_bytes()[lex.slice().len() - 1];
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    while i < rest.len() {
        let b = rest[i];
        if b == b'\\' {
            i += 2;
            continue;
        }
        if b == quote {
            if !triple {
                lex.bump(i + 1);
                return Ok(());
            }
            if rest.len() >= i + 3 && rest[i + 1] == quote && rest[i + 2] == quote {
                lex.bump(i + 3);
                return Ok(());
            }
        } else if !triple && (b == b'\n' || b == b'\r') {
            lex.bump(i);
            return Err(RawError::UnterminatedString);
        }
        i += 1;
    }
    lex.bump(rest.len());
    if triple {
        Err(RawError::UnterminatedTriple)
    } else {
        Err(RawError::UnterminatedString)
    }
}

/// A string literal token: where its prefix, body and quotes are.
/// Decoding (escapes, f-string fields) happens in `strings.rs`.
#[derive(Clone, Debug, PartialEq)]
pub struct StrLit {
    /// Byte offsets of the whole token.
    pub start: u32,
    pub end: u32,
    /// Byte offsets of the body between the quotes.
    pub body_start: u32,
    pub body_end: u32,
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    pub quote: u8,
    pub triple: bool,
}

/// The tokens the grammar sees.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(BigInt),
    Float(f64),
    Imag(f64),
    Str(Box<StrLit>),
    Newline,
    Indent,
    Dedent,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    /// The soft keywords, only where the lexer decided they start a
    /// `match` statement or a `case` block (elsewhere they are names).
    Match,
    Case,
    /// Any operator or delimiter.
    Op(RawTok),
}

impl Tok {
    pub fn keyword(s: &str) -> Option<Tok> {
        Some(match s {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// True for tokens that can start an expression (used to map errors).
    pub fn starts_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Str(_)
                | Tok::False
                | Tok::None
                | Tok::True
                | Tok::Lambda
                | Tok::Not
                | Tok::Await
                | Tok::Op(
                    RawTok::LPar
                        | RawTok::LSqb
                        | RawTok::LBrace
                        | RawTok::Minus
                        | RawTok::Plus
                        | RawTok::Tilde
                        | RawTok::Ellipsis
                )
        )
    }
}
