//! A compact, line-oriented dump of the AST for snapshots: one node per
//! line, indented by depth, each with its span as `line:col-line:col`
//! (1-based lines, 0-based byte columns, like CPython's `ast`).

use std::fmt::Write;

use arenapy_syntax::ast::*;
use arenapy_syntax::LineIndex;

struct Dumper<'a> {
    lines: LineIndex,
    out: String,
    _src: &'a str,
}

pub fn module(src: &str, m: &Module) -> String {
    let mut d = Dumper {
        lines: LineIndex::new(src),
        out: String::new(),
        _src: src,
    };
    for s in &m.body {
        d.stmt(s, 0);
    }
    d.out
}

impl Dumper<'_> {
    fn line(&mut self, depth: usize, text: &str, span: Option<Span>) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        if let Some(s) = span {
            let (l1, c1) = self.lines.line_col(s.start);
            let (l2, c2) = self.lines.line_col(s.end);
            let _ = write!(self.out, "  @{l1}:{c1}-{l2}:{c2}");
        }
        self.out.push('\n');
    }

    fn label(&mut self, depth: usize, text: &str) {
        self.line(depth, text, None);
    }

    fn body(&mut self, depth: usize, name: &str, body: &[Stmt]) {
        if body.is_empty() {
            return;
        }
        self.label(depth, name);
        for s in body {
            self.stmt(s, depth + 1);
        }
    }

    fn opt(&mut self, depth: usize, name: &str, e: &Option<Expr>) {
        if let Some(e) = e {
            self.label(depth, name);
            self.expr(e, depth + 1);
        }
    }

    fn args(&mut self, a: &Arguments, depth: usize) {
        let arg = |d: &mut Self, kind: &str, x: &Arg| {
            d.line(depth, &format!("{kind} {}", x.name), Some(x.span));
            if let Some(ann) = &x.annotation {
                d.expr(ann, depth + 1);
            }
        };
        for x in &a.posonlyargs {
            arg(self, "posonly", x);
        }
        for x in &a.args {
            arg(self, "arg", x);
        }
        if let Some(x) = &a.vararg {
            arg(self, "vararg", x);
        }
        for x in &a.kwonlyargs {
            arg(self, "kwonly", x);
        }
        if let Some(x) = &a.kwarg {
            arg(self, "kwarg", x);
        }
        for d in &a.defaults {
            self.label(depth, "default");
            self.expr(d, depth + 1);
        }
        for d in &a.kw_defaults {
            match d {
                Some(d) => {
                    self.label(depth, "kw_default");
                    self.expr(d, depth + 1);
                }
                None => self.label(depth, "kw_default -"),
            }
        }
    }

    fn stmt(&mut self, s: &Stmt, depth: usize) {
        let d1 = depth + 1;
        let sp = Some(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.line(depth, "Expr", sp);
                self.expr(e, d1);
            }
            StmtKind::Assign { targets, value } => {
                self.line(depth, "Assign", sp);
                for t in targets {
                    self.label(d1, "target");
                    self.expr(t, d1 + 1);
                }
                self.expr(value, d1);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.line(depth, &format!("AugAssign {}=", op.symbol()), sp);
                self.expr(target, d1);
                self.expr(value, d1);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.line(depth, &format!("AnnAssign simple={simple}"), sp);
                self.expr(target, d1);
                self.expr(annotation, d1);
                self.opt(d1, "value", value);
            }
            StmtKind::If { test, body, orelse } => {
                self.line(depth, "If", sp);
                self.expr(test, d1);
                self.body(d1, "body", body);
                self.body(d1, "orelse", orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.line(depth, "While", sp);
                self.expr(test, d1);
                self.body(d1, "body", body);
                self.body(d1, "orelse", orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.line(depth, "For", sp);
                self.expr(target, d1);
                self.expr(iter, d1);
                self.body(d1, "body", body);
                self.body(d1, "orelse", orelse);
            }
            StmtKind::Break => self.line(depth, "Break", sp),
            StmtKind::Continue => self.line(depth, "Continue", sp),
            StmtKind::Pass => self.line(depth, "Pass", sp),
            StmtKind::FunctionDef(f) => {
                self.line(depth, &format!("FunctionDef {}", f.name), sp);
                for d in &f.decorators {
                    self.label(d1, "decorator");
                    self.expr(d, d1 + 1);
                }
                self.args(&f.args, d1);
                self.opt(d1, "returns", &f.returns);
                self.body(d1, "body", &f.body);
            }
            StmtKind::ClassDef(c) => {
                self.line(depth, &format!("ClassDef {}", c.name), sp);
                for d in &c.decorators {
                    self.label(d1, "decorator");
                    self.expr(d, d1 + 1);
                }
                for b in &c.bases {
                    self.label(d1, "base");
                    self.expr(b, d1 + 1);
                }
                for k in &c.keywords {
                    self.keyword(k, d1);
                }
                self.body(d1, "body", &c.body);
            }
            StmtKind::Return(v) => {
                self.line(depth, "Return", sp);
                if let Some(v) = v {
                    self.expr(v, d1);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                star,
            } => {
                self.line(depth, if *star { "TryStar" } else { "Try" }, sp);
                self.body(d1, "body", body);
                for h in handlers {
                    let name = h
                        .name
                        .as_deref()
                        .map_or(String::new(), |n| format!(" as {n}"));
                    self.line(d1, &format!("ExceptHandler{name}"), Some(h.span));
                    if let Some(t) = &h.typ {
                        self.expr(t, d1 + 1);
                    }
                    self.body(d1 + 1, "body", &h.body);
                }
                self.body(d1, "orelse", orelse);
                self.body(d1, "finalbody", finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                self.line(depth, "Raise", sp);
                self.opt(d1, "exc", exc);
                self.opt(d1, "cause", cause);
            }
            StmtKind::Global(names) => {
                self.line(depth, &format!("Global {}", names.join(", ")), sp)
            }
            StmtKind::Nonlocal(names) => {
                self.line(depth, &format!("Nonlocal {}", names.join(", ")), sp)
            }
            StmtKind::Delete(targets) => {
                self.line(depth, "Delete", sp);
                for t in targets {
                    self.expr(t, d1);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.line(depth, "Assert", sp);
                self.expr(test, d1);
                self.opt(d1, "msg", msg);
            }
            StmtKind::Import(names) => {
                self.line(depth, "Import", sp);
                for a in names {
                    self.alias(a, d1);
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let m = module.as_deref().unwrap_or("-");
                self.line(depth, &format!("ImportFrom {m} level={level}"), sp);
                for a in names {
                    self.alias(a, d1);
                }
            }
            StmtKind::With { items, body } => {
                self.line(depth, "With", sp);
                for i in items {
                    self.label(d1, "item");
                    self.expr(&i.context_expr, d1 + 1);
                    self.opt(d1 + 1, "as", &i.optional_vars);
                }
                self.body(d1, "body", body);
            }
            StmtKind::Match { subject, cases } => {
                self.line(depth, "Match", sp);
                self.expr(subject, d1);
                for c in cases {
                    self.label(d1, "case");
                    self.pattern(&c.pattern, d1 + 1);
                    self.opt(d1 + 1, "if", &c.guard);
                    self.body(d1 + 1, "body", &c.body);
                }
            }
        }
    }

    fn pattern(&mut self, p: &Pattern, depth: usize) {
        let d1 = depth + 1;
        let sp = Some(p.span);
        match &p.kind {
            PatternKind::MatchValue(v) => {
                self.line(depth, "MatchValue", sp);
                self.expr(v, d1);
            }
            PatternKind::MatchSingleton(c) => {
                self.line(depth, &format!("MatchSingleton {c:?}"), sp)
            }
            PatternKind::MatchSequence(items) => {
                self.line(depth, "MatchSequence", sp);
                for i in items {
                    self.pattern(i, d1);
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                let rest = rest.as_deref().map_or(String::new(), |r| format!(" **{r}"));
                self.line(depth, &format!("MatchMapping{rest}"), sp);
                for (k, v) in keys.iter().zip(patterns) {
                    self.expr(k, d1);
                    self.pattern(v, d1 + 1);
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.line(depth, "MatchClass", sp);
                self.expr(cls, d1);
                for i in patterns {
                    self.pattern(i, d1);
                }
                for (a, v) in kwd_attrs.iter().zip(kwd_patterns) {
                    self.label(d1, a);
                    self.pattern(v, d1 + 1);
                }
            }
            PatternKind::MatchStar(n) => self.line(
                depth,
                &format!("MatchStar {}", n.as_deref().unwrap_or("_")),
                sp,
            ),
            PatternKind::MatchAs { pattern, name } => {
                self.line(
                    depth,
                    &format!("MatchAs {}", name.as_deref().unwrap_or("_")),
                    sp,
                );
                if let Some(p) = pattern {
                    self.pattern(p, d1);
                }
            }
            PatternKind::MatchOr(alts) => {
                self.line(depth, "MatchOr", sp);
                for a in alts {
                    self.pattern(a, d1);
                }
            }
        }
    }

    fn alias(&mut self, a: &Alias, depth: usize) {
        let asname = a
            .asname
            .as_deref()
            .map_or(String::new(), |n| format!(" as {n}"));
        self.line(depth, &format!("alias {}{asname}", a.name), Some(a.span));
    }

    fn keyword(&mut self, k: &Keyword, depth: usize) {
        let name = k.arg.as_deref().unwrap_or("**");
        self.line(depth, &format!("keyword {name}"), Some(k.span));
        self.expr(&k.value, depth + 1);
    }

    fn comps(&mut self, gens: &[Comprehension], depth: usize) {
        for g in gens {
            self.label(depth, "for");
            self.expr(&g.target, depth + 1);
            self.label(depth, "in");
            self.expr(&g.iter, depth + 1);
            for i in &g.ifs {
                self.label(depth, "if");
                self.expr(i, depth + 1);
            }
        }
    }

    fn expr(&mut self, e: &Expr, depth: usize) {
        let d1 = depth + 1;
        let sp = Some(e.span);
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.line(depth, &format!("BoolOp {op:?}"), sp);
                for v in values {
                    self.expr(v, d1);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.line(depth, "NamedExpr", sp);
                self.expr(target, d1);
                self.expr(value, d1);
            }
            ExprKind::BinOp { left, op, right } => {
                self.line(depth, &format!("BinOp {}", op.symbol()), sp);
                self.expr(left, d1);
                self.expr(right, d1);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.line(depth, &format!("UnaryOp {op:?}"), sp);
                self.expr(operand, d1);
            }
            ExprKind::Lambda { args, body } => {
                self.line(depth, "Lambda", sp);
                self.args(args, d1);
                self.expr(body, d1);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.line(depth, "IfExp", sp);
                self.expr(test, d1);
                self.expr(body, d1);
                self.expr(orelse, d1);
            }
            ExprKind::Dict { keys, values } => {
                self.line(depth, "Dict", sp);
                for (k, v) in keys.iter().zip(values) {
                    match k {
                        Some(k) => self.expr(k, d1),
                        None => self.label(d1, "**"),
                    }
                    self.expr(v, d1 + 1);
                }
            }
            ExprKind::Set(items) => self.seq("Set", items, depth, sp),
            ExprKind::List(items) => self.seq("List", items, depth, sp),
            ExprKind::Tuple(items) => self.seq("Tuple", items, depth, sp),
            ExprKind::ListComp { elt, generators } => {
                self.line(depth, "ListComp", sp);
                self.expr(elt, d1);
                self.comps(generators, d1);
            }
            ExprKind::SetComp { elt, generators } => {
                self.line(depth, "SetComp", sp);
                self.expr(elt, d1);
                self.comps(generators, d1);
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.line(depth, "GeneratorExp", sp);
                self.expr(elt, d1);
                self.comps(generators, d1);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.line(depth, "DictComp", sp);
                self.expr(key, d1);
                self.expr(value, d1);
                self.comps(generators, d1);
            }
            ExprKind::Yield(v) => {
                self.line(depth, "Yield", sp);
                if let Some(v) = v {
                    self.expr(v, d1);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.line(depth, "YieldFrom", sp);
                self.expr(v, d1);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.line(depth, &format!("Compare {ops:?}"), sp);
                self.expr(left, d1);
                for c in comparators {
                    self.expr(c, d1);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.line(depth, "Call", sp);
                self.expr(func, d1);
                for a in args {
                    self.expr(a, d1);
                }
                for k in keywords {
                    self.keyword(k, d1);
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let conv = conversion.map_or(String::new(), |c| format!(" !{c}"));
                self.line(depth, &format!("FormattedValue{conv}"), sp);
                self.expr(value, d1);
                if let Some(f) = format_spec {
                    self.label(d1, "format_spec");
                    self.expr(f, d1 + 1);
                }
            }
            ExprKind::JoinedStr(parts) => self.seq("JoinedStr", parts, depth, sp),
            ExprKind::Constant(c) => {
                let text = match c {
                    Constant::None => "None".to_string(),
                    Constant::Bool(b) => if *b { "True" } else { "False" }.to_string(),
                    Constant::Int(i) => i.to_string(),
                    Constant::Float(f) => format!("{f:?}"),
                    Constant::Imaginary(f) => format!("{f:?}j"),
                    Constant::Str(s) => format!("{s:?}"),
                    Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
                    Constant::Ellipsis => "...".to_string(),
                };
                self.line(depth, &format!("Constant {text}"), sp);
            }
            ExprKind::Attribute { value, attr } => {
                self.line(depth, &format!("Attribute .{attr}"), sp);
                self.expr(value, d1);
            }
            ExprKind::Subscript { value, slice } => {
                self.line(depth, "Subscript", sp);
                self.expr(value, d1);
                self.expr(slice, d1);
            }
            ExprKind::Starred(v) => {
                self.line(depth, "Starred", sp);
                self.expr(v, d1);
            }
            ExprKind::Name(n) => self.line(depth, &format!("Name {n}"), sp),
            ExprKind::Slice { lower, upper, step } => {
                self.line(depth, "Slice", sp);
                for (name, part) in [("lower", lower), ("upper", upper), ("step", step)] {
                    if let Some(p) = part {
                        self.label(d1, name);
                        self.expr(p, d1 + 1);
                    }
                }
            }
        }
    }

    fn seq(&mut self, name: &str, items: &[Expr], depth: usize, sp: Option<Span>) {
        self.line(depth, name, sp);
        for i in items {
            self.expr(i, depth + 1);
        }
    }
}
