//! The interpreter's own Rust allocations stay out of Python loops: the
//! binary counts its global-allocator calls (`arenapy_alloc::counting`), and
//! `--stats=json` reports how many the program made. Each statement below
//! runs in a loop of 1,000 and of 11,000 iterations; the 10,000 extra
//! iterations must make no more than a small constant of calls (the
//! collector's occasional work), i.e. none per iteration. CPython makes no
//! allocation outside its object allocator for these either.

use std::process::Command;

fn rust_calls(setup: &str, body: &str, n: usize) -> u64 {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("loop.py");
    let body = body.replace('\n', "\n    ");
    std::fs::write(
        &path,
        format!("{setup}\nfor i in range({n}):\n    {body}\n"),
    )
    .expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_arenapy"))
        .arg("--stats=json")
        .arg(&path)
        .output()
        .expect("run arenapy");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).expect("json report");
    assert_eq!(
        v["interpreter"]["counted"], true,
        "counting allocator installed"
    );
    v["interpreter"]["calls_during_program"]
        .as_u64()
        .expect("calls")
}

/// Calls made by 10,000 more iterations of `body`.
fn extra_calls(setup: &str, body: &str) -> i64 {
    rust_calls(setup, body, 11_000) as i64 - rust_calls(setup, body, 1_000) as i64
}

const SLACK: i64 = 20;

fn assert_no_calls_per_iteration(setup: &str, body: &str) {
    let extra = extra_calls(setup, body);
    assert!(
        extra <= SLACK,
        "{body:?}: {extra} Rust allocator calls for 10,000 iterations"
    );
}

#[test]
fn building_tuples_dicts_and_str_of_int() {
    assert_no_calls_per_iteration("", "x = (i, str(i), {}, repr(-i))");
}

#[test]
fn f_string_of_one_int() {
    assert_no_calls_per_iteration("", "x = f'{i}'");
}

#[test]
fn calls_method_calls_and_attribute_stores() {
    assert_no_calls_per_iteration(
        "def f(a, b=2):\n    return a\nclass C:\n    def m(self, x):\n        return x\nc = C()",
        "f(i)\nc.m(i)\nc.attr = i",
    );
}

#[test]
fn raise_and_except() {
    assert_no_calls_per_iteration(
        "",
        "try:\n    raise ValueError(i)\nexcept ValueError as e:\n    pass\ntry:\n    {}[i]\nexcept KeyError:\n    pass",
    );
}

#[test]
fn the_counter_sees_rust_allocations() {
    // `str(float)` still formats through a Rust String: the measurement is
    // not blind.
    assert!(extra_calls("", "x = str(i * 1.5)") >= 10_000);
}

/// BuildList, BuildMap, BuildSet and BuildString collect their operands
/// into a temporary Vec/String in the dispatch loop (eval/dispatch.rs);
/// `new_list_from_iter` and `str::join_parts` are there for the change.
#[test]
fn building_lists_sets_and_f_strings() {
    assert_no_calls_per_iteration("", "x = [i, str(i), {}]");
    assert_no_calls_per_iteration("", "d = {'a': i, 'b': str(i)}\ns = {i}");
    assert_no_calls_per_iteration("", "x = f'{i} and {i!r}'");
}
