//! Fuzz target: the whole interpreter. The input is a script (UTF-8; other
//! bytes are skipped) run as the CLI runs one — a fresh interpreter on a
//! thread with a 256 MiB stack — under a heap limit (`ARENAPY_FUZZ_HEAP`,
//! bytes, default 64 MiB) and a time budget (`ARENAPY_FUZZ_MS`, default
//! 300): past it a watchdog raises KeyboardInterrupt at the script's next
//! backward jump, again every millisecond, so a script that catches it still
//! ends. Output goes where the process's stdout and stderr go (run libFuzzer
//! with `-close_fd_mask=3`). With `ARENAPY_FUZZ_LEAKS=1`, blocks left after
//! teardown abort the run (a leak is a finding too).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::atomic::Ordering;
use std::sync::mpsc;
use std::time::Duration;

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    // Scripts that could touch the machine (files, the os module) or wait
    // for input are skipped: the fuzzer runs in the developer's tree.
    if src
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|w| matches!(w, "os" | "open" | "io" | "__import__" | "input" | "shutil"))
    {
        return;
    }
    let src = src.to_string();
    let heap = env_num("ARENAPY_FUZZ_HEAP", 64 << 20) as usize;
    let budget = Duration::from_millis(env_num("ARENAPY_FUZZ_MS", 300));
    let check_leaks = std::env::var("ARENAPY_FUZZ_LEAKS").is_ok_and(|v| v == "1");
    let run = move || {
        let config = arenapy_vm::Config {
            heap_limit: Some(heap),
            argv: vec!["<fuzz>".into()],
            ..Default::default()
        };
        let mut interp = arenapy_vm::Interpreter::new(config);
        let flag = interp.interrupt_flag();
        let (done, wait) = mpsc::channel::<()>();
        let dog = std::thread::spawn(move || {
            if wait.recv_timeout(budget) != Err(mpsc::RecvTimeoutError::Timeout) {
                return;
            }
            while wait.recv_timeout(Duration::from_millis(1))
                == Err(mpsc::RecvTimeoutError::Timeout)
            {
                flag.store(true, Ordering::SeqCst);
            }
        });
        let _ = interp.run_source(&src, "<fuzz>");
        drop(done);
        let _ = dog.join();
        let leaked = interp.shutdown().leaked_blocks();
        if check_leaks && leaked != 0 {
            panic!("{leaked} blocks leaked");
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
