//! Golden `dis` listings of `tests/dis/*.py` (one construct family per
//! file), and a stack-depth consistency check over every code object they
//! compile to. Regenerate with `cargo insta test -p arenapy-compiler
//! --accept` after reviewing the diff.

use arenapy_compiler::code::{CodeObject, ConstValue};
use arenapy_compiler::{compile, dis, stackdepth, Mode};

fn compile_file(path: &std::path::Path) -> std::rc::Rc<CodeObject> {
    let source = std::fs::read_to_string(path).unwrap();
    let name = path.file_name().unwrap().to_str().unwrap();
    let module = arenapy_syntax::parse_module(&source)
        .unwrap_or_else(|e| panic!("{name}: {}", e.render(name)));
    compile(&module, &source, name, Mode::Exec)
        .unwrap_or_else(|e| panic!("{name}: {}", e.render(name)))
}

fn check_depths(code: &CodeObject) {
    let depth = stackdepth::max_stack(&code.instructions)
        .unwrap_or_else(|e| panic!("{}: {}", code.qualname, e.msg));
    assert_eq!(depth, code.max_stack, "{}", code.qualname);
    assert_eq!(code.instructions.len(), code.positions.len());
    for c in &code.constants {
        if let ConstValue::Code(inner) = c {
            check_depths(inner);
        }
    }
}

#[test]
fn dis_listings() {
    insta::glob!("dis/*.py", |path| {
        let code = compile_file(path);
        insta::assert_snapshot!(dis::disassemble(&code));
    });
}

#[test]
fn stack_depths_are_consistent() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dis");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "py") {
            check_depths(&compile_file(&path));
            n += 1;
        }
    }
    assert!(n > 10);
}

/// Every file the parser's own corpora accept must compile (or fail with a
/// SyntaxError, never a panic) to code with consistent stack depths.
#[test]
fn parser_corpora_compile_consistently() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../syntax/tests");
    let mut compiled = 0;
    for sub in ["corpus", "errors"] {
        let Ok(entries) = std::fs::read_dir(root.join(sub)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "py") {
                continue;
            }
            let Ok(source) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(module) = arenapy_syntax::parse_module(&source) else {
                continue;
            };
            if let Ok(code) = compile(&module, &source, "t.py", Mode::Exec) {
                check_depths(&code);
                compiled += 1;
            }
        }
    }
    eprintln!("compiled {compiled} parser corpus files");
}
