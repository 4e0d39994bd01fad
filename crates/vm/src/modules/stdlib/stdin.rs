//! Standard input that Ctrl-C can interrupt. CPython's `read()` on fd 0
//! fails with EINTR when SIGINT arrives and `input()` raises
//! KeyboardInterrupt at once; Rust's standard input retries the read and
//! blocks until data comes. So the bytes are read on a helper thread, one
//! request at a time, and the interpreter's thread waits for the answer in
//! short slices, looking at the Ctrl-C flag between them. An abandoned read
//! still completes later; its data is kept for the next read, so nothing
//! typed is lost.
//!
//! Nothing here is a Python object: the buffers live in Rust's allocator.

use std::io::{self, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::Arc;
use std::time::Duration;

thread_local! {
    /// The running interpreter's Ctrl-C flag (see `Vm::interrupt`).
    static INTERRUPT: std::cell::RefCell<Option<Arc<AtomicBool>>> =
        const { std::cell::RefCell::new(None) };
}

/// The message of the error a read interrupted by Ctrl-C returns.
const INTERRUPTED: &str = "interrupted by Ctrl-C";

/// Makes reads on this thread watch `flag` (set at interpreter start-up).
pub fn set_interrupt_flag(flag: Arc<AtomicBool>) {
    INTERRUPT.with(|f| *f.borrow_mut() = Some(flag));
}

/// Is `e` the error of a read that Ctrl-C cut short?
pub fn is_interrupt(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::Other && e.to_string() == INTERRUPTED
}

/// Is Ctrl-C pending? Leaves the flag set: the caller raises
/// KeyboardInterrupt by taking it.
fn interrupted() -> bool {
    INTERRUPT.with(|f| {
        f.borrow()
            .as_ref()
            .is_some_and(|f| f.load(Ordering::Relaxed))
    })
}

/// A reader over fd 0 whose blocking reads happen on a helper thread.
#[derive(Default)]
pub struct InterruptibleStdin {
    /// Request channel to the helper thread (started on the first read).
    requests: Option<mpsc::Sender<()>>,
    answers: Option<mpsc::Receiver<io::Result<Vec<u8>>>>,
    /// A request was sent and its answer not yet received.
    outstanding: bool,
    /// Data received and not yet handed out.
    pending: Vec<u8>,
    pos: usize,
}

impl InterruptibleStdin {
    fn start(&mut self) {
        let (req_tx, req_rx) = mpsc::channel::<()>();
        let (ans_tx, ans_rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("arenapy-stdin".into())
            .spawn(move || {
                let mut stdin = io::stdin();
                while req_rx.recv().is_ok() {
                    let mut buf = vec![0u8; 8192];
                    let r = loop {
                        match stdin.read(&mut buf) {
                            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                            r => break r,
                        }
                    };
                    let answer = r.map(|n| {
                        buf.truncate(n);
                        buf
                    });
                    if ans_tx.send(answer).is_err() {
                        break;
                    }
                }
            });
        if spawned.is_ok() {
            self.requests = Some(req_tx);
            self.answers = Some(ans_rx);
        }
    }
}

impl Read for InterruptibleStdin {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pos < self.pending.len() {
            let n = buf.len().min(self.pending.len() - self.pos);
            buf[..n].copy_from_slice(&self.pending[self.pos..self.pos + n]);
            self.pos += n;
            return Ok(n);
        }
        if self.requests.is_none() {
            self.start();
        }
        let (Some(requests), Some(answers)) = (&self.requests, &self.answers) else {
            // No thread could be started: read directly (not interruptible).
            return io::stdin().read(buf);
        };
        if !self.outstanding {
            if requests.send(()).is_err() {
                return Ok(0);
            }
            self.outstanding = true;
        }
        loop {
            match answers.recv_timeout(Duration::from_millis(10)) {
                Ok(answer) => {
                    self.outstanding = false;
                    self.pending = answer?;
                    self.pos = 0;
                    let n = buf.len().min(self.pending.len());
                    buf[..n].copy_from_slice(&self.pending[..n]);
                    self.pos = n;
                    return Ok(n);
                }
                Err(RecvTimeoutError::Timeout) if interrupted() => {
                    return Err(io::Error::other(INTERRUPTED));
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return Ok(0),
            }
        }
    }
}

/// Clears the Ctrl-C flag: the caller raises KeyboardInterrupt for it.
pub fn take_interrupt() {
    INTERRUPT.with(|f| {
        if let Some(f) = f.borrow().as_ref() {
            f.store(false, Ordering::Relaxed);
        }
    });
}
