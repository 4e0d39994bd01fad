//! Traceback objects: `exc.__traceback__`, `tb.tb_next`, `tb.tb_frame`,
//! `tb.tb_lineno`, `tb.tb_lasti`. As in CPython, each frame an exception
//! unwinds through puts one traceback object (56 bytes with the GC head,
//! as `PyTracebackObject`) in front of the exception's chain, referring to
//! the frame's object (made then, as `PyTraceBack_Here` materialises it;
//! it keeps the frame's variables once the frame has returned) and the
//! instruction.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::exception::{type_error, ExceptionBody};
use crate::objects::frame::{frame_code, frame_for_traceback};
use crate::objects::function::code::CodeBody;
use crate::objects::int::new_int;
use crate::objects::registry::types;
use crate::objects::{Layout, Traverse, VarSize};
use crate::protocol::repr::addr;
use crate::vm::PyResult;

pub struct TracebackBody {
    /// The entry of the frame it was called from inside (`tb_next`).
    pub next: Option<ObjRef>,
    /// The frame object (`tb_frame`) and its instruction (`tb_lasti`).
    pub frame: ObjRef,
    pub instr: u32,
}

// `PyTracebackObject`: header, tb_next, tb_frame, tb_lasti and tb_lineno,
// and the GC head.
const _: () = assert!(crate::memory::object::object_block_size::<TracebackBody>(0) == 56);

impl TracebackBody {
    /// The code object of the entry's frame (None once the collector
    /// cleared the frame).
    pub fn code(&self) -> Option<ObjRef> {
        frame_code(&self.frame)
    }
}

impl Traverse for TracebackBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.frame);
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
    let Ok(frame) = frame_for_traceback(code, instr) else {
        return;
    };
    let body = TracebackBody {
        next: b.traceback.get(),
        frame,
        instr,
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
        "tb_frame" => tb.frame.clone(),
        "tb_lineno" => {
            let line = tb
                .code()
                .and_then(|c| {
                    let c = c.payload::<CodeBody>()?;
                    c.code.positions.get(tb.instr as usize).map(|p| p.line)
                })
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
