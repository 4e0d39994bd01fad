//! Python behaviour tests: runs every `tests/py/*.py` under the `arenapy` binary
//! and compares with the expectations generated from CPython 3.11 by
//! `scripts/regen-expected`:
//!
//! - `NAME.out`      — exact expected stdout (always present);
//! - `NAME.status`   — expected exit status when it is not 0;
//! - `NAME.err_last` — expected last line of stderr when the status is not 0
//!   (e.g. `ZeroDivisionError: division by zero`).
//!
//! Files whose name starts with `_` are helper modules imported by the
//! scripts, not tests. One trial per script, named after the file stem; libtest-mimic filters by
//! name (`cargo test -p arenapy-cli --test python_scripts -- str_`).
//! The script runs with cwd `tests/py`, given as a relative path, stdin null,
//! and is killed after `TIMEOUT` (the trial then fails with "timed out").
//!
//! Every run also checks for leaks: arenapy writes the number of blocks still
//! in use after teardown beyond its own immortal objects to the file named by
//! `ARENAPY_LEAK_REPORT` (stdout and stderr stay the script's), and a script
//! that leaks fails even when its output is right.
//!
//! `ARENAPY_TEST_BIN=python3` runs the corpus under another interpreter
//! (resolved through `PATH`); against CPython 3.11 every trial must pass, which
//! validates the expected files and this harness.

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// A hang guard, not a speed target: the slowest script under gc-stress
/// takes about 2 s in the debug build on an idle machine, and a loaded
/// 2-core machine running both test threads beside builds stretched that
/// past 20 s.
const TIMEOUT: Duration = Duration::from_secs(60);

fn py_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/py")
}

fn binary() -> String {
    std::env::var("ARENAPY_TEST_BIN")
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_arenapy").to_string())
}

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// `None` when killed by a signal.
    status: Option<i32>,
    /// The signal that killed the process, if any (Unix only).
    signal: Option<i32>,
    timed_out: bool,
    /// Blocks leaked at teardown, when the interpreter reported them.
    leaked: Option<String>,
}

fn run_script(bin: &str, dir: &Path, script: &str, gc_stress: bool) -> Result<Outcome, String> {
    let mut cmd = Command::new(bin);
    let report = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "leaks-{}-{}.txt",
        script.trim_end_matches(".py"),
        if gc_stress { "stress" } else { "plain" }
    ));
    let _ = std::fs::remove_file(&report);
    cmd.env("ARENAPY_LEAK_REPORT", &report);
    if gc_stress {
        // Collect at every container allocation: a missing traverse edge or
        // a use-after-free shows up as a crash or a wrong result here.
        cmd.env("ARENAPY_GC_STRESS", "1");
    }
    let mut child = cmd
        .arg(script)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {bin}: {e}"))?;

    let mut out = child.stdout.take().expect("piped stdout");
    let mut err = child.stderr.take().expect("piped stderr");
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err.read_to_end(&mut buf);
        buf
    });

    let deadline = Instant::now() + TIMEOUT;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {
                if Instant::now() >= deadline {
                    timed_out = true;
                    let _ = child.kill();
                    break child.wait().map_err(|e| format!("wait: {e}"))?;
                }
                thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(format!("wait: {e}")),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let leaked = read_opt(&report).map(|s| s.trim().to_string());
    let _ = std::fs::remove_file(&report);
    #[cfg(unix)]
    let signal = std::os::unix::process::ExitStatusExt::signal(&status);
    #[cfg(not(unix))]
    let signal = None;
    Ok(Outcome {
        stdout,
        stderr,
        status: status.code(),
        signal,
        timed_out,
        leaked,
    })
}

fn read_opt(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

/// The last non-empty line of `text` (trailing whitespace trimmed).
fn last_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_end()
}

fn stderr_tail(stderr: &str, n: usize) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let start = lines.len().saturating_sub(n);
    let mut s = String::new();
    if lines.is_empty() {
        s.push_str("    (stderr empty)\n");
    }
    for l in &lines[start..] {
        let _ = writeln!(s, "    | {l}");
    }
    s
}

