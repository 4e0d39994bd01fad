//! The interpreter: the [`Vm`] state, errors, and the operations the
//! dispatch loop (`eval`) is built from.

pub mod attr;
pub mod attrcache;
pub mod builtins;
pub mod bytesops;
pub mod call;
pub mod class;
pub mod codeload;
pub mod constructors;
pub mod convert;
pub mod dictops;
pub mod eval;
pub mod evalexec;
pub mod exc;
pub mod floathex;
pub mod fmtcore;
pub mod format;
pub mod frame;
pub mod framereq;
pub mod generator;
pub mod import;
pub mod intbytes;
pub mod iterops;
pub mod mathmore;
pub mod metaclass;
pub mod methods;
pub mod modules;
pub mod namespace;
pub mod numeric;
pub mod objmethods;
pub mod ops;
pub mod patmatch;
pub mod repr;
pub mod setops;
pub mod slotwrappers;
pub mod strformat;
pub mod strmethods;
pub mod subscript;

use crate::object::{Obj, ObjRef};
use crate::types::types;
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
    /// [`call::with_recursion_guard`]. `usize::MAX` until the first call.
    pub stack_low: usize,
    /// Finished frames (holding no references), reused by the next call.
    pub frame_pool: Vec<Box<frame::Frame>>,
    /// A built-in's pending request for its caller's frame (see `framereq`).
    pub frame_request: Option<framereq::FrameRequest>,
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

    pub fn flush(&mut self) {
        let _ = self.out.flush();
    }

    pub fn write_out(&mut self, s: &str) -> PyResult<()> {
        let _ = self.out.write_all(s.as_bytes());
        Ok(())
    }
}

/// Python `bool` object for a Rust bool.
#[inline(always)]
pub fn py_bool(b: bool) -> ObjRef {
    let t = types();
    if b {
        t.true_.clone()
    } else {
        t.false_.clone()
    }
}

#[inline(always)]
pub fn is_none(o: &Obj) -> bool {
    o.is(&types().none)
}
