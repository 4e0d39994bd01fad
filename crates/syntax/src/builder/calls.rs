//! Builders for attribute/subscript/call trailers and parameter lists.

use super::*;

// ---------------------------------------------------------------- trailers

pub fn attribute(value: Node, attr: String, r: usize) -> R<Node> {
    let span = sp(value.outer_span().start as usize, r);
    let d = value.depth;
    node(
        ExprKind::Attribute {
            value: Box::new(value.expr),
            attr,
        },
        span,
        d,
    )
}

pub fn subscript(value: Node, slice: Node, r: usize) -> R<Node> {
    let span = sp(value.outer_span().start as usize, r);
    let d = value.depth.max(slice.depth);
    node(
        ExprKind::Subscript {
            value: Box::new(value.expr),
            slice: Box::new(slice.expr),
        },
        span,
        d,
    )
}

pub fn slice(
    l: usize,
    lower: Option<Node>,
    upper: Option<Node>,
    step: Option<Option<Node>>,
    r: usize,
) -> R<Node> {
    let step = step.flatten();
    let d = [&lower, &upper, &step]
        .iter()
        .filter_map(|n| n.as_ref().map(|n| n.depth))
        .max()
        .unwrap_or(0);
    let b = |n: Option<Node>| n.map(|n| Box::new(n.expr));
    node(
        ExprKind::Slice {
            lower: b(lower),
            upper: b(upper),
            step: b(step),
        },
        sp(l, r),
        d,
    )
}

/// One call argument as written.
pub enum Arg {
    Pos(Node),
    /// A generator expression without its own parentheses.
    Gen(Node),
    Star(Node),
    Kw(usize, String, Node),
    DoubleStar(usize, Node),
}

/// Positional arguments, keywords, and the depth of the deepest.
pub struct CallArgs {
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub depth: u32,
}

/// Checks CPython's argument-order rules and splits the arguments.
/// `lpar..rpar` is the parenthesized list (a lone generator argument takes
/// that span, as in CPython).
pub fn call_args(lpar: usize, items: Vec<Arg>, rpar: usize) -> R<CallArgs> {
    let n = items.len();
    let mut out = CallArgs {
        args: Vec::new(),
        keywords: Vec::new(),
        depth: 0,
    };
    let mut seen_kw = false;
    let mut seen_double_star = false;
    for a in items {
        match a {
            Arg::Gen(mut g) => {
                if n > 1 {
                    return err("Generator expression must be parenthesized", g.span());
                }
                g.expr.span = sp(lpar, rpar);
                out.depth = out.depth.max(g.depth);
                out.args.push(g.expr);
            }
            Arg::Pos(p) => {
                // CPython points at the call's closing parenthesis.
                let at = sp(rpar.saturating_sub(1), rpar);
                if seen_double_star {
                    return err("positional argument follows keyword argument unpacking", at);
                }
                if seen_kw {
                    return err("positional argument follows keyword argument", at);
                }
                out.depth = out.depth.max(p.depth);
                out.args.push(p.expr);
            }
            Arg::Star(s) => {
                if seen_double_star {
                    return point(
                        "iterable argument unpacking follows keyword argument unpacking",
                        s.span(),
                    );
                }
                out.depth = out.depth.max(s.depth);
                out.args.push(s.expr);
            }
            Arg::Kw(l, name, v) => {
                seen_kw = true;
                out.depth = out.depth.max(v.depth);
                let span = sp(l, v.outer_span().end as usize);
                out.keywords.push(Keyword {
                    arg: Some(name),
                    value: v.expr,
                    span,
                });
            }
            Arg::DoubleStar(l, v) => {
                seen_double_star = true;
                out.depth = out.depth.max(v.depth);
                let span = sp(l, v.outer_span().end as usize);
                out.keywords.push(Keyword {
                    arg: None,
                    value: v.expr,
                    span,
                });
            }
        }
    }
    Ok(out)
}

