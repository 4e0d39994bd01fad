//! Allocation failure, swept: `ARENAPY_FAIL_AT=N` refuses the program's Nth
//! heap allocation, and `--heap-limit` refuses everything past a byte
//! budget. For a small corpus of `tests/py` scripts, every N (sampled for
//! larger scripts) and a range of limits must end in one of two ways: the
//! script's normal output (the failure fell where it could be absorbed) or
//! an uncaught MemoryError — never a panic, an abort or a signal, and with
//! the heap's teardown finding no leaked block.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Scripts of different areas (ints, lists, str formatting, classes,
/// comprehensions, a whole program).
const CORPUS: &[&str] = &[
    "int_pow",
    "list_sort",
    "str_format_method",
    "class_inheritance",
    "comp_nested",
    "prog_inventory",
    "dict_views",
    "exc_custom",
    "list_slice_assign",
];

/// At most this many failure points per script (evenly spread).
const SAMPLES: u64 = 70;

fn py_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/py")
}

fn run(script: &str, fail_at: Option<u64>, limit: Option<usize>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_arenapy"));
    cmd.current_dir(py_dir())
        .env_remove("ARENAPY_GC_STRESS")
        .stdin(Stdio::null())
        .arg("--stats=json");
    if let Some(n) = fail_at {
        cmd.env("ARENAPY_FAIL_AT", n.to_string());
    } else {
        cmd.env_remove("ARENAPY_FAIL_AT");
    }
    if let Some(l) = limit {
        cmd.arg(format!("--heap-limit={l}"));
    }
    cmd.arg(format!("{script}.py"))
        .output()
        .expect("run arenapy")
}

/// How many heap allocations the script makes (ARENAPY_FAIL_AT=0 counts).
fn allocations(script: &str) -> u64 {
    let o = run(script, Some(0), None);
    let err = String::from_utf8_lossy(&o.stderr);
    err.lines()
        .find_map(|l| {
            l.strip_prefix("arenapy: ")?
                .strip_suffix(" heap allocations")
        })
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{script}: no allocation count in {err}"))
}

/// The run ended with the normal output or an uncaught MemoryError, and
/// the teardown report found no leaked block. Returns a description of
/// what went wrong, if anything.
fn check(script: &str, what: &str, o: &Output, expected: &str) -> Option<String> {
    let out = String::from_utf8_lossy(&o.stdout);
    let err = String::from_utf8_lossy(&o.stderr);
    let bad = |why: &str| Some(format!("{script} {what}: {why}\n--- stderr:\n{err}"));
    if err.contains("panicked") || err.contains("internal error") {
        return bad("panic");
    }
    match o.status.code() {
        Some(0) if out == expected => {}
        Some(0) => return bad("exit 0 with different output"),
        Some(1) if err.lines().any(|l| l.starts_with("MemoryError")) => {}
        Some(c) => return bad(&format!("exit status {c}")),
        None => return bad("killed by a signal"),
    }
    let leaked = err
        .split("\"leaked_blocks\":")
        .nth(1)
        .and_then(|rest| {
            rest.trim_start()
                .split(|c: char| !c.is_ascii_digit())
                .next()
        })
        .and_then(|n| n.parse::<u64>().ok());
    match leaked {
        Some(0) => None,
        Some(n) => bad(&format!("{n} leaked blocks")),
        None => bad("no teardown report"),
    }
}

fn expected(script: &str) -> String {
    std::fs::read_to_string(py_dir().join(format!("{script}.out"))).expect("expected output")
}

#[test]
fn every_failed_allocation_is_memory_error_or_absorbed() {
    let mut failures = Vec::new();
    for script in CORPUS {
        let want = expected(script);
        let total = allocations(script);
        assert!(total > 0, "{script}: no allocations counted");
        let step = total.div_ceil(SAMPLES).max(1);
        let mut n = 1;
        while n <= total {
            let o = run(script, Some(n), None);
            failures.extend(check(script, &format!("ARENAPY_FAIL_AT={n}"), &o, &want));
            n += step;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_heap_limit_is_memory_error_or_enough() {
    let mut failures = Vec::new();
    for script in CORPUS {
        let want = expected(script);
        // From nothing at all to more than the scripts need.
        let mut limit = 0usize;
        while limit <= 4 << 20 {
            let o = run(script, None, Some(limit));
            failures.extend(check(script, &format!("--heap-limit={limit}"), &o, &want));
            limit = if limit == 0 { 4096 } else { limit * 2 };
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
