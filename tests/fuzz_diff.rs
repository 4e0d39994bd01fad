//! A short fixed-seed run of the differential fuzzer `scripts/fuzz-diff`
//! against CPython 3.11: 60 random programs (seed 1), each run under the
//! built `arenapy` and under CPython; any difference in stdout, exit status
//! or last stderr line fails the test, with the fuzzer's minimised
//! reproducers in the failure message. Skipped, with the reason printed,
//! when no CPython 3.11 is installed (`/usr/bin/python3.11`, or a `python3`
//! on PATH that is 3.11).

use std::path::Path;
use std::process::Command;

/// A CPython 3.11 executable, if there is one.
fn cpython311() -> Option<String> {
    if Path::new("/usr/bin/python3.11").exists() {
        return Some("/usr/bin/python3.11".to_string());
    }
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .ok()?;
    (String::from_utf8_lossy(&out.stdout).trim() == "True").then(|| "python3".to_string())
}

#[test]
fn fuzz_diff_seed_1_finds_no_difference() {
    let Some(python) = cpython311() else {
        println!("skipped: no CPython 3.11 (/usr/bin/python3.11 or python3 3.11) to compare with");
        return;
    };
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/fuzz-diff");
    let out = Command::new(&python)
        .arg(&script)
        .args([
            "--seed",
            "1",
            "--count",
            "60",
            "--jobs",
            "2",
            "--timeout",
            "20",
        ])
        .args(["--bin", env!("CARGO_BIN_EXE_arenapy"), "--python", &python])
        .env_remove("ARENAPY_GC_STRESS")
        .output()
        .expect("run scripts/fuzz-diff");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "scripts/fuzz-diff found differences from CPython 3.11 (status {:?}):\n{stdout}\n{stderr}",
        out.status.code()
    );
    println!("{}", stdout.lines().last().unwrap_or(""));
}
