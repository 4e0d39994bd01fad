//! The REPL driven through a pseudo-terminal, as a person would use it.
//!
//! Synchronisation is always on output (a prompt, a value), never on time:
//! each step waits for what the previous one must print. The timeouts are
//! generous because debug builds on a loaded machine are slow; a passing run
//! takes well under a second per test.

use expectrl::{Eof, Regex, Session, WaitStatus};
use std::process::{Command, Stdio};
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(30);

struct Repl {
    s: Session,
    /// The temporary home directory, removed with the session (None when the
    /// test owns it).
    _home: Option<tempfile::TempDir>,
}

fn command(home: &std::path::Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_arenapy"));
    cmd.args(args)
        .env("HOME", home)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env_remove("ARENAPY_GC_STRESS");
    cmd
}

impl Repl {
    fn start(args: &[&str]) -> Repl {
        let home = tempfile::tempdir().expect("temp dir");
        let mut r = Repl::start_in(home.path(), args, true);
        r._home = Some(home);
        r
    }

    fn start_in(home: &std::path::Path, args: &[&str], no_color: bool) -> Repl {
        let mut cmd = command(home, args);
        if !no_color {
            cmd.env_remove("NO_COLOR");
        }
        let mut s = Session::spawn(cmd).expect("spawn arenapy on a pty");
        s.set_expect_timeout(Some(TIMEOUT));
        let mut r = Repl { s, _home: None };
        r.expect(">>> ");
        r
    }

    /// Waits for `needle`; returns everything printed before it.
    fn expect(&mut self, needle: &str) -> String {
        match self.s.expect(needle) {
            Ok(c) => String::from_utf8_lossy(c.before()).into_owned(),
            Err(e) => panic!("waiting for {needle:?}: {e}"),
        }
    }

    fn expect_re(&mut self, re: &str) -> String {
        match self.s.expect(Regex(re)) {
            Ok(c) => String::from_utf8_lossy(c.matches().next().unwrap_or_default()).into_owned(),
            Err(e) => panic!("waiting for /{re}/: {e}"),
        }
    }

    /// Types `text` and Enter.
    fn line(&mut self, text: &str) {
        self.s.send(format!("{text}\r")).expect("write to pty");
    }

    /// Types a line and returns what it printed before the next `>>> `.
    fn run(&mut self, text: &str) -> String {
        self.line(text);
        self.expect(">>> ")
    }

    /// Ctrl-D at an empty prompt; returns the exit status.
    fn finish(mut self) -> i32 {
        self.s.send("\x04").expect("write to pty");
        self.s.expect(Eof).expect("EOF after Ctrl-D");
        self.status()
    }

    fn status(&self) -> i32 {
        match self.s.wait().expect("wait") {
            WaitStatus::Exited(_, code) => code,
            other => panic!("arenapy did not exit normally: {other:?}"),
        }
    }
}

#[test]
fn banner_prompts_and_values() {
    let home = tempfile::tempdir().expect("temp dir");
    let mut s = Session::spawn(command(home.path(), &[])).expect("spawn");
    s.set_expect_timeout(Some(TIMEOUT));
    let banner = s.expect(">>> ").expect("first prompt");
    let banner = String::from_utf8_lossy(banner.before()).into_owned();
    assert!(banner.contains("3.11"), "{banner}");
    assert!(banner.contains("profile classic"), "{banner}");
    let mut r = Repl {
        s,
        _home: Some(home),
    };
    // An expression statement prints its repr; None prints nothing.
    let out = r.run("'a' + 'b'");
    assert!(out.contains("'ab'"), "{out:?}");
    let out = r.run("None");
    assert!(!out.contains("None\r\n"), "{out:?}");
    // A compound statement continues at `... ` until a blank line.
    r.line("if True:");
    r.expect("... ");
    r.line("x = 6 * 7");
    r.expect("... ");
    let out = r.run("");
    assert!(!out.contains("Error"), "{out:?}");
    assert_eq!(r.finish(), 0);
}

#[test]
fn profile_shows_in_the_banner() {
    let home = tempfile::tempdir().expect("temp dir");
    let mut s = Session::spawn(command(home.path(), &["--profile", "cpython311"])).expect("spawn");
    s.set_expect_timeout(Some(TIMEOUT));
    let c = s.expect(">>> ").expect("prompt");
    assert!(String::from_utf8_lossy(c.before()).contains("profile cpython311"));
}

