//! Snapshot tests of the memory report: every `tests/memory/*.py` runs under
//! `arenapy --stats` in both allocator profiles, and its standard output plus
//! the "during the program" and "teardown" parts of the report are pinned with
//! insta. The "heap now" part is left out: it includes the interpreter's own
//! start-up objects, which change whenever a built-in gains a method.
//!
//! Add a script to `tests/memory/` to add a test; review changes with
//! `cargo insta review` (see docs/memory-model.md). Each script's comments
//! state the numbers the design predicts, so a reviewer can check them.

use std::process::Command;

/// Where the scripts run: a directory whose path has the same length on
/// every machine. The script's directory becomes `sys.path[0]`, a str whose
/// block size would otherwise follow the length of the checkout's path.
const RUN_DIR: &str = "/tmp/arenapy-memory-snapshots";

fn report_for(path: &std::path::Path, profile: &str) -> String {
    std::fs::create_dir_all(RUN_DIR).expect("create the run directory");
    let name = path.file_name().unwrap();
    let copy = std::path::Path::new(RUN_DIR).join(name);
    // Written whole under a temporary name and renamed, so a concurrent
    // run of the same test never sees a partial script.
    let tmp = copy.with_extension(format!("tmp{}", std::process::id()));
    std::fs::copy(path, &tmp).expect("copy the script");
    std::fs::rename(&tmp, &copy).expect("place the script");
    let out = Command::new(env!("CARGO_BIN_EXE_arenapy"))
        .arg("--stats")
        .arg("--profile")
        .arg(profile)
        .arg(name)
        .current_dir(RUN_DIR)
        .output()
        .expect("run arenapy");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut kept = Vec::new();
    let mut skipping = false;
    for line in stderr.lines() {
        if line.starts_with("-- the heap now --") {
            skipping = true;
            continue;
        }
        if line.starts_with("-- teardown --") {
            skipping = false;
        }
        // Absolute block counts include the start-up objects; the leak
        // line is what matters.
        if !skipping && !line.starts_with("blocks in use after teardown") {
            kept.push(line);
        }
    }
    format!(
        "exit status: {}\n-- stdout --\n{}-- report --\n{}\n",
        out.status.code().unwrap_or(-1),
        stdout,
        kept.join("\n")
    )
}

#[test]
fn memory_reports() {
    insta::glob!("memory/*.py", |path| {
        for profile in ["classic", "cpython311"] {
            let report = report_for(path, profile);
            assert!(
                report.contains("leaked blocks: 0"),
                "{profile}: leak\n{report}"
            );
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            insta::with_settings!({
                snapshot_suffix => format!("{stem}-{profile}"),
                prepend_module_to_snapshot => false,
                omit_expression => true,
            }, {
                insta::assert_snapshot!("memory", report);
            });
        }
    });
}
