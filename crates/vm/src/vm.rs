//! The interpreter state shared by every frame of one thread ([`Vm`]: the
//! builtins and `sys.modules` dicts, the handled exception, the recursion
//! limit, the frame pool, standard output) and the error type every
//! operation returns: a raised Python exception is a [`PyErr`] holding the
//! exception instance, so `?` propagates it like CPython's `NULL` return.

use crate::eval::{frame, frame_request};
use crate::memory::object::ObjRef;
use crate::objects::registry::types;
use arenapy_alloc::AllocError;
use std::io::Write;

/// A raised Python exception (the exception instance).
pub struct PyErr(pub ObjRef);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.0.type_body().name())
    }
}

pub type PyResult<T> = Result<T, PyErr>;

impl From<AllocError> for PyErr {
    fn from(_: AllocError) -> PyErr {
        PyErr(types().memory_error_instance.clone())
    }
}

/// Interpreter state shared by all frames of one thread.
pub struct Vm {
    pub builtins: ObjRef,
    /// `sys.modules`-like registry of imported built-in modules.
    pub modules: ObjRef,
    /// The main module's globals.
    pub main_globals: ObjRef,
    /// The exception currently being handled (`sys.exc_info()`), if any.
    pub handled_exc: Option<ObjRef>,
    pub recursion_depth: usize,
    pub recursion_limit: usize,
    /// The lowest native stack address a call may start at without first
    /// checking (and possibly growing) the stack: see
    /// [`crate::protocol::call::with_recursion_guard`]. `usize::MAX` until the first call.
    pub stack_low: usize,
    /// Finished frames (holding no references), reused by the next call.
    pub frame_pool: Vec<Box<frame::Frame>>,
    /// `--dis=adaptive`: when set, the first module code run is kept here
    /// so its quickened instructions can be listed after the run.
    pub retained_code: Option<Vec<ObjRef>>,
    /// A built-in's pending request for its caller's frame (see `eval::frame_request`).
    pub frame_request: Option<frame_request::FrameRequest>,
    pub out: std::io::BufWriter<std::io::Stdout>,
    /// Set from a signal handler (Ctrl-C); checked on backward jumps and calls.
    pub interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
    pub argv: Vec<String>,
    /// Source text of each loaded file, for traceback lines.
    pub sources: std::collections::HashMap<String, String>,
}

impl Vm {
    pub fn none(&self) -> ObjRef {
        types().none.clone()
    }

    /// Flushes standard output where an error cannot be reported (before
    /// writing to stderr); a failure surfaces at the next write or at exit.
    pub fn flush(&mut self) {
        let _ = self.out.flush();
    }

    /// Flushes standard output (`print(flush=True)`, `sys.stdout.flush()`):
    /// a closed pipe is BrokenPipeError, a full device OSError 28, as in
    /// CPython.
    pub fn try_flush(&mut self) -> PyResult<()> {
        let r = self.out.flush();
        r.map_err(|e| self.stdout_failed(&e))
    }

    pub fn write_out(&mut self, s: &str) -> PyResult<()> {
        let r = self.out.write_all(s.as_bytes());
        r.map_err(|e| self.stdout_failed(&e))
    }

    /// A write to standard output failed: what was buffered is dropped (a
    /// closed pipe takes nothing more, and CPython's buffered writer does not
    /// report the same bytes twice) and the OSError is raised.
    #[cold]
    fn stdout_failed(&mut self, e: &std::io::Error) -> PyErr {
        let fresh = std::io::BufWriter::with_capacity(self.out.capacity(), std::io::stdout());
        let old = std::mem::replace(&mut self.out, fresh);
        let _ = old.into_parts();
        crate::modules::stdlib::fileio::os_error(e, None)
    }
}
