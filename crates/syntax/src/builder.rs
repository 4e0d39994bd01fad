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

/// The deepest expression tree we build. CPython 3.11 compiles about 1000
/// nested unary minuses and fails with "RecursionError: maximum recursion
/// depth exceeded during compilation" a little beyond; we stop at the same
/// place with a SyntaxError carrying that message.
pub const MAX_DEPTH: u32 = 1000;

pub type PErr = ParseError<usize, Tok, RawError>;
pub type R<T> = Result<T, PErr>;

pub fn user(e: RawError) -> PErr {
    ParseError::User { error: e }
}

fn point<T>(msg: impl Into<String>, span: Span) -> R<T> {
    Err(user(RawError::point(msg, span.start as usize)))
}

fn err<T>(msg: impl Into<String>, span: Span) -> R<T> {
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
}

impl Node {
    pub fn leaf(expr: Expr) -> Node {
        Node {
            expr,
            depth: 1,
            parens: false,
        }
    }

    pub fn with_depth(expr: Expr, depth: u32) -> Node {
        Node {
            expr,
            depth,
            parens: false,
        }
    }

    pub fn span(&self) -> Span {
        self.expr.span
    }
}

fn sp(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

/// Makes a node one level deeper than its deepest child.
fn node(kind: ExprKind, span: Span, child_depth: u32) -> R<Node> {
    let depth = child_depth + 1;
    if depth > MAX_DEPTH {
        return Err(user(RawError::point(
            "maximum recursion depth exceeded during compilation",
            span.start as usize,
        )));
    }
    Ok(Node::with_depth(Expr { kind, span }, depth))
}

fn max_depth<'a>(nodes: impl IntoIterator<Item = &'a Node>) -> u32 {
    nodes.into_iter().map(|n| n.depth).max().unwrap_or(0)
}

fn exprs(nodes: Vec<Node>) -> Vec<Expr> {
    nodes.into_iter().map(|n| n.expr).collect()
}

// ---------------------------------------------------------------- atoms

pub fn name(l: usize, id: String, r: usize) -> Node {
    Node::leaf(Expr {
        kind: ExprKind::Name(id),
        span: sp(l, r),
    })
}

pub fn constant(l: usize, c: Constant, r: usize) -> Node {
    Node::leaf(Expr {
        kind: ExprKind::Constant(c),
        span: sp(l, r),
    })
}

#[allow(clippy::vec_box)] // the token payload is boxed to keep `Tok` small
pub fn strings(src: &str, lits: Vec<Box<crate::token::StrLit>>) -> R<Node> {
    let n = crate::strings::concat(src, lits.into_iter().map(|b| *b).collect()).map_err(user)?;
    if n.depth > MAX_DEPTH {
        return Err(user(RawError::point(
            "maximum recursion depth exceeded during compilation",
            n.span().start as usize,
        )));
    }
    Ok(n)
}

/// `( expr )`: the same node, marked as parenthesized.
pub fn paren(mut n: Node) -> Node {
    n.parens = true;
    n
}

pub fn tuple(l: usize, items: Vec<Node>, r: usize) -> R<Node> {
    let d = max_depth(&items);
    node(ExprKind::Tuple(exprs(items)), sp(l, r), d)
}

/// `a, b,` / `a, b`: items each followed by a comma, then maybe one more.
pub fn tuple_items(l: usize, mut items: Vec<Node>, last: Option<Node>, r: usize) -> R<Node> {
    items.extend(last);
    tuple(l, items, r)
}

pub fn list(l: usize, items: Vec<Node>, r: usize) -> R<Node> {
    let d = max_depth(&items);
    node(ExprKind::List(exprs(items)), sp(l, r), d)
}

pub fn set(l: usize, items: Vec<Node>, r: usize) -> R<Node> {
    let d = max_depth(&items);
    node(ExprKind::Set(exprs(items)), sp(l, r), d)
}

