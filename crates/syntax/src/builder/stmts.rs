//! Builders for statements.

use super::*;

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

pub fn handler(
    l: usize,
    typ: Option<(Node, Option<String>)>,
    body: Vec<Stmt>,
    star: bool,
) -> ExceptHandler {
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
        star,
    }
}

pub fn try_stmt(
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
) -> R<Stmt> {
    let star = handlers.first().is_some_and(|h| h.star);
    if let Some(h) = handlers.iter().find(|h| h.star != star) {
        // CPython's `invalid_try_stmt` marks the keyword of the first
        // clause of the other kind (`except` or `except*`).
        let start = h.span.start as usize;
        let kw = if h.star { 7 } else { 6 };
        return err(
            "cannot have both 'except' and 'except*' on the same 'try'",
            Span::new(start, start + kw),
        );
    }
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let end = [&finalbody, &orelse]
        .iter()
        .find(|b| !b.is_empty())
        .map(|b| block_end(b))
        .or_else(|| handlers.last().map(|h| h.span.end as usize))
        .unwrap_or_else(|| block_end(&body));
    Ok(stmt(
        l,
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            star,
        },
        end,
    ))
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
