//! `cargo run -p arenapy-syntax --example parse -- FILE`: print the AST or
//! the rendered SyntaxError.
fn main() {
    let path = std::env::args().nth(1).expect("usage: parse FILE");
    let src = std::fs::read_to_string(&path).expect("readable file");
    match arenapy_syntax::parse_module(&src) {
        Ok(m) => println!("{m:#?}"),
        Err(e) => print!("{}", e.render(&path)),
    }
}