/// A dict display item: `k: v` or `**m` (key `None`).
pub type DictItem = (Option<Node>, Node);

pub fn dict(l: usize, items: Vec<DictItem>, r: usize) -> R<Node> {
    let mut d = 0;
    let mut keys = Vec::with_capacity(items.len());
    let mut values = Vec::with_capacity(items.len());
    for (k, v) in items {
        d = d.max(v.depth);
        if let Some(k) = &k {
            d = d.max(k.depth);
        }
        keys.push(k.map(|k| k.expr));
        values.push(v.expr);
    }
    node(ExprKind::Dict { keys, values }, sp(l, r), d)
}

pub fn starred(l: usize, v: Node, r: usize) -> R<Node> {
    let d = v.depth;
    node(ExprKind::Starred(Box::new(v.expr)), sp(l, r), d)
}

// ---------------------------------------------------------- comprehensions

/// One `for target in iter if cond...` clause, with its depth.
pub struct CompFor {
    pub comp: Comprehension,
    pub depth: u32,
}

pub fn comp_for(target: Node, iter: Node, ifs: Vec<Node>) -> R<CompFor> {
    let d = max_depth(&ifs).max(target.depth).max(iter.depth);
    let target = store_target(target, TargetCtx::For)?;
    Ok(CompFor {
        comp: Comprehension {
            target,
            iter: iter.expr,
            ifs: exprs(ifs),
        },
        depth: d,
    })
}

pub enum CompKind {
    List,
    Set,
    Gen,
}

pub fn comprehension(l: usize, kind: CompKind, elt: Node, gens: Vec<CompFor>, r: usize) -> R<Node> {
    let d = gens
        .iter()
        .map(|g| g.depth)
        .max()
        .unwrap_or(0)
        .max(elt.depth);
    let elt = Box::new(elt.expr);
    let generators = gens.into_iter().map(|g| g.comp).collect();
    let k = match kind {
        CompKind::List => ExprKind::ListComp { elt, generators },
        CompKind::Set => ExprKind::SetComp { elt, generators },
        CompKind::Gen => ExprKind::GeneratorExp { elt, generators },
    };
    node(k, sp(l, r), d)
}

pub fn dict_comp(l: usize, key: Node, value: Node, gens: Vec<CompFor>, r: usize) -> R<Node> {
    let d = gens
        .iter()
        .map(|g| g.depth)
        .max()
        .unwrap_or(0)
        .max(key.depth)
        .max(value.depth);
    let generators = gens.into_iter().map(|g| g.comp).collect();
    node(
        ExprKind::DictComp {
            key: Box::new(key.expr),
            value: Box::new(value.expr),
            generators,
        },
        sp(l, r),
        d,
    )
}

// ------------------------------------------------------------- operators

pub fn binop(left: Node, op: BinOp, right: Node) -> R<Node> {
    let span = left.span().to(right.span());
    let d = left.depth.max(right.depth);
    node(
        ExprKind::BinOp {
            left: Box::new(left.expr),
            op,
            right: Box::new(right.expr),
        },
        span,
        d,
    )
}

pub fn unary(l: usize, op: UnaryOp, operand: Node) -> R<Node> {
    let span = sp(l, operand.span().end as usize);
    let d = operand.depth;
    node(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(operand.expr),
        },
        span,
        d,
    )
}

pub fn boolop(op: BoolOp, first: Node, rest: Vec<Node>) -> R<Node> {
    let span = first
        .span()
        .to(rest.last().map_or(first.span(), Node::span));
    let d = max_depth(&rest).max(first.depth);
    let mut values = vec![first.expr];
    values.extend(exprs(rest));
    node(ExprKind::BoolOp { op, values }, span, d)
}

