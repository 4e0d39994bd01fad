//! No input makes the parser panic, hang or overflow the stack: deeply
//! nested input is an error (or a tree no deeper than the documented
//! limit), and random bytes or token soup are Ok or Err, never a crash.
//! These run on the default 2 MiB test-thread stack on purpose.

use arenapy_syntax::{parse_module, SyntaxErrorKind, MAX_EXPR_DEPTH};
use proptest::prelude::*;

fn expect_err(src: &str, msg: &str) {
    match parse_module(src) {
        Ok(_) => panic!(
            "expected {msg:?} for input starting {:?}",
            &src[..src.len().min(40)]
        ),
        Err(e) => assert!(e.msg.contains(msg), "got {:?}, expected {msg:?}", e.msg),
    }
}

#[test]
fn deep_brackets_are_errors() {
    for open in ["(", "[", "{"] {
        expect_err(&open.repeat(10_000), "too many nested parentheses");
    }
    // 200 is CPython's limit: 200 open brackets are fine.
    let ok = format!("x = {}1{}", "(".repeat(200), ")".repeat(200));
    parse_module(&ok).unwrap();
}

#[test]
fn long_operator_chains_are_bounded() {
    let limit = "maximum recursion depth exceeded during compilation";
    let n = 10_000;
    // CPython's parser stack overflows first on long prefix-operator runs:
    // a bare MemoryError.
    for chain in [
        format!("{}1\n", "-".repeat(n)),
        format!("{}x\n", "not ".repeat(n)),
        format!("{}x\n", "~".repeat(n)),
    ] {
        let e = parse_module(&chain).expect_err("too deep");
        assert_eq!(e.kind, SyntaxErrorKind::MemoryError);
    }
    // Below that, the compiler's RecursionError.
    let e = parse_module(&format!("{}1\n", "-".repeat(4000))).expect_err("too deep");
    assert_eq!(e.kind, SyntaxErrorKind::RecursionError);
    assert_eq!(e.msg, limit);
    expect_err(&format!("1{}\n", "+1".repeat(n)), limit);
    expect_err(&format!("2{}\n", "**2".repeat(n)), limit);
    expect_err(&format!("a{}\n", ".b".repeat(n)), limit);
    expect_err(&format!("f{}\n", "()".repeat(n)), limit);
    expect_err(&format!("a{}\n", "[0]".repeat(n)), limit);
    expect_err(&format!("{}1\n", "lambda: ".repeat(n)), limit);
    expect_err(&format!("{}1\n", "1 if x else ".repeat(n)), limit);
    // A chain then a syntax error: the partial trees are dropped safely.
    expect_err(&format!("1{} +\n", "+1".repeat(100_000)), "");
    expect_err(&format!("{}1 )\n", "-".repeat(100_000)), "");
}

#[test]
fn depth_limit_is_exact_enough() {
    let depth = MAX_EXPR_DEPTH as usize;
    // `-...-1`: each minus is one level above the constant.
    parse_module(&format!("{}1\n", "-".repeat(depth - 2))).unwrap();
    assert!(parse_module(&format!("{}1\n", "-".repeat(depth + 1))).is_err());
    // Long but flat expressions are fine.
    let flat = format!("x = [{}]\n", "1, ".repeat(100_000));
    parse_module(&flat).unwrap();
    let flat = format!("x = {}\n", "a and ".repeat(10_000) + "b");
    parse_module(&flat).unwrap();
}

#[test]
fn deep_blocks_are_errors() {
    let mut src = String::new();
    for i in 0..200 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(200));
    src.push_str("pass\n");
    let e = parse_module(&src).unwrap_err();
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(e.msg, "too many levels of indentation");
}

#[test]
fn nested_fstrings_are_bounded() {
    parse_module("f'''{f\"{f'{x}'}\"}'''\n").unwrap();
    let e = parse_module("f'{x:{y:{z}}}'\n").unwrap_err();
    assert_eq!(e.msg, "f-string: expressions nested too deeply");
    // An f-string whose field is a long chain still hits the limit.
    expect_err(
        &format!("f'{{{}1}}'\n", "-".repeat(10_000)),
        "maximum recursion depth",
    );
}

#[test]
fn incomplete_inputs_are_flagged() {
    for src in [
        "if x:\n",
        "foo(1,\n",
        "s = '''abc\n",
        "x = 1 + \\",
        "if x:\n    pass\nelse:\n",
    ] {
        let e = parse_module(src).unwrap_err();
        assert!(e.incomplete, "{src:?} should be incomplete: {e:?}");
    }
    for src in ["x = = 1\n", "x = 1 +\n", "'abc\n", ")\n"] {
        let e = parse_module(src).unwrap_err();
        assert!(!e.incomplete, "{src:?} should not be incomplete: {e:?}");
    }
}

const VOCAB: &[&str] = &[
    "x", "y", "1", "2.5", "'s'", "f'{x}'", "b'b'", "(", ")", "[", "]", "{", "}", ",", ":", ";",
    ".", "=", "==", "+", "-", "*", "**", "/", "//", "%", "@", "|", "&", "^", "~", "<<", "<", ">=",
    "!=", "->", ":=", "+=", "if", "else", "elif", "while", "for", "in", "not", "and", "or", "is",
    "lambda", "def", "class", "return", "yield", "from", "import", "as", "try", "except",
    "finally", "with", "del", "pass", "break", "global", "assert", "raise", "\n", "\n    ", "\n\t",
    "\\\n", "#c\n", "'''", "\"", "...",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_crash(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let src = String::from_utf8_lossy(&bytes);
        let _ = parse_module(&src);
    }

    #[test]
    fn random_tokens_never_crash(idx in proptest::collection::vec(0..VOCAB.len(), 0..120)) {
        let src: Vec<&str> = idx.iter().map(|&i| VOCAB[i]).collect();
        let src = src.join(" ");
        if let Err(e) = parse_module(&src) {
            // Every error renders and points into the source.
            let _ = e.render("x.py");
            prop_assert!(e.lineno >= 1);
        }
    }
}
