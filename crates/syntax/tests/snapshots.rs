//! Snapshot tests: the AST of every `corpus/*.py` file and the rendered
//! error of every `errors/*.py` file (each checked against `python3 FILE`
//! from CPython 3.11 before it was accepted).
//!
//! Regenerate with `INSTA_UPDATE=always cargo test -p arenapy-syntax --test
//! snapshots` and review the diff.

#[path = "support/dump.rs"]
mod dump;

use arenapy_syntax::parse_module;

#[test]
fn corpus() {
    insta::glob!("corpus/*.py", |path| {
        let src = std::fs::read_to_string(path).unwrap();
        let module = parse_module(&src).unwrap_or_else(|e| {
            panic!("{} failed:\n{}", path.display(), e.render("x.py"));
        });
        insta::assert_snapshot!(dump::module(&src, &module));
    });
}

#[test]
fn errors() {
    insta::glob!("errors/*.py", |path| {
        let src = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy();
        let err = match parse_module(&src) {
            Ok(_) => panic!("{name} parsed without error"),
            Err(e) => e,
        };
        insta::assert_snapshot!(format!(
            "{}incomplete: {}",
            err.render(&name),
            err.incomplete
        ));
    });
}
