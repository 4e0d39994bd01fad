//! Code-object fields the `dis` listing does not show: flags, argument
//! counts, qualified names, cell-to-argument mapping, docstrings, first
//! lines, positions, and the interactive mode.

use arenapy_compiler::code::{flags, CodeObject, ConstValue, Position};
use arenapy_compiler::opcode::Opcode;
use arenapy_compiler::{compile, Mode};
use std::rc::Rc;

fn compile_src(src: &str, mode: Mode) -> Rc<CodeObject> {
    let module = arenapy_syntax::parse_module(src).expect("parses");
    compile(&module, src, "t.py", mode).expect("compiles")
}

/// Every code object, depth first, the module first.
fn all_codes(code: &Rc<CodeObject>) -> Vec<Rc<CodeObject>> {
    let mut out = vec![code.clone()];
    for c in &code.constants {
        if let ConstValue::Code(inner) = c {
            out.extend(all_codes(inner));
        }
    }
    out
}

fn find(code: &Rc<CodeObject>, qualname: &str) -> Rc<CodeObject> {
    all_codes(code)
        .into_iter()
        .find(|c| &*c.qualname == qualname)
        .unwrap_or_else(|| panic!("no code object {qualname}"))
}

fn ops(code: &CodeObject) -> Vec<Opcode> {
    code.instructions.iter().map(|i| i.opcode()).collect()
}

#[test]
fn qualnames_follow_cpython() {
    let src = "\
def f():
    def g():
        return lambda: [x for x in ()]
    class C:
        def m(self): pass
    return g, C
class D:
    def m(self):
        def inner(): pass
    class E:
        def n(self): pass
def h():
    global k
    def k(): pass
";
    let code = compile_src(src, Mode::Exec);
    let names: Vec<String> = all_codes(&code)
        .iter()
        .map(|c| c.qualname.to_string())
        .collect();
    assert_eq!(
        names,
        [
            "<module>",
            "f",
            "f.<locals>.g",
            "f.<locals>.g.<locals>.<lambda>",
            "f.<locals>.g.<locals>.<lambda>.<locals>.<listcomp>",
            "f.<locals>.C",
            "f.<locals>.C.m",
            "D",
            "D.m",
            "D.m.<locals>.inner",
            "D.E",
            "D.E.n",
            "h",
            "k",
        ]
    );
}

#[test]
fn flags_and_argument_counts() {
    let src = "\
def f(a, b, /, c, *args, d, e=1, **kw):
    def g():
        yield a
    return g
lam = lambda: (yield)
gen = (x for x in ())
class C: pass
";
    let code = compile_src(src, Mode::Exec);
    assert_eq!(code.flags & (flags::OPTIMIZED | flags::NEWLOCALS), 0);
    let f = find(&code, "f");
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (3, 2, 2));
    assert_eq!(f.total_args(), 7);
    let want = flags::OPTIMIZED | flags::NEWLOCALS | flags::VARARGS | flags::VARKEYWORDS;
    assert_eq!(f.flags & !flags::NOFREE, want);
    let varnames: Vec<&str> = f.varnames.iter().map(|s| &**s).collect();
    assert_eq!(varnames, ["a", "b", "c", "d", "e", "args", "kw", "g"]);
    // `a` is a parameter captured by g: a cell filled from argument 0.
    assert_eq!(&*f.cellvars[0], "a");
    assert_eq!(f.cell2arg, [(0, 0)]);
    let g = find(&code, "f.<locals>.g");
    assert!(g.is_generator());
    assert!(g.flags & flags::NESTED != 0);
    assert_eq!(&*g.freevars[0], "a");
    assert!(find(&code, "<lambda>").is_generator());
    let genexpr = find(&code, "<genexpr>");
    assert!(genexpr.is_generator());
    assert_eq!(genexpr.argcount, 1);
    assert_eq!(find(&code, "C").flags & !flags::NOFREE, 0);
}

#[test]
fn docstrings_and_first_lines() {
    let src = "\"\"\"mod\"\"\"\n@dec\n\ndef f():\n    'fdoc'\n    return 1\nclass C:\n    'cdoc'\n";
    let code = compile_src(src, Mode::Exec);
    assert_eq!(code.docstring.as_deref(), Some("mod"));
    let f = find(&code, "f");
    assert_eq!(f.docstring.as_deref(), Some("fdoc"));
    assert_eq!(
        f.first_line, 2,
        "a decorated function starts at its decorator"
    );
    assert_eq!(find(&code, "C").docstring.as_deref(), Some("cdoc"));
    assert!(!f.constants.contains(&ConstValue::Str("fdoc".into())));
}