pub fn call(func: Node, args: CallArgs, r: usize) -> R<Node> {
    let span = sp(func.outer_span().start as usize, r);
    let d = func.depth.max(args.depth);
    node(
        ExprKind::Call {
            func: Box::new(func.expr),
            args: args.args,
            keywords: args.keywords,
        },
        span,
        d,
    )
}

// ------------------------------------------------------------- parameters

/// One parameter as written, for `def` and `lambda`.
pub enum Param {
    /// `name[: ann][= default]`
    Plain(Arg1, Option<Node>),
    /// `*` or `*name[: ann]`
    Star(usize, Option<Arg1>),
    /// `**name[: ann]`
    DoubleStar(Arg1),
    /// `/`
    Slash(usize),
}

/// A parameter name with its annotation.
pub struct Arg1 {
    pub name: String,
    pub annotation: Option<Node>,
    pub span: Span,
}

pub type Params = Vec<Param>;

pub fn arg1(l: usize, name: String, annotation: Option<Node>, r: usize) -> Arg1 {
    Arg1 {
        name,
        annotation,
        span: sp(l, r),
    }
}

pub(crate) fn mk_arg(a: Arg1, depth: &mut u32) -> crate::ast::Arg {
    if let Some(ann) = &a.annotation {
        *depth = (*depth).max(ann.depth);
    }
    crate::ast::Arg {
        name: a.name,
        annotation: a.annotation.map(|n| n.expr),
        span: a.span,
    }
}

/// Lays parameters out as `ast.arguments`, with CPython's ordering errors.
pub fn arguments(params: Params, is_def: bool) -> R<(Arguments, u32)> {
    let _ = is_def;
    let mut a = Arguments::default();
    let mut depth = 0u32;
    let mut positional: Vec<crate::ast::Arg> = Vec::new();
    let mut star_seen = false;
    let mut bare_star: Option<usize> = None;
    let mut slash_seen = false;
    let mut kwarg_seen = false;
    for p in params {
        if kwarg_seen {
            let span = match &p {
                Param::Plain(x, _) | Param::DoubleStar(x) => x.span,
                Param::Star(l, _) | Param::Slash(l) => sp(*l, *l + 1),
            };
            return err("arguments cannot follow var-keyword argument", span);
        }
        match p {
            Param::Plain(x, default) => {
                let span = x.span;
                let arg = mk_arg(x, &mut depth);
                if star_seen {
                    bare_star = None;
                    if let Some(d) = &default {
                        depth = depth.max(d.depth);
                    }
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default.map(|d| d.expr));
                } else {
                    match default {
                        Some(d) => {
                            depth = depth.max(d.depth);
                            a.defaults.push(d.expr);
                        }
                        None if !a.defaults.is_empty() => {
                            return err("non-default argument follows default argument", span);
                        }
                        None => {}
                    }
                    positional.push(arg);
                }
            }
            Param::Slash(l) => {
                if slash_seen {
                    return err("/ may appear only once", sp(l, l + 1));
                }
                if star_seen {
                    return err("/ must be ahead of *", sp(l, l + 1));
                }
                if positional.is_empty() {
                    return err("at least one argument must precede /", sp(l, l + 1));
                }
                slash_seen = true;
                a.posonlyargs = std::mem::take(&mut positional);
            }
            Param::Star(l, x) => {
                if star_seen {
                    return err("* argument may appear only once", sp(l, l + 1));
                }
                star_seen = true;
                match x {
                    Some(x) => a.vararg = Some(mk_arg(x, &mut depth)),
                    None => bare_star = Some(l),
                }
            }
            Param::DoubleStar(x) => {
                if let Some(l) = bare_star {
                    return err("named arguments must follow bare *", sp(l, l + 1));
                }
                kwarg_seen = true;
                a.kwarg = Some(mk_arg(x, &mut depth));
            }
        }
    }
    if let Some(l) = bare_star {
        return err("named arguments must follow bare *", sp(l, l + 1));
    }
    a.args = positional;
    Ok((a, depth))
}
