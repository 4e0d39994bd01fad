//! Small functions the grammar actions call to build the AST.
//!
//! Expressions travel through the grammar as [`Node`]s: the expression plus
//! its depth (so no tree deeper than [`MAX_DEPTH`] is ever built, and
//! dropping or walking any accepted tree cannot overflow the stack) and
//! whether it was written in parentheses (CPython's AST drops the
//! parentheses, but a few rules care).

use lalrpop_util::ParseError;

use crate::ast::*;
use crate::error::RawError;
use crate::token::Tok;

/// The deepest expression tree we build. CPython 3.11 compiles `x = ` and
/// 2998 nested unary minuses before `1` (its compiler's limit is three
/// times the recursion limit of 1000) and fails with "RecursionError:
/// maximum recursion depth exceeded during compilation" from 2999 on; we
/// stop at the same place with the same exception.
pub const MAX_DEPTH: u32 = 2999;

/// The error for a tree deeper than [`MAX_DEPTH`].
pub(crate) fn too_deep(at: usize) -> PErr {
    user(
        RawError::point("maximum recursion depth exceeded during compilation", at)
            .kind(crate::error::SyntaxErrorKind::RecursionError),
    )
}

pub type PErr = ParseError<usize, Tok, RawError>;
pub type R<T> = Result<T, PErr>;

pub fn user(e: RawError) -> PErr {
    ParseError::User { error: e }
}

pub(crate) fn point<T>(msg: impl Into<String>, span: Span) -> R<T> {
    Err(user(RawError::point(msg, span.start as usize)))
}

pub(crate) fn err<T>(msg: impl Into<String>, span: Span) -> R<T> {
    Err(user(RawError::new(
        msg,
        span.start as usize,
        span.end as usize,
    )))
}

#[derive(Debug)]
pub struct Node {
    pub expr: Expr,
    pub depth: u32,
    pub parens: bool,
    /// With its parentheses: where an expression that contains this one
    /// as its first or last part starts or ends (CPython's positions).
    pub outer: Option<Span>,
}

impl Node {
    pub fn leaf(expr: Expr) -> Node {
        Node {
            expr,
            depth: 1,
            parens: false,
            outer: None,
        }
    }

    pub fn with_depth(expr: Expr, depth: u32) -> Node {
        Node {
            expr,
            depth,
            parens: false,
            outer: None,
        }
    }

    pub fn span(&self) -> Span {
        self.expr.span
    }

    /// The span including any parentheses around it, for the span of an
    /// enclosing expression: `(a + 1) // b` starts at the `(`.
    pub fn outer_span(&self) -> Span {
        self.outer.unwrap_or(self.expr.span)
    }
}

pub(crate) fn sp(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

/// Makes a node one level deeper than its deepest child.
pub(crate) fn node(kind: ExprKind, span: Span, child_depth: u32) -> R<Node> {
    let depth = child_depth + 1;
    if depth > MAX_DEPTH {
        return Err(too_deep(span.start as usize));
    }
    Ok(Node::with_depth(Expr { kind, span }, depth))
}

pub(crate) fn max_depth<'a>(nodes: impl IntoIterator<Item = &'a Node>) -> u32 {
    nodes.into_iter().map(|n| n.depth).max().unwrap_or(0)
}

pub(crate) fn exprs(nodes: Vec<Node>) -> Vec<Expr> {
    nodes.into_iter().map(|n| n.expr).collect()
}

mod calls;
mod exprs;
mod patterns;
mod stmts;
mod targets;

pub use calls::Arg;
pub use calls::*;
pub use exprs::*;
pub use patterns::*;
pub use stmts::*;
pub use targets::*;
