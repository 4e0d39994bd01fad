//! Compile errors against CPython 3.11: every `tests/errors/NAME.py` must
//! fail with the message and position recorded in `NAME.txt` (produced by
//! `python3 regen.py` in that directory).

use arenapy_compiler::{compile, Mode};

#[test]
fn compile_errors_match_cpython() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/errors");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py") && !p.ends_with("regen.py"))
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    for path in &paths {
        let name = path.file_stem().unwrap().to_str().unwrap();
        let source = std::fs::read_to_string(path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("txt")).unwrap();
        let result = arenapy_syntax::parse_module(&source)
            .and_then(|m| compile(&m, &source, "t.py", Mode::Exec));
        let got = match result {
            Ok(_) => "compiled without error\n".to_string(),
            Err(e) => format!(
                "{}\n{} {} {} {}\n",
                e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset
            ),
        };
        if got != expected {
            failures.push(format!("{name}:\n  want {expected:?}\n  got  {got:?}"));
        }
    }
    assert!(paths.len() >= 30, "corpus missing");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
