//! `cargo run -p arenapy-compiler --example dis FILE`: parse, compile and
//! print the `dis` listing of a file (or a SyntaxError).

fn main() {
    let path = std::env::args().nth(1).expect("usage: dis FILE");
    let source = std::fs::read_to_string(&path).expect("readable file");
    let result = arenapy_syntax::parse_module(&source)
        .and_then(|m| arenapy_compiler::compile(&m, &source, &path, arenapy_compiler::Mode::Exec));
    match result {
        Ok(code) => print!("{}", arenapy_compiler::dis::disassemble(&code)),
        Err(e) => print!("{}", e.render(&path)),
    }
}
