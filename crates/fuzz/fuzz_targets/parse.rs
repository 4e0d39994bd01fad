//! Fuzz target: source bytes through the CLI's front end — the NUL-byte
//! check, decoding (BOM, coding cookie), the parser and the compiler —
//! on a thread with the CLI's 256 MiB stack. Any panic, abort or stack
//! overflow is a finding; a SyntaxError is a normal result.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let data = data.to_vec();
    let run = move || {
        if arenapy_syntax::nul_byte_error(&data).is_some() {
            return;
        }
        let Ok(src) = arenapy_syntax::decode_source(&data, "<fuzz>") else {
            return;
        };
        if let Ok(module) = arenapy_syntax::parse_module(&src) {
            let _ =
                arenapy_compiler::compile(&module, &src, "<fuzz>", arenapy_compiler::Mode::Exec);
        }
        if let Ok(module) = arenapy_syntax::parse_module(&src) {
            let _ = arenapy_compiler::compile(
                &module,
                &src,
                "<fuzz>",
                arenapy_compiler::Mode::Interactive,
            );
        }
    };
    let t = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run)
        .expect("spawn");
    if let Err(p) = t.join() {
        std::panic::resume_unwind(p);
    }
});