#[test]
fn multi_line_def_then_call_and_underscore() {
    let mut r = Repl::start(&[]);
    r.line("def double(x):");
    r.expect("... ");
    // The body line is indented for us.
    r.line("return x * 2");
    r.expect("... ");
    // Enter on the pre-filled indentation is a blank line: the block ends.
    let out = r.run("");
    assert!(!out.contains("Error"), "{out:?}");
    r.line("double(21)");
    r.expect("42\r\n");
    r.expect(">>> ");
    r.line("_ + 1");
    r.expect("43\r\n");
    r.expect(">>> ");
    // Open brackets continue without a block.
    r.line("[1,");
    r.expect("... ");
    r.line("2 + 3]");
    r.expect("[1, 5]");
    r.expect(">>> ");
    assert_eq!(r.finish(), 0);
}

#[test]
fn match_statement_and_soft_keyword_names() {
    let mut r = Repl::start(&[]);
    r.line("match = [3, 4]");
    r.expect(">>> ");
    r.line("match match:");
    r.expect("... ");
    // Case lines and their bodies are indented for us.
    r.line("case [a, b]:");
    r.expect("... ");
    r.line("print('sum', a + b)");
    r.expect("... ");
    let out = r.run("");
    assert!(out.contains("sum 7"), "{out:?}");
    r.line("match");
    r.expect("[3, 4]\r\n");
    r.expect(">>> ");
}

#[test]
fn tab_completes_names_and_attributes() {
    let mut r = Repl::start(&[]);
    r.s.send("pri\t").expect("write");
    r.expect("print(");
    r.line("6 * 7)");
    r.expect("42\r\n");
    r.expect(">>> ");
    r.run("numbers = [3, 1, 2]");
    r.s.send("numbers.so\t").expect("write");
    r.expect("numbers.sort(");
    r.line(")");
    r.expect(">>> ");
    r.line("numbers");
    r.expect("[1, 2, 3]");
    r.expect(">>> ");
    assert_eq!(r.finish(), 0);
}

#[test]
fn ctrl_c_interrupts_running_code_and_the_session_goes_on() {
    let mut r = Repl::start(&[]);
    r.run("n = 0");
    r.line("def spin():");
    r.expect("... ");
    r.line("global n");
    r.expect("... ");
    r.line("print('spinning', flush=True)");
    r.expect("... ");
    r.line("while True: n = n + 1");
    r.expect("... ");
    r.run("");
    r.line("spin()");
    // The loop is running (and the terminal is out of raw mode) once this
    // is printed, so Ctrl-C now raises SIGINT.
    r.expect("spinning");
    r.s.send("\x03").expect("write");
    let tb = r.expect("KeyboardInterrupt");
    assert!(tb.contains("Traceback (most recent call last):"), "{tb:?}");
    r.expect(">>> ");
    // The interpreter is intact and the loop really ran.
    r.line("n > 0");
    r.expect("True");
    r.expect(">>> ");
    assert_eq!(r.finish(), 0);
}

#[test]
fn ctrl_c_at_the_prompt_clears_the_line() {
    let mut r = Repl::start(&[]);
    r.s.send("this is not python").expect("write");
    r.expect("python");
    r.s.send("\x03").expect("write");
    r.expect("KeyboardInterrupt");
    r.expect(">>> ");
    // Inside a block too: the pending lines are dropped.
    r.line("for i in range(3):");
    r.expect("... ");
    r.s.send("\x03").expect("write");
    r.expect("KeyboardInterrupt");
    r.expect(">>> ");
    r.line("7 * 6");
    r.expect("42");
    r.expect(">>> ");
    assert_eq!(r.finish(), 0);
}

#[test]
fn tracebacks_and_syntax_errors_keep_the_session() {
    let mut r = Repl::start(&[]);
    r.run("kept = 'still here'");
    let out = r.run("1 / 0");
    assert!(
        out.contains("Traceback (most recent call last):"),
        "{out:?}"
    );
    assert!(
        out.contains("ZeroDivisionError: division by zero"),
        "{out:?}"
    );
    let out = r.run("kept = = 2");
    assert!(out.contains("SyntaxError"), "{out:?}");
    let out = r.run("undefined_name");
    assert!(
        out.contains("NameError: name 'undefined_name' is not defined"),
        "{out:?}"
    );
    r.line("kept.upper()");
    r.expect("'STILL HERE'");
    r.expect(">>> ");
    assert_eq!(r.finish(), 0);
}

