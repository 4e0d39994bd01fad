//! The `arenapy` command line (issue 4's CLI): `-c`, scripts on standard
//! input, `--version`, `--help`, bad usage, missing files, tracebacks,
//! SyntaxErrors and `--dis`, each checked against CPython 3.11's behaviour.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn arenapy(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_arenapy"));
    cmd.args(args).env_remove("ARENAPY_GC_STRESS");
    cmd
}

/// Runs with `stdin` as standard input (a pipe, never a terminal).
fn run_with_stdin(args: &[&str], stdin: &str) -> Output {
    let mut child = arenapy(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn arenapy");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

fn run(args: &[&str]) -> Output {
    run_with_stdin(args, "")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn script(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write script");
    path.to_str().expect("utf-8 path").to_string()
}

#[test]
fn dash_c_runs_code_with_sys_argv() {
    let o = run(&["-c", "import sys; print(sys.argv)", "a", "-b", "--c"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "['-c', 'a', '-b', '--c']\n");
    // The seed's example.
    let o = run(&["-c", "a = 100; b = a; a = a + 1; print(a, b)"]);
    assert_eq!(stdout(&o), "101 100\n");
}

#[test]
fn script_file_gets_its_arguments() {
    let dir = tempfile::tempdir().expect("temp dir");
    let f = script(&dir, "args.py", "import sys\nprint(sys.argv[1:])\n");
    let o = run(&[&f, "x", "--flag"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "['x', '--flag']\n");
}

#[test]
fn script_on_standard_input() {
    let program = "import sys\nfor i in range(3):\n    print(i)\nprint(sys.argv)\n";
    // `arenapy < f.py`: no prompts, no banner, sys.argv == [''].
    let o = run_with_stdin(&[], program);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "0\n1\n2\n['']\n");
    // `arenapy - ARGS`.
    let o = run_with_stdin(&["-", "x", "y"], program);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "0\n1\n2\n['-', 'x', 'y']\n");
    assert!(stderr(&o).is_empty());
}

#[test]
fn version() {
    let o = run(&["--version"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.starts_with("arenapy 3.11"), "{out}");
    assert!(out.contains(env!("CARGO_PKG_VERSION")), "{out}");
}

#[test]
fn help_lists_the_options_and_the_repl() {
    let o = run(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    for needle in [
        "--stats",
        "--profile",
        "--dis",
        "-c <CODE>",
        "REPL",
        ":mem diff",
        ":refs",
    ] {
        assert!(out.contains(needle), "--help lacks {needle}:\n{out}");
    }
}

#[test]
fn bad_usage_exits_2_with_a_message() {
    let o = run(&["--no-such-flag"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--no-such-flag"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());

    let o = run(&["--profile", "fast", "-c", "pass"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("unknown profile 'fast'"),
        "{}",
        stderr(&o)
    );

    let o = run(&["-c"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!stderr(&o).is_empty());
}

#[test]
fn missing_file_exits_2_like_cpython() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("nope.py");
    let missing = missing.to_str().expect("utf-8");
    let o = run(&[missing]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    let expected = format!("can't open file '{missing}': [Errno 2] No such file or directory\n");
    assert!(err.ends_with(&expected), "{err}");
    assert!(stdout(&o).is_empty());
}

#[test]
fn uncaught_exception_exits_1_with_a_traceback() {
    let dir = tempfile::tempdir().expect("temp dir");
    let f = script(
        &dir,
        "boom.py",
        "def f():\n    return missing\n\nprint('before')\nf()\n",
    );
    let o = run(&[&f]);
    assert_eq!(o.status.code(), Some(1));
    // Output printed before the error is not lost.
    assert_eq!(stdout(&o), "before\n");
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines.first(),
        Some(&"Traceback (most recent call last):"),
        "{err}"
    );
    assert_eq!(
        lines.last(),
        Some(&"NameError: name 'missing' is not defined"),
        "{err}"
    );
    assert!(
        err.contains(&format!("  File \"{f}\", line 5, in <module>\n    f()\n")),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "  File \"{f}\", line 2, in f\n    return missing\n"
        )),
        "{err}"
    );
}

#[test]
fn system_exit_sets_the_status() {
    let o = run(&["-c", "raise SystemExit(4)"]);
    assert_eq!(o.status.code(), Some(4));
    assert!(stderr(&o).is_empty());
    let o = run(&["-c", "import sys; sys.exit('bye')"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "bye\n");
}

#[test]
fn syntax_errors_render_like_cpython() {
    let o = run(&["-c", "x = (1,"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "  File \"<string>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let f = script(&dir, "indent.py", "if True:\nprint(1)\n");
    let o = run(&[&f]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "  File \"{f}\", line 2\n    print(1)\n    ^\n\
             IndentationError: expected an indented block after 'if' statement on line 1\n"
        )
    );
    // Nothing ran.
    let o = run(&["-c", "print('ran')\nx = = 1"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty());
    assert!(
        stderr(&o).ends_with("SyntaxError: invalid syntax\n"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn dis_prints_the_listing_without_running() {
    let o = run(&["--dis", "-c", "a = 100; b = a; a = a + 1; print('ran')"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(!out.contains("ran\n"), "{out}");
    for needle in ["LoadConst", "(100)", "StoreName", "(a)", "BinaryOp", "(+)"] {
        assert!(out.contains(needle), "listing lacks {needle}:\n{out}");
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let f = script(&dir, "d.py", "def f(x):\n    return x * 2\n");
    let o = run(&["--dis", &f]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("ReturnValue"), "{}", stdout(&o));
}

#[test]
fn dis_adaptive_runs_then_lists_the_quickened_instructions() {
    // CPython's dis.dis(adaptive=True) after warm-up: the sites this run
    // fed floats, lists, two locals, a range and int compares show their
    // specialised and super-instruction forms (the compare fused with its
    // jump); the plain `--dis` of the same script shows only compiled
    // instructions.
    let dir = tempfile::tempdir().expect("temp dir");
    let src = "def f(a, b, l):\n    return a * b + l[0]\n\ndef g(n):\n    for i in range(n):\n        if i < 50:\n            n = i\n    return n\n\nfor i in range(100):\n    x = f(1.5, 2.0, [1.0])\ng(100)\nprint(x)\n";
    let f = script(&dir, "q.py", src);
    let o = run(&["--dis=adaptive", &f]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("4.0\n"), "the script runs first:\n{out}");
    for needle in [
        "LoadFast__LoadFast",
        "BinaryOpMultiplyFloat",
        "BinarySubscrListInt",
        "BinaryOpAddFloat",
        "ForIterRange",
        "CompareOpIntJump         0 (<)",
        "LoadGlobalBuiltin",
    ] {
        assert!(out.contains(needle), "listing lacks {needle}:\n{out}");
    }
    let o = run(&["--dis", &f]);
    let plain = stdout(&o);
    assert!(
        !plain.contains("4.0\n") && !plain.contains("Float") && !plain.contains("__"),
        "{plain}"
    );
    let o = run(&["--dis=bogus", &f]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn stats_report_goes_to_stderr() {
    let o = run(&["--stats", "-c", "a = 100; b = a; a = a + 1; print(a, b)"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "101 100\n");
    assert!(!stderr(&o).is_empty());
    let o = run(&["--stats=json", "-c", "pass"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).trim_start().starts_with('{'), "{}", stderr(&o));
}

#[test]
fn heap_limit_raises_memory_error_and_the_program_can_recover() {
    // Objects and container buffers both count against the limit; the
    // program catches MemoryError, drops what it built, and goes on.
    let o = run(&[
        "--heap-limit",
        "1000000",
        "-c",
        "x = []\ntry:\n    while True:\n        x.append([0] * 1000)\nexcept MemoryError:\n    big = len(x) > 10\n    x = None\n    print('MemoryError', big)\ny = [1] * 100\nprint('recovered', len(y))",
    ]);
    assert_eq!(stdout(&o), "MemoryError True\nrecovered 100\n");
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
}

#[test]
fn heap_limit_uncaught_memory_error_is_a_traceback() {
    let o = run(&[
        "--heap-limit",
        "200000",
        "-c",
        "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o).lines().last(), Some("MemoryError"));
}

#[test]
fn input_and_sys_stdin_share_standard_input() {
    // Expected output checked against python3 with the same program/input.
    let code = "import sys\nfirst = input()\nrest = sys.stdin.read().split()\nprint(first, rest, sum(map(int, rest)))";
    let o = run_with_stdin(&["-c", code], "hello\n1 2\n3\n");
    assert_eq!(stdout(&o), "hello ['1', '2', '3'] 6\n");
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
}

#[test]
fn input_at_end_of_file_raises_eof_error() {
    let o = run_with_stdin(
        &[
            "-c",
            "import sys\nfor line in sys.stdin:\n    print(line.strip().upper())\ninput()",
        ],
        "a\nb\n",
    );
    assert_eq!(stdout(&o), "A\nB\n");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o).lines().last(),
        Some("EOFError: EOF when reading a line")
    );
}

#[test]
fn leak_report_goes_to_its_file_and_leaves_the_output_alone() {
    // The python_scripts harness's leak check: ARENAPY_LEAK_REPORT names a
    // file for the teardown's leaked-block count; stdout, stderr and the
    // exit status are the script's own.
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("leaks.txt");
    let f = script(
        &dir,
        "cycle.py",
        "import sys\nclass C: pass\nc = C()\nc.me = c\nprint('out')\nsys.exit(3)\n",
    );
    let o = arenapy(&[&f])
        .env("ARENAPY_LEAK_REPORT", &report)
        .output()
        .expect("run arenapy");
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert_eq!(stdout(&o), "out\n");
    assert_eq!(stderr(&o), "");
    assert_eq!(
        std::fs::read_to_string(&report).expect("report written"),
        "0\n"
    );
}

/// Compile-time SyntaxWarnings go to stderr as CPython 3.11 shows them
/// (file:line, category, message, the stripped source line; no line for
/// `<string>`), and the program runs on.
#[test]
fn assert_on_a_tuple_warns_at_compile_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = script(
        &dir,
        "w.py",
        "def f():\n    assert (1, 2), 'msg'\n    assert (1 == 1)\nf()\nexec('assert (1,)')\nprint('done')\n",
    );
    let o = run(&[&path]);
    assert_eq!(stdout(&o), "done\n");
    assert_eq!(
        stderr(&o),
        format!(
            "{path}:2: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n  \
             assert (1, 2), 'msg'\n\
             <string>:1: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n"
        )
    );
    assert!(o.status.success());
}

/// The folded tuples of the warning include integer arithmetic within
/// CPython's optimizer limits (128-bit results): `(2**64-1,) * 5` folds,
/// `(3**100,) * 2` does not (found by scripts/fuzz-diff).
#[test]
fn assert_on_a_folded_big_int_tuple_warns() {
    let dir = tempfile::tempdir().unwrap();
    let path = script(
        &dir,
        "w.py",
        "assert (2**64-1,) * 5, 1\nassert (3**100,) * 2, 2\nassert (1,) * (2**2), 3\ndef f():\n    assert (1 // 0,) * 2, 4\n",
    );
    let o = run(&[&path]);
    let w = "SyntaxWarning: assertion is always true, perhaps remove parentheses?";
    assert_eq!(
        stderr(&o),
        format!(
            "{path}:1: {w}\n  assert (2**64-1,) * 5, 1\n{path}:3: {w}\n  assert (1,) * (2**2), 3\n"
        )
    );
}

/// A NUL byte in a script is CPython 3.11.7's SyntaxError: the line up to
/// the NUL, no caret.
#[test]
fn nul_byte_in_a_script_is_a_syntax_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.py");
    std::fs::write(&path, b"x = 1\n\n  y = \"ab\0cd\"\n").unwrap();
    let path = path.to_string_lossy().into_owned();
    let o = run(&[&path]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!("  File \"{path}\", line 3\n    y = \"ab\nSyntaxError: source code cannot contain null bytes\n")
    );
}

/// Expressions nested past CPython's compiler limit: RecursionError, or a
/// bare MemoryError past its parser's, printed without a traceback.
#[test]
fn deep_nesting_is_recursion_or_memory_error() {
    let dir = tempfile::tempdir().unwrap();
    let deep = script(&dir, "d.py", &format!("x = {}1\n", "-".repeat(3000)));
    let o = run(&[&deep]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "RecursionError: maximum recursion depth exceeded during compilation\n"
    );
    let deeper = script(&dir, "e.py", &format!("x = {}1\n", "-".repeat(100_000)));
    let o = run(&[&deeper]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "MemoryError\n");
}

/// `is` with a literal operand warns as CPython 3.11 does (operands folded
/// to constants count; None, True, False and `...` do not).
#[test]
fn is_with_a_literal_warns_at_compile_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = script(
        &dir,
        "w.py",
        "x = 5\nprint(x is None, x is [], x is (not 1))\nprint(x is -1)\nprint(x is not (1, 'a'))\n",
    );
    let o = run(&[&path]);
    assert_eq!(stdout(&o), "False False False\nFalse\nTrue\n");
    assert_eq!(
        stderr(&o),
        format!(
            "{path}:3: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  print(x is -1)\n\
             {path}:4: SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?\n  print(x is not (1, 'a'))\n"
        )
    );
}

/// The assert warning looks at the folded expression, as CPython's does:
/// constant tuples built with `+` and `*` count, unless folding is refused
/// (a negative count, more than 256 items).
#[test]
fn assert_on_a_folded_tuple_warns() {
    let dir = tempfile::tempdir().unwrap();
    let path = script(
        &dir,
        "w.py",
        "assert (None,) * 10\nassert (1,) * 0 or True\nassert (1, 2) + (3,)\nassert (1,) * 300\nassert (1,) * -1 or 1\n",
    );
    let o = run(&[&path]);
    let warn = "SyntaxWarning: assertion is always true, perhaps remove parentheses?";
    assert_eq!(
        stderr(&o),
        format!(
            "{path}:1: {warn}\n  assert (None,) * 10\n{path}:3: {warn}\n  assert (1, 2) + (3,)\n"
        )
    );
    assert!(o.status.success());
}

/// A decode whose surrogateescape/surrogatepass result needs a lone
/// surrogate (which arenapy's str cannot hold) is strict's error with the
/// reason saying why, not a silently different str (docs/fuzzing.md).
#[test]
fn surrogate_handlers_refuse_lone_surrogates() {
    let o = run(&[
        "-c",
        "for b, h in ((b'a\\xff', 'surrogateescape'), (b'\\xed\\xa0\\x80', 'surrogatepass')):\n    try:\n        b.decode('utf-8', h)\n    except UnicodeDecodeError as e:\n        print(e.start, e.end, e.reason)",
    ]);
    assert_eq!(
        stdout(&o),
        "1 2 invalid start byte (the surrogateescape handler would give a lone surrogate, which arenapy's str cannot hold)\n\
         0 1 invalid continuation byte (the surrogatepass handler would give a lone surrogate, which arenapy's str cannot hold)\n"
    );
}
