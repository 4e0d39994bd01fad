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

/// What differs from build to build or run to run in docs/watching.md's
/// examples: addresses, pool and block numbers, event sequence numbers,
/// timings, generation sizes, the checkout's path.
fn loosen(line: &str, root: &str) -> String {
    let mut s = line.trim().replace(root, "");
    // The trace's block addresses (the docs leave them out).
    if let Some(i) = s.rfind(" @0x") {
        s.truncate(i);
    }
    if s.starts_with("gc: objects in each generation:") {
        return "gc: objects in each generation: N".into();
    }
    for (key, end) in [
        ("0x", None),
        ("pool ", Some(' ')),
        ("block ", None),
        ("\"pool\":", Some(',')),
        ("\"block\":", Some(',')),
        ("\"seq\":", Some(',')),
    ] {
        let mut out = String::new();
        let mut rest = s.as_str();
        while let Some(i) = rest.find(key) {
            out.push_str(&rest[..i + key.len()]);
            rest = &rest[i + key.len()..];
            let n = rest
                .find(|c: char| !c.is_ascii_alphanumeric() || Some(c) == end)
                .unwrap_or(rest.len());
            if n > 0 && rest[..n].chars().all(|c| c.is_ascii_hexdigit()) {
                out.push('N');
                rest = &rest[n..];
            }
        }
        out.push_str(rest);
        s = out;
    }
    match s.rsplit_once(", ") {
        Some((head, t)) if t.ends_with("s elapsed") => format!("{head}, Ts elapsed"),
        _ => s,
    }
}

#[test]
fn watching_examples_match_real_output() {
    let root = std::fs::canonicalize(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).unwrap();
    let root_slash = format!("{}/", root.display());
    let doc = std::fs::read_to_string(root.join("docs/watching.md")).expect("doc");
    let mut checked = 0;
    let mut lines = doc.lines();
    while let Some(line) = lines.next() {
        let Some(spec) = line.trim().strip_prefix("<!-- run: ") else {
            continue;
        };
        let args: Vec<&str> = spec.trim_end_matches("-->").split_whitespace().collect();
        assert_eq!(
            lines.next().map(str::trim),
            Some("```text"),
            "{spec}: expected a text block"
        );
        let expected: Vec<String> = lines
            .by_ref()
            .take_while(|l| l.trim() != "```")
            .map(|l| loosen(l, &root_slash))
            .collect();
        let out = Command::new(env!("CARGO_BIN_EXE_arenapy"))
            .args(&args)
            .current_dir(&root)
            .output()
            .expect("run arenapy");
        let got: Vec<String> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .chain(String::from_utf8_lossy(&out.stderr).lines())
            .map(|l| loosen(l, &root_slash))
            .collect();
        let found = got
            .windows(expected.len())
            .any(|w| w == expected.as_slice());
        assert!(
            found,
            "docs/watching.md example `{spec}` is stale.\nexpected:\n{}\ngot:\n{}",
            expected.join("\n"),
            got.join("\n")
        );
        checked += 1;
    }
    assert_eq!(checked, 4, "examples checked");
}
