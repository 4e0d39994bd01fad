//! The examples in docs/ are real output. In docs/memory-model.md each
//! `<!-- example: SCRIPT PROFILE -->` marker is followed by a ```text block
//! whose lines must appear, in order and contiguous, in the report
//! `arenapy --stats --profile PROFILE SCRIPT` prints.

use std::process::Command;

#[test]
fn memory_model_examples_match_real_output() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let doc = std::fs::read_to_string(format!("{root}/docs/memory-model.md")).expect("doc");
    let mut checked = 0;
    let mut lines = doc.lines();
    while let Some(line) = lines.next() {
        let Some(spec) = line.strip_prefix("<!-- example: ") else {
            continue;
        };
        let spec = spec.trim_end_matches("-->").trim();
        let (script, profile) = spec.split_once(' ').expect("SCRIPT PROFILE");
        assert_eq!(
            lines.next(),
            Some("```text"),
            "example {spec}: expected a text block"
        );
        let expected: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
        let out = Command::new(env!("CARGO_BIN_EXE_arenapy"))
            .args(["--stats", "--profile", profile, script])
            .current_dir(root)
            .output()
            .expect("run arenapy");
        let report = String::from_utf8_lossy(&out.stderr);
        let got: Vec<&str> = report.lines().collect();
        let found = got
            .windows(expected.len())
            .any(|w| w == expected.as_slice());
        assert!(
            found,
            "docs example {spec} is stale.\nexpected:\n{}\nreport:\n{report}",
            expected.join("\n")
        );
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} examples found");
}

/// docs/architecture.md follows one statement from source to bytecode:
/// each `<!-- dis: SCRIPT -->` block must appear, contiguous, in what
/// `arenapy --dis SCRIPT` prints.
#[test]
fn architecture_dis_listing_matches_real_output() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let doc = std::fs::read_to_string(format!("{root}/docs/architecture.md")).expect("doc");
    let mut checked = 0;
    let mut lines = doc.lines();
    while let Some(line) = lines.next() {
        let Some(script) = line.strip_prefix("<!-- dis: ") else {
            continue;
        };
        let script = script.trim_end_matches("-->").trim();
        assert_eq!(
            lines.next(),
            Some("```text"),
            "dis {script}: expected a text block"
        );
        let expected: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
        let out = Command::new(env!("CARGO_BIN_EXE_arenapy"))
            .args(["--dis", script])
            .current_dir(root)
            .output()
            .expect("run arenapy");
        let listing = String::from_utf8_lossy(&out.stdout);
        let got: Vec<&str> = listing.lines().collect();
        assert!(
            got.windows(expected.len()).any(|w| w == expected.as_slice()),
            "docs/architecture.md listing of {script} is stale.\nexpected:\n{}\nlisting:\n{listing}",
            expected.join("\n")
        );
        checked += 1;
    }
    assert!(checked >= 1, "no dis listing found");
}