#[test]
fn exit_and_quit_end_the_session() {
    let mut r = Repl::start(&[]);
    r.line("exit(3)");
    r.s.expect(Eof).expect("EOF");
    assert_eq!(r.status(), 3);
    let mut r = Repl::start(&[]);
    r.line("quit()");
    r.s.expect(Eof).expect("EOF");
    assert_eq!(r.status(), 0);
}

#[test]
fn ctrl_d_exits_with_status_0() {
    let r = Repl::start(&[]);
    assert_eq!(r.finish(), 0);
}

/// The first table of `:mem diff` (what running the input did), as
/// (type, allocated, freed) for `Int`.
fn int_row(diff: &str) -> Option<(u64, u64)> {
    let row = diff
        .lines()
        .take_while(|l| !l.starts_with("(not counted"))
        .find(|l| l.trim_start().starts_with("Int "))?;
    let nums: Vec<u64> = row
        .split_whitespace()
        .skip(1)
        .map(|n| n.parse().expect("a count"))
        .collect();
    Some((nums[0], nums[1]))
}

#[test]
fn mem_diff_shows_the_seed_example() {
    let mut r = Repl::start(&[]);
    r.run("a = 100");
    r.run("a = a + 1");
    let diff = r.run(":mem diff");
    // `a + 1` allocates the int 101; nothing else holds 100, so it is freed.
    // (The constant 1 belongs to the input's code object, reported apart.)
    assert_eq!(int_row(&diff), Some((1, 1)), "{diff}");
    assert!(diff.contains("free lists"), "{diff}");
    assert!(diff.contains("arenas: 0 allocated, 0 released"), "{diff}");
    // With `b` holding the old value, nothing is freed: the seed's example.
    r.run("b = a");
    r.run("a = a + 1");
    let diff = r.run(":mem diff");
    assert_eq!(int_row(&diff), Some((1, 0)), "{diff}");
    // `:mem auto on` prints the diff after every input.
    r.run(":mem auto on");
    let out = r.run("del b");
    assert_eq!(int_row(&out), Some((0, 1)), "{out}");
    r.run(":mem auto off");
    let out = r.run("c = 5");
    assert!(!out.contains("objects"), "{out}");
    assert_eq!(r.finish(), 0);
}

#[test]
fn mem_diff_in_the_cpython311_profile_uses_the_small_int_cache() {
    let mut r = Repl::start(&["--profile", "cpython311"]);
    r.run("a = 100");
    r.run("a = a + 1");
    let diff = r.run(":mem diff");
    assert_eq!(int_row(&diff), None, "101 is cached: {diff}");
    r.run("a = 1000");
    r.run("a = a + 1");
    let diff = r.run(":mem diff");
    assert_eq!(int_row(&diff), Some((1, 1)), "{diff}");
    assert_eq!(r.finish(), 0);
}

#[test]
fn memory_commands() {
    let mut r = Repl::start(&[]);
    let help = r.run(":help");
    for cmd in [":mem diff", ":mem auto", ":gc", ":refs NAME"] {
        assert!(help.contains(cmd), "{help}");
    }
    let report = r.run(":mem");
    assert!(report.to_lowercase().contains("arena"), "{report}");
    r.run("x = []");
    r.run("x.append(x)");
    r.run("y = [x, x]");
    let refs = r.run(":refs x");
    // x is held by the globals, by itself, twice by y, plus the count's own.
    assert!(refs.contains("refcount 5"), "{refs}");
    assert!(refs.contains("globals of __main__"), "{refs}");
    assert!(refs.contains("at [0], [1]"), "{refs}");
    r.run("del x, y");
    let gc = r.run(":gc");
    assert!(gc.contains("gc: 1 unreachable objects found"), "{gc}");
    let out = r.run(":refs nothing");
    assert!(out.contains("NameError"), "{out}");
    let out = r.run(":nonsense");
    assert!(out.contains("unknown command"), "{out}");
    assert_eq!(r.finish(), 0);
}

