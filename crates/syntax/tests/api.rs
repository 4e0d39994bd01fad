//! The public API: shapes the compiler relies on, LineIndex, error fields.

use arenapy_syntax::ast::{BinOp, Constant, ExprKind, StmtKind, UnaryOp};
use arenapy_syntax::{parse_module, LineIndex, SyntaxErrorKind};

fn expr(src: &str) -> ExprKind {
    let m = parse_module(src).unwrap();
    match m.body.into_iter().next().unwrap().kind {
        StmtKind::Expr(e) => e.kind,
        k => panic!("not an expression: {k:?}"),
    }
}

#[test]
fn power_binds_tighter_than_unary_minus_on_its_left() {
    // -2**2 == -(2**2)
    let ExprKind::UnaryOp {
        op: UnaryOp::USub,
        operand,
    } = expr("-2**2")
    else {
        panic!()
    };
    assert!(matches!(
        operand.kind,
        ExprKind::BinOp { op: BinOp::Pow, .. }
    ));
    // 2**-1 == 2**(-1)
    let ExprKind::BinOp {
        op: BinOp::Pow,
        right,
        ..
    } = expr("2**-1")
    else {
        panic!()
    };
    assert!(matches!(
        right.kind,
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            ..
        }
    ));
    // right-associative
    let ExprKind::BinOp { left, .. } = expr("2**3**2") else {
        panic!()
    };
    assert!(matches!(left.kind, ExprKind::Constant(_)));
}

#[test]
fn big_ints_and_floats() {
    let ExprKind::Constant(Constant::Int(i)) = expr("1_000_000_000_000_000_000_000_000") else {
        panic!()
    };
    assert_eq!(i.to_string(), "1000000000000000000000000");
    assert_eq!(expr("0xff"), expr("255"));
    assert!(matches!(expr("1e3"), ExprKind::Constant(Constant::Float(f)) if f == 1000.0));
    assert!(matches!(expr("2j"), ExprKind::Constant(Constant::Imaginary(f)) if f == 2.0));
}

#[test]
fn line_index() {
    let src = "a = 1\nbé = 2\r\nc\rd";
    let li = LineIndex::new(src);
    assert_eq!(li.line_col(0), (1, 0));
    assert_eq!(li.line_col(6), (2, 0));
    assert_eq!(li.line_col(8), (2, 2)); // after 'bé' (3 bytes)
    assert_eq!(li.line_text(src, 2), "bé = 2\r\n");
    assert_eq!(li.line_text(src, 3), "c\r");
    assert_eq!(li.line_text(src, 4), "d");
}

#[test]
fn error_fields() {
    let e = parse_module("x = 1\na = = 1\n").unwrap_err();
    assert_eq!(e.kind, SyntaxErrorKind::SyntaxError);
    assert_eq!(e.kind.name(), "SyntaxError");
    assert_eq!(
        (e.lineno, e.offset, e.end_lineno, e.end_offset),
        (2, 5, 2, 6)
    );
    assert_eq!(e.text.as_deref(), Some("a = = 1\n"));
    assert_eq!(e.to_string(), "invalid syntax");
    assert!(!e.incomplete);
    let e = parse_module("if x:\n\tpass\n        pass\n").unwrap_err();
    assert_eq!(e.kind.name(), "TabError");
    // Column offsets count characters, not bytes.
    let e = parse_module("é = (1 2)\n").unwrap_err();
    assert_eq!((e.offset, e.end_offset), (6, 9));
}

#[test]
fn spans_match_cpython() {
    // Values from python3.11 -c "import ast; ..." (col_offset, end_col_offset).
    let m = parse_module("f(x for x in y)\n(a, b)\n(a)\nx = 1, 2,\n").unwrap();
    let spans: Vec<_> = m.body.iter().map(|s| (s.span.start, s.span.end)).collect();
    assert_eq!(spans, [(0, 15), (16, 22), (23, 26), (27, 36)]);
    let StmtKind::Expr(e) = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::Call { args, .. } = &e.kind else {
        panic!()
    };
    assert_eq!((args[0].span.start, args[0].span.end), (1, 15));
    let StmtKind::Expr(e) = &m.body[2].kind else {
        panic!()
    };
    assert_eq!((e.span.start, e.span.end), (24, 25)); // parentheses dropped
}