#[test]
fn interactive_mode_prints_expression_statements() {
    let code = compile_src("1 + 1\nx = 2\nx\nfor i in y:\n    i\n", Mode::Interactive);
    assert_eq!(
        ops(&code)
            .iter()
            .filter(|&&o| o == Opcode::PrintExpr)
            .count(),
        3
    );
    assert!(!ops(&code).contains(&Opcode::PopTop));
    let exec = compile_src("1 + 1\n", Mode::Exec);
    assert!(!ops(&exec).contains(&Opcode::PrintExpr));
}

#[test]
fn positions_point_at_the_producing_node() {
    let src = "x = 1\nresult = foo(x) + bar.baz\n";
    let code = compile_src(src, Mode::Exec);
    let at = |op: Opcode| {
        let i = code
            .instructions
            .iter()
            .position(|i| i.opcode() == op)
            .unwrap();
        code.positions[i]
    };
    let pos = |line, col, end_col| Position {
        line,
        end_line: line,
        col,
        end_col,
    };
    assert_eq!(at(Opcode::Call), pos(2, 9, 15)); // foo(x)
    assert_eq!(at(Opcode::BinaryOp), pos(2, 9, 25)); // foo(x) + bar.baz
    assert_eq!(at(Opcode::LoadAttr), pos(2, 18, 25)); // bar.baz
    let store = code
        .instructions
        .iter()
        .rposition(|i| i.opcode() == Opcode::StoreName)
        .unwrap();
    assert_eq!(code.positions[store], pos(2, 0, 6)); // result
}

#[test]
fn constants_are_deduplicated_by_type() {
    let code = compile_src(
        "a = 1\nb = 1\nc = 1.0\nd = True\ne = 0.0\nf = -0.0\n",
        Mode::Exec,
    );
    let ints = code
        .constants
        .iter()
        .filter(|c| matches!(c, ConstValue::Int(_)))
        .count();
    assert_eq!(ints, 1);
    let floats = code
        .constants
        .iter()
        .filter(|c| matches!(c, ConstValue::Float(_)))
        .count();
    assert_eq!(floats, 3);
    assert!(code.constants.contains(&ConstValue::Bool(true)));
}

#[test]
fn max_stack_is_enough_for_deep_expressions() {
    let code = compile_src("x = (a, (b, (c, (d, e))))\n", Mode::Exec);
    assert_eq!(code.max_stack, 5);
    let code = compile_src("f(*a, **k)\n", Mode::Exec);
    assert!(code.max_stack >= 3);
}

#[test]
fn deepest_accepted_expressions_compile_on_a_modest_stack() {
    // The parser builds expression trees at most MAX_EXPR_DEPTH deep; the
    // compiler recurses once per level and must fit a 16 MiB thread stack
    // even in a debug build (the interpreter's main thread has 256 MiB). Trees are built by hand so only the compiler
    // is measured.
    use arenapy_syntax::ast::*;
    let depth = arenapy_syntax::MAX_EXPR_DEPTH as usize;
    let handle = std::thread::Builder::new()
        .stack_size(16 << 20)
        .spawn(move || {
            let sp = Span::new(0, 1);
            let name = |n: &str| Expr {
                kind: ExprKind::Name(n.into()),
                span: sp,
            };
            for shape in 0..5 {
                let mut e = name("a");
                for _ in 0..depth {
                    let inner = Box::new(e);
                    let kind = match shape {
                        0 => ExprKind::BinOp {
                            left: inner,
                            op: BinOp::Add,
                            right: Box::new(name("b")),
                        },
                        1 => ExprKind::UnaryOp {
                            op: UnaryOp::Not,
                            operand: inner,
                        },
                        2 => ExprKind::Call {
                            func: inner,
                            args: vec![],
                            keywords: vec![],
                        },
                        3 => ExprKind::List(vec![*inner]),
                        _ => ExprKind::Lambda {
                            args: Box::default(),
                            body: inner,
                        },
                    };
                    e = Expr { kind, span: sp };
                }
                let module = Module {
                    body: vec![Stmt {
                        kind: StmtKind::Expr(e),
                        span: sp,
                    }],
                };
                compile(&module, "a", "t.py", Mode::Exec).unwrap();
                // Dropping a deep tree recurses too; leak it instead (test only).
                std::mem::forget(module);
            }
        })
        .unwrap();
    handle.join().unwrap();
}