pub fn compare(left: Node, rest: Vec<(CmpOp, Node)>) -> R<Node> {
    let span = left
        .span()
        .to(rest.last().map_or(left.span(), |(_, n)| n.span()));
    let d = rest
        .iter()
        .map(|(_, n)| n.depth)
        .max()
        .unwrap_or(0)
        .max(left.depth);
    let (ops, comparators) = rest.into_iter().map(|(o, n)| (o, n.expr)).unzip();
    node(
        ExprKind::Compare {
            left: Box::new(left.expr),
            ops,
            comparators,
        },
        span,
        d,
    )
}

pub fn ifexp(body: Node, test: Node, orelse: Node) -> R<Node> {
    let span = body.span().to(orelse.span());
    let d = body.depth.max(test.depth).max(orelse.depth);
    node(
        ExprKind::IfExp {
            test: Box::new(test.expr),
            body: Box::new(body.expr),
            orelse: Box::new(orelse.expr),
        },
        span,
        d,
    )
}

pub fn named_expr(target: Node, value: Node) -> R<Node> {
    let span = target.span().to(value.span());
    let d = target.depth.max(value.depth);
    node(
        ExprKind::NamedExpr {
            target: Box::new(target.expr),
            value: Box::new(value.expr),
        },
        span,
        d,
    )
}

pub fn lambda(l: usize, params: Option<Params>, body: Node) -> R<Node> {
    let span = sp(l, body.span().end as usize);
    let (args, d) = match params {
        Some(p) => arguments(p, false)?,
        None => (Arguments::default(), 0),
    };
    let d = d.max(body.depth);
    node(
        ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body.expr),
        },
        span,
        d,
    )
}

pub fn yield_expr(l: usize, value: Option<Node>, r: usize) -> R<Node> {
    let d = value.as_ref().map_or(0, |v| v.depth);
    node(
        ExprKind::Yield(value.map(|v| Box::new(v.expr))),
        sp(l, r),
        d,
    )
}

pub fn yield_from(l: usize, value: Node) -> R<Node> {
    let span = sp(l, value.span().end as usize);
    let d = value.depth;
    node(ExprKind::YieldFrom(Box::new(value.expr)), span, d)
}

// ---------------------------------------------------------------- trailers

pub fn attribute(value: Node, attr: String, r: usize) -> R<Node> {
    let span = sp(value.span().start as usize, r);
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
    let span = sp(value.span().start as usize, r);
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
                let span = sp(l, v.span().end as usize);
                out.keywords.push(Keyword {
                    arg: Some(name),
                    value: v.expr,
                    span,
                });
            }
            Arg::DoubleStar(l, v) => {
                seen_double_star = true;
                out.depth = out.depth.max(v.depth);
                let span = sp(l, v.span().end as usize);
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
    let span = sp(func.span().start as usize, r);
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

fn mk_arg(a: Arg1, depth: &mut u32) -> crate::ast::Arg {
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

// ---------------------------------------------------------------- targets

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetCtx {
    /// `x = ...` (messages add "here. Maybe you meant '==' instead of '='?")
    Assign,
    /// `for x in`, `with ... as x`, comprehension targets.
    For,
    Del,
}

/// CPython's name for an expression that cannot be a target.
fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Call { .. } => "function call",
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Finds the first part of `e` that cannot be assigned to (or deleted).
fn invalid_target(e: &Expr, ctx: TargetCtx) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred(inner) if ctx != TargetCtx::Del => invalid_target(inner, ctx),
        ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().find_map(|i| invalid_target(i, ctx))
        }
        _ => Some(e),
    }
}

fn target_error(bad: &Expr, ctx: TargetCtx, top: bool) -> PErr {
    let what = expr_name(bad);
    let msg = match ctx {
        TargetCtx::Del => format!("cannot delete {what}"),
        _ if matches!(what, "None" | "True" | "False") => format!("cannot assign to {what}"),
        TargetCtx::Assign if top => {
            format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
        }
        _ => format!("cannot assign to {what}"),
    };
    user(RawError::new(
        msg,
        bad.span.start as usize,
        bad.span.end as usize,
    ))
}

