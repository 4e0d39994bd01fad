//! Assignment, `for`, `with` and `del` targets, with CPython's errors.

use super::*;

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
pub(crate) fn expr_name(e: &Expr) -> &'static str {
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
pub(crate) fn invalid_target(e: &Expr, ctx: TargetCtx) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred(inner) if ctx != TargetCtx::Del => invalid_target(inner, ctx),
        ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().find_map(|i| invalid_target(i, ctx))
        }
        _ => Some(e),
    }
}

pub(crate) fn target_error(bad: &Expr, ctx: TargetCtx, top: bool) -> PErr {
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
pub(crate) fn check_starred(e: &Expr) -> R<()> {
    match &e.kind {
        ExprKind::Starred(_) => err(
            "starred assignment target must be in a list or tuple",
            e.span,
        ),
        ExprKind::List(items) | ExprKind::Tuple(items) => check_starred_items(e, items),
        _ => Ok(()),
    }
}

pub(crate) fn check_starred_items(e: &Expr, items: &[Expr]) -> R<()> {
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
