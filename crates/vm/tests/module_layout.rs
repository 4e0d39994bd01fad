//! The vm crate's shape, as docs/architecture.md promises it: every module
//! opens with a `//!` paragraph saying what it owns, no file reaches 1,000
//! lines, and the top-level folders are the five the map names.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn every_module_has_a_doc_header_and_stays_under_1000_lines() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    assert!(files.len() > 50, "found only {} files", files.len());
    let mut problems = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read");
        let name = f.strip_prefix(src()).unwrap_or(f).display().to_string();
        if !text.starts_with("//! ") {
            problems.push(format!("{name}: does not open with a //! doc paragraph"));
        }
        let lines = text.lines().count();
        if lines >= 1000 {
            problems.push(format!("{name}: {lines} lines (keep files under 1,000)"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_top_level_folders_are_the_architecture_maps() {
    let mut dirs: Vec<String> = std::fs::read_dir(src())
        .expect("read src")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    dirs.sort();
    assert_eq!(dirs, ["eval", "memory", "modules", "objects", "protocol"]);
}
