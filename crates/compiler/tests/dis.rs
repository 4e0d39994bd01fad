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