/// Validates an assignment / for / with target.
pub fn store_target(n: Node, ctx: TargetCtx) -> R<Expr> {
    if let Some(bad) = invalid_target(&n.expr, ctx) {
        let top = std::ptr::eq(bad, &n.expr);
        return Err(target_error(bad, ctx, top));
    }
    check_starred(&n.expr)?;
    Ok(n.expr)
}

/// At most one starred target per tuple/list level, and never alone.
fn check_starred(e: &Expr) -> R<()> {
    match &e.kind {
        ExprKind::Starred(_) => err(
            "starred assignment target must be in a list or tuple",
            e.span,
        ),
        ExprKind::List(items) | ExprKind::Tuple(items) => check_starred_items(e, items),
        _ => Ok(()),
    }
}

fn check_starred_items(e: &Expr, items: &[Expr]) -> R<()> {
    let stars = items
        .iter()
        .filter(|i| matches!(i.kind, ExprKind::Starred(_)))
        .count();
    if stars > 1 {
        return err("multiple starred expressions in assignment", e.span);
    }
    for i in items {
        match &i.kind {
            ExprKind::Starred(inner) => check_starred(inner)?,
            _ => check_starred(i)?,
        }
    }
    Ok(())
}

// -------------------------------------------------------------- statements

pub fn stmt(l: usize, kind: StmtKind, r: usize) -> Stmt {
    Stmt {
        kind,
        span: sp(l, r),
    }
}

pub fn expr_stmt(e: Node) -> R<StmtKind> {
    Ok(StmtKind::Expr(e.expr))
}

pub fn assign(first: Node, rest: Vec<Node>) -> R<StmtKind> {
    let mut all = vec![first];
    all.extend(rest);
    let value = all.pop().expect("at least two parts").expr;
    let mut targets = Vec::with_capacity(all.len());
    for (i, t) in all.into_iter().enumerate() {
        if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = t.expr.kind {
            return err("assignment to yield expression not possible", t.span());
        }
        // Only a bad first target gets "Maybe you meant '=='".
        let ctx = if i == 0 {
            TargetCtx::Assign
        } else {
            TargetCtx::For
        };
        targets.push(store_target(t, ctx)?);
    }
    Ok(StmtKind::Assign { targets, value })
}

pub fn aug_assign(target: Node, op: BinOp, value: Node) -> R<StmtKind> {
    match &target.expr.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            let what = expr_name(&target.expr);
            return err(
                format!("'{what}' is an illegal expression for augmented assignment"),
                target.span(),
            );
        }
    }
    Ok(StmtKind::AugAssign {
        target: target.expr,
        op,
        value: value.expr,
    })
}

pub fn ann_assign(target: Node, annotation: Node, value: Option<Node>) -> R<StmtKind> {
    let simple = matches!(target.expr.kind, ExprKind::Name(_)) && !target.parens;
    match &target.expr.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(_) => {
            return point(
                "only single target (not tuple) can be annotated",
                target.span(),
            )
        }
        ExprKind::List(_) => {
            return point(
                "only single target (not list) can be annotated",
                target.span(),
            )
        }
        _ => return err("illegal target for annotation", target.span()),
    }
    Ok(StmtKind::AnnAssign {
        target: target.expr,
        annotation: annotation.expr,
        value: value.map(|v| v.expr),
        simple,
    })
}

pub fn delete(targets: Vec<Node>) -> R<StmtKind> {
    let mut out = Vec::with_capacity(targets.len());
    for t in targets {
        if let Some(bad) = invalid_target(&t.expr, TargetCtx::Del) {
            return Err(target_error(bad, TargetCtx::Del, false));
        }
        out.push(t.expr);
    }
    Ok(StmtKind::Delete(out))
}