#[test]
fn why_trace_and_map_commands() {
    let mut r = Repl::start(&[]);
    let help = r.run(":help");
    for cmd in [":why NAME", ":trace on|off", ":map FILE"] {
        assert!(help.contains(cmd), "{help}");
    }
    r.run("data = [1, 2, {'k': 12345}]");
    r.run("x = data[2]['k']");
    // From a global through a list and a dict to the int.
    let why = r.run(":why x");
    assert!(why.contains("x: int 12345 (refcount 2)"), "{why}");
    assert!(why.contains("global 'data' of __main__"), "{why}");
    assert!(why.contains("list [1, 2, {...}] [2]"), "{why}");
    assert!(why.contains("dict of 1 item(s) ['k']"), "{why}");
    assert!(why.contains("-> int 12345"), "{why}");
    assert!(r.run(":why nothing").contains("NameError"));
    r.run(":trace on");
    let traced = r.run("y = x + 1");
    assert!(
        traced.contains("<stdin>:1: alloc int 12346: 32 bytes in a 32-byte block (size class 3)"),
        "{traced}"
    );
    r.run(":trace off");
    let quiet = r.run("z = x + 2");
    assert!(!quiet.contains("alloc int"), "{quiet}");
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("session.svg");
    let out = r.run(&format!(":map {}", map.display()));
    assert!(out.contains("heap map written"), "{out}");
    let svg = std::fs::read_to_string(&map).unwrap();
    assert!(svg.contains("int 12346"), "the map names the traced int");
    // A collection shows each cycle it found as its ring of objects.
    r.run("pair = [[], []]");
    r.run("pair[0].append(pair[1]); pair[1].append(pair[0])");
    r.run("del pair");
    let gc = r.run(":gc");
    assert!(gc.contains("reference cycles found:"), "{gc}");
    assert!(
        gc.contains("list [[...]] [0] -> list [[...]] [0] -> (back to the first)"),
        "{gc}"
    );
    assert_eq!(r.finish(), 0);
}

#[test]
fn history_recalls_whole_blocks_across_sessions() {
    let home = tempfile::tempdir().expect("temp dir");
    let mut r = Repl::start_in(home.path(), &[], true);
    r.line("def seven():");
    r.expect("... ");
    r.line("return 7");
    r.expect("... ");
    r.run("");
    assert_eq!(r.finish(), 0);
    let saved =
        std::fs::read_to_string(home.path().join(".arenapy_history")).expect("history file");
    assert!(saved.contains("def seven():\\n    return 7"), "{saved}");

    let mut r = Repl::start_in(home.path(), &[], true);
    // Up recalls the block as one entry; Enter runs it.
    r.s.send("\x1b[A").expect("write");
    r.expect("return 7");
    r.run("");
    r.line("seven() * 6");
    r.expect("42");
    r.expect(">>> ");
    assert_eq!(r.finish(), 0);
}

#[test]
fn unusable_home_just_disables_history() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_arenapy"));
    cmd.env("HOME", "/nonexistent/arenapy-test-home")
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    let mut s = Session::spawn(cmd).expect("spawn");
    s.set_expect_timeout(Some(TIMEOUT));
    s.expect(">>> ").expect("prompt");
    s.send("2 ** 10\r").expect("write");
    s.expect("1024").expect("value");
    s.expect(">>> ").expect("prompt");
    s.send("\x04").expect("write");
    s.expect(Eof).expect("EOF");
    assert!(matches!(s.wait().expect("wait"), WaitStatus::Exited(_, 0)));
}

#[test]
fn colour_on_a_terminal_unless_no_color() {
    let home = tempfile::tempdir().expect("temp dir");
    let mut r = Repl::start_in(home.path(), &[], false);
    r.line("1 / 0");
    // The exception line is bold red.
    r.expect_re("\x1b\\[1;31mZeroDivisionError");
    r.expect(">>> ");
    assert_eq!(r.finish(), 0);
    // (With NO_COLOR every other test sees plain text: see `Repl::start`.)
}

#[test]
fn piped_input_runs_as_a_script_without_prompts() {
    use std::io::Write;
    let home = tempfile::tempdir().expect("temp dir");
    let mut child = command(home.path(), &[])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"def f(x):\n    return x * 2\n\nv = f(21)\nv\nprint(v)\n")
        .expect("write script");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    // A script: the bare expression `v` prints nothing, and no prompt or
    // banner appears.
    assert_eq!(stdout, "42\n");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!home.path().join(".arenapy_history").exists());
}
