//! Builders for the match statement and its patterns (PEP 634).
//!
//! The grammar accepts a few shapes more loosely than CPython's and the
//! checks here give CPython's messages: keyword sub-patterns before
//! positional ones, `**rest` not last, `_` after `as` or `**`, f-strings and
//! complex literals with the parts the wrong way round. The checks CPython
//! makes while compiling (unreachable patterns, repeated names) are in the
//! compiler.

use super::*;
use crate::token::StrLit;

/// The string literal tokens of a pattern, as the grammar hands them over.
#[allow(clippy::vec_box)]
type StrToks = Vec<Box<StrLit>>;

/// One item of a mapping pattern as written: `key: pattern` or `**rest`.
// A parser temporary that lives for one reduction: boxing the large
// variant would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum MapItem {
    Pair(Node, Pattern),
    /// `**name`, with the end offset of the name.
    Rest(String, usize),
}

/// One argument of a class pattern: positional, or `name=pattern`.
pub enum ClassArg {
    Pos(Pattern),
    Kw(String, Pattern),
}

fn pat(kind: PatternKind, span: Span) -> Pattern {
    Pattern { kind, span }
}

pub fn match_stmt(l: usize, subject: Node, cases: Vec<MatchCase>) -> Stmt {
    let end = cases.last().map_or(l, |c| block_end(&c.body));
    stmt(
        l,
        StmtKind::Match {
            subject: subject.expr,
            cases,
        },
        end,
    )
}

pub fn match_case(pattern: Pattern, guard: Option<Node>, body: Vec<Stmt>) -> MatchCase {
    MatchCase {
        pattern,
        guard: guard.map(|g| g.expr),
        body,
    }
}

pub fn pat_value(v: Node) -> Pattern {
    let span = v.span();
    pat(PatternKind::MatchValue(v.expr), span)
}

pub fn pat_singleton(l: usize, c: Constant, r: usize) -> Pattern {
    pat(PatternKind::MatchSingleton(c), sp(l, r))
}

/// A string literal pattern (f-strings are not literals).
pub fn pat_strings(src: &str, l: usize, lits: StrToks, r: usize) -> R<Pattern> {
    Ok(pat_value(pat_key_strings(src, l, lits, r)?))
}

pub fn pat_key_strings(src: &str, l: usize, lits: StrToks, r: usize) -> R<Node> {
    let n = strings(src, lits)?;
    if let ExprKind::JoinedStr(_) = n.expr.kind {
        return err(
            "patterns may only match literals and attribute lookups",
            sp(l, r),
        );
    }
    Ok(n)
}

/// `re + im` / `re - im`: the left part real, the right part imaginary.
pub fn pat_complex(re: Node, op: BinOp, im: Node) -> R<Node> {
    let is_imag = |e: &Expr| match &e.kind {
        ExprKind::Constant(Constant::Imaginary(_)) => true,
        ExprKind::UnaryOp { operand, .. } => {
            matches!(operand.kind, ExprKind::Constant(Constant::Imaginary(_)))
        }
        _ => false,
    };
    if is_imag(&re.expr) {
        return err("real number required in complex literal", re.span());
    }
    if !is_imag(&im.expr) {
        return err("imaginary number required in complex literal", im.span());
    }
    binop(re, op, im)
}

/// A bare name: the wildcard `_` or a capture.
pub fn pat_capture(l: usize, name: String, r: usize) -> Pattern {
    let name = (name != "_").then_some(name);
    pat(
        PatternKind::MatchAs {
            pattern: None,
            name,
        },
        sp(l, r),
    )
}

pub fn pat_star(l: usize, name: String, r: usize) -> Pattern {
    let name = (name != "_").then_some(name);
    pat(PatternKind::MatchStar(name), sp(l, r))
}

pub fn pat_as(l: usize, p: Pattern, tl: usize, target: Option<String>, r: usize) -> R<Pattern> {
    match target {
        None => err("invalid pattern target", sp(tl, r)),
        Some(n) if n == "_" => err("cannot use '_' as a target", sp(tl, r)),
        Some(n) => Ok(pat(
            PatternKind::MatchAs {
                pattern: Some(Box::new(p)),
                name: Some(n),
            },
            sp(l, r),
        )),
    }
}

pub fn pat_or(l: usize, first: Pattern, rest: Vec<Pattern>, r: usize) -> Pattern {
    let mut v = vec![first];
    v.extend(rest);
    pat(PatternKind::MatchOr(v), sp(l, r))
}

pub fn pat_sequence(l: usize, items: Vec<Pattern>, r: usize) -> Pattern {
    pat(PatternKind::MatchSequence(items), sp(l, r))
}

pub fn pat_open_sequence(
    l: usize,
    mut items: Vec<Pattern>,
    last: Option<Pattern>,
    r: usize,
) -> Pattern {
    items.extend(last);
    pat_sequence(l, items, r)
}

pub fn map_items(first: MapItem, mut rest: Vec<MapItem>) -> Vec<MapItem> {
    rest.insert(0, first);
    rest
}

pub fn pat_mapping(l: usize, items: Vec<MapItem>, r: usize) -> R<Pattern> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    let n = items.len();
    for (i, item) in items.into_iter().enumerate() {
        match item {
            MapItem::Pair(k, p) => {
                keys.push(k.expr);
                patterns.push(p);
            }
            MapItem::Rest(name, rr) => {
                if name == "_" {
                    return err("invalid syntax", sp(rr - 1, rr));
                }
                debug_assert_eq!(i + 1, n, "the grammar keeps **rest last");
                rest = Some(name);
            }
        }
    }
    Ok(pat(
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        },
        sp(l, r),
    ))
}

pub fn pat_class(l: usize, cls: Node, args: Vec<ClassArg>, r: usize) -> R<Pattern> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    let mut late: Option<Span> = None;
    for a in args {
        match a {
            ClassArg::Pos(p) => {
                if !kwd_attrs.is_empty() {
                    late = Some(late.map_or(p.span, |s| s.to(p.span)));
                }
                patterns.push(p);
            }
            ClassArg::Kw(n, p) => {
                kwd_attrs.push(n);
                kwd_patterns.push(p);
            }
        }
    }
    if let Some(span) = late {
        return err("positional patterns follow keyword patterns", span);
    }
    Ok(pat(
        PatternKind::MatchClass {
            cls: cls.expr,
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
        sp(l, r),
    ))
}
