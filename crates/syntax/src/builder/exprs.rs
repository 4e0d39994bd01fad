//! Builders for atoms, displays, comprehensions and operators.

use super::*;

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
        return Err(too_deep(n.span().start as usize));
    }
    Ok(n)
}

/// `( expr )`: the same node, marked as parenthesized.
pub fn paren(mut n: Node) -> Node {
    n.parens = true;
    n
}

/// `( expr )` with the parentheses' positions.
pub fn paren_at(l: usize, mut n: Node, r: usize) -> Node {
    n.parens = true;
    n.outer = Some(sp(l, r));
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
    let span = left.outer_span().to(right.outer_span());
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
    let span = sp(l, operand.outer_span().end as usize);
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
        .outer_span()
        .to(rest.last().map_or(first.outer_span(), Node::outer_span));
    let d = max_depth(&rest).max(first.depth);
    let mut values = vec![first.expr];
    values.extend(exprs(rest));
    node(ExprKind::BoolOp { op, values }, span, d)
}

pub fn compare(left: Node, rest: Vec<(CmpOp, Node)>) -> R<Node> {
    let span = left.outer_span().to(rest
        .last()
        .map_or(left.outer_span(), |(_, n)| n.outer_span()));
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
    let span = body.outer_span().to(orelse.outer_span());
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
    let span = target.outer_span().to(value.outer_span());
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
    let span = sp(l, body.outer_span().end as usize);
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
    let span = sp(l, value.outer_span().end as usize);
    let d = value.depth;
    node(ExprKind::YieldFrom(Box::new(value.expr)), span, d)
}
