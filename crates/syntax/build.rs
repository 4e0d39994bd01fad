//! Generates the parser from `grammar/python.lalrpop` into OUT_DIR.
fn main() {
    println!("cargo:rerun-if-changed=../../grammar/python.lalrpop");
    println!("cargo:rerun-if-changed=build.rs");
    lalrpop::Configuration::new()
        .set_in_dir("../../grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("lalrpop failed to generate the parser");
}