/// The end offset of a block (its last statement).
pub fn block_end(body: &[Stmt]) -> usize {
    body.last().map_or(0, |s| s.span.end as usize)
}

pub fn alias(l: usize, name: String, asname: Option<String>, r: usize) -> Alias {
    Alias {
        name,
        asname,
        span: sp(l, r),
    }
}

pub fn function_def(
    l: usize,
    name: String,
    params: Option<Params>,
    returns: Option<Node>,
    body: Vec<Stmt>,
) -> R<Stmt> {
    let (args, _) = match params {
        Some(p) => arguments(p, true)?,
        None => (Arguments::default(), 0),
    };
    let end = block_end(&body);
    Ok(stmt(
        l,
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name,
            args,
            body,
            decorators: Vec::new(),
            returns: returns.map(|n| n.expr),
        })),
        end,
    ))
}

pub fn class_def(l: usize, name: String, args: Option<CallArgs>, body: Vec<Stmt>) -> Stmt {
    let end = block_end(&body);
    let (bases, keywords) = match args {
        Some(a) => (a.args, a.keywords),
        None => (Vec::new(), Vec::new()),
    };
    stmt(
        l,
        StmtKind::ClassDef(Box::new(ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators: Vec::new(),
        })),
        end,
    )
}

pub fn decorated(decorators: Vec<Node>, mut def: Stmt) -> Stmt {
    let decos = exprs(decorators);
    match &mut def.kind {
        StmtKind::FunctionDef(f) => f.decorators = decos,
        StmtKind::ClassDef(c) => c.decorators = decos,
        _ => {}
    }
    def
}

/// `if` with its `elif` chain folded into nested `If`s in `orelse`.
pub fn if_stmt(
    l: usize,
    test: Node,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Node, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let mut tail = orelse.unwrap_or_default();
    for (el, t, b) in elifs.into_iter().rev() {
        let end = if tail.is_empty() {
            block_end(&b)
        } else {
            block_end(&tail)
        };
        tail = vec![stmt(
            el,
            StmtKind::If {
                test: t.expr,
                body: b,
                orelse: tail,
            },
            end,
        )];
    }
    let end = if tail.is_empty() {
        block_end(&body)
    } else {
        block_end(&tail)
    };
    stmt(
        l,
        StmtKind::If {
            test: test.expr,
            body,
            orelse: tail,
        },
        end,
    )
}

pub fn handler(l: usize, typ: Option<(Node, Option<String>)>, body: Vec<Stmt>) -> ExceptHandler {
    let end = block_end(&body);
    let (typ, name) = match typ {
        Some((t, n)) => (Some(t.expr), n),
        None => (None, None),
    };
    ExceptHandler {
        typ,
        name,
        body,
        span: sp(l, end),
    }
}

pub fn try_stmt(
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let end = [&finalbody, &orelse]
        .iter()
        .find(|b| !b.is_empty())
        .map(|b| block_end(b))
        .or_else(|| handlers.last().map(|h| h.span.end as usize))
        .unwrap_or_else(|| block_end(&body));
    stmt(
        l,
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        },
        end,
    )
}

pub fn loop_end(body: &[Stmt], orelse: &Option<Vec<Stmt>>) -> usize {
    match orelse {
        Some(o) if !o.is_empty() => block_end(o),
        _ => block_end(body),
    }
}

pub fn with_item(ctx: Node, vars: Option<Node>) -> R<WithItem> {
    let optional_vars = match vars {
        Some(v) => Some(store_target(v, TargetCtx::For)?),
        None => None,
    };
    Ok(WithItem {
        context_expr: ctx.expr,
        optional_vars,
    })
}

pub fn flatten(v: Vec<Vec<Stmt>>) -> Vec<Stmt> {
    v.into_iter().flatten().collect()
}

pub fn dotted(first: String, rest: Vec<String>) -> String {
    let mut s = first;
    for r in rest {
        s.push('.');
        s.push_str(&r);
    }
    s
}