/// A readable report of where `actual` departs from `expected`: the first
/// differing line with a little context on both sides.
fn diff_report(expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let first = (0..exp.len().max(act.len()))
        .find(|&i| exp.get(i) != act.get(i))
        .unwrap_or(0);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "stdout differs at line {} (expected {} lines, got {} lines)",
        first + 1,
        exp.len(),
        act.len()
    );
    let ctx_start = first.saturating_sub(2);
    let _ = writeln!(s, "--- expected (from line {})", ctx_start + 1);
    for (i, l) in exp
        .iter()
        .enumerate()
        .skip(ctx_start)
        .take(first - ctx_start + 6)
    {
        let mark = if i == first { '-' } else { ' ' };
        let _ = writeln!(s, "{mark}{:>4} | {:?}", i + 1, l);
    }
    if exp.len() <= first {
        let _ = writeln!(s, "-     | <end of output>");
    }
    let _ = writeln!(s, "+++ actual (from line {})", ctx_start + 1);
    for (i, l) in act
        .iter()
        .enumerate()
        .skip(ctx_start)
        .take(first - ctx_start + 6)
    {
        let mark = if i == first { '+' } else { ' ' };
        let _ = writeln!(s, "{mark}{:>4} | {:?}", i + 1, l);
    }
    if act.len() <= first {
        let _ = writeln!(s, "+     | <end of output>");
    }
    s
}

fn check(bin: &str, dir: &Path, stem: &str, gc_stress: bool) -> Result<(), Failed> {
    let script = format!("{stem}.py");
    let expected_out = read_opt(&dir.join(format!("{stem}.out")))
        .ok_or_else(|| format!("missing {stem}.out: run scripts/regen-expected"))?;
    let expected_status: i32 = match read_opt(&dir.join(format!("{stem}.status"))) {
        Some(s) => s
            .trim()
            .parse()
            .map_err(|e| format!("bad {stem}.status: {e}"))?,
        None => 0,
    };
    let expected_err_last = read_opt(&dir.join(format!("{stem}.err_last")));

    let outcome = run_script(bin, dir, &script, gc_stress)?;
    let stdout = String::from_utf8_lossy(&outcome.stdout);
    let stderr = String::from_utf8_lossy(&outcome.stderr);

    if outcome.timed_out {
        return Err(format!(
            "timed out after {}s\nstderr tail:\n{}",
            TIMEOUT.as_secs(),
            stderr_tail(&stderr, 10)
        )
        .into());
    }

    let mut problems = String::new();
    if stdout != expected_out {
        problems.push_str(&diff_report(&expected_out, &stdout));
    }
    match outcome.status {
        Some(code) if code == expected_status => {}
        Some(code) => {
            let _ = writeln!(
                problems,
                "exit status: expected {expected_status}, got {code}"
            );
        }
        None => {
            let _ = writeln!(
                problems,
                "exit status: expected {expected_status}, got killed by signal {} (crash?)",
                outcome
                    .signal
                    .map_or_else(|| "?".to_string(), |s| s.to_string())
            );
        }
    }
    if let Some(want) = &expected_err_last {
        let want = want.trim_end();
        let got = last_line(&stderr);
        if got != want {
            let _ = writeln!(
                problems,
                "last stderr line:\n  expected: {want:?}\n  actual:   {got:?}"
            );
        }
    }
    // Only arenapy reports leaks; another interpreter leaves no file.
    if let Some(n) = outcome.leaked.as_deref().filter(|n| *n != "0") {
        let _ = writeln!(problems, "leaked blocks at teardown: {n} (expected 0)");
    }
    if problems.is_empty() {
        Ok(())
    } else {
        let _ = write!(problems, "stderr tail:\n{}", stderr_tail(&stderr, 12));
        Err(problems.into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let dir = py_dir();
    let bin = binary();

    let mut stems: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            if path.extension()? != "py" {
                return None;
            }
            let stem = path.file_stem()?.to_str()?.to_string();
            // `_name.py` files are modules the scripts import, not tests.
            (!stem.starts_with('_')).then_some(stem)
        })
        .collect();
    stems.sort();

    // Every script also runs under the collector's stress mode (arenapy only).
    let stress_too = std::env::var_os("ARENAPY_TEST_BIN").is_none();
    let mut trials = Vec::new();
    for stem in stems {
        for gc_stress in [false, true] {
            if gc_stress && !stress_too {
                continue;
            }
            let dir = dir.clone();
            let bin = bin.clone();
            let name = if gc_stress {
                format!("gc_stress::{stem}")
            } else {
                stem.clone()
            };
            let stem = stem.clone();
            trials.push(Trial::test(name, move || {
                check(&bin, &dir, &stem, gc_stress)
            }));
        }
    }

    libtest_mimic::run(&args, trials).exit();
}
