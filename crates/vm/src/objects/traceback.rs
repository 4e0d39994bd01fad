//! Traceback objects: `exc.__traceback__`, `tb.tb_next`, `tb.tb_lineno`,
//! `tb.tb_lasti`. As in CPython, each frame an exception unwinds through
//! puts one traceback object (56 bytes with the GC head, as
//! `PyTracebackObject`) in front of the exception's chain; a traceback
//! refers to the frame's code object and instruction where CPython's
//! refers to the frame.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::exception::{type_error, ExceptionBody};
use crate::objects::function::code::CodeBody;
use crate::objects::int::new_int;
use crate::objects::registry::types;
use crate::objects::{Layout, Traverse, VarSize};
use crate::protocol::repr::addr;
use crate::vm::PyResult;

pub struct TracebackBody {
    /// The code object and instruction of this entry's frame.
    pub code: ObjRef,
    pub instr: u32,
    /// The entry of the frame it was called from inside (`tb_next`).
    pub next: Option<ObjRef>,
}

impl Traverse for TracebackBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.code);
        if let Some(n) = &self.next {
            visit(n);
        }
    }
}
impl VarSize for TracebackBody {}

/// `exc.__traceback__`: its outermost traceback object, or None.
pub fn exception_traceback(exc: &Obj) -> PyResult<ObjRef> {
    Ok(exc
        .payload::<ExceptionBody>()
        .and_then(|b| b.traceback.get())
        .unwrap_or_else(|| types().none.clone()))
}

/// Puts a traceback object for the frame running `code` at `instr` in
/// front of `exc`'s chain (CPython's `PyTraceBack_Here`, as the exception
/// passes through a frame). Out of memory, the entry is left out.
#[inline(never)]
pub fn add_traceback(exc: &Obj, code: &ObjRef, instr: u32) {
    let Some(b) = exc.payload::<ExceptionBody>() else {
        return;
    };
    let body = TracebackBody {
        code: code.clone(),
        instr,
        next: b.traceback.get(),
    };
    if let Ok(tb) = alloc_object(&types().traceback, body, 0) {
        b.traceback.set(Some(tb));
    }
}

/// `<traceback object at 0x...>`.
pub(crate) fn traceback_repr(o: &Obj) -> String {
    format!("<traceback object at {}>", addr(o))
}

/// `tb_next`, `tb_lineno`, `tb_lasti`.
pub(crate) fn traceback_special_attr(obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let tb = obj.payload::<TracebackBody>().expect("traceback");
    Ok(Some(match name {
        "tb_next" => tb.next.clone().unwrap_or_else(|| types().none.clone()),
        "tb_lineno" => {
            let line = tb
                .code
                .payload::<CodeBody>()
                .and_then(|c| c.code.positions.get(tb.instr as usize).map(|p| p.line))
                .unwrap_or(0);
            new_int(line as i64)?
        }
        // CPython counts bytes of 2-byte code units.
        "tb_lasti" => new_int(tb.instr as i64 * 2)?,
        _ => return Ok(None),
    }))
}

/// `exc.__traceback__ = tb` and `exc.with_traceback(tb)`: a traceback
/// object or None.
pub fn set_exception_traceback(exc: &Obj, tb: &Obj) -> PyResult<()> {
    let Some(body) = exc.payload::<ExceptionBody>() else {
        return Ok(());
    };
    if tb.is(&types().none) {
        body.traceback.set(None);
    } else if tb.layout() == Layout::Traceback {
        body.traceback.set(Some(tb.to_ref()));
    } else {
        return Err(type_error("__traceback__ must be a traceback or None"));
    }
    Ok(())
}
