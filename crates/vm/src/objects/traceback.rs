//! Traceback objects: `exc.__traceback__`, `tb.tb_next`, `tb.tb_lineno`,
//! `tb.tb_lasti`. An exception keeps its traceback as a list of entries
//! (innermost first, appended as it unwinds, see `eval::exceptions`), so
//! raising costs no object per frame; the chain of traceback objects is
//! made from that list when Python code asks for it.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::exception::{type_error, ExceptionBody, TbEntry};
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

/// `exc.__traceback__`: a chain of traceback objects made from the
/// exception's entries (outermost first), or None when it has none. The
/// chain is kept (`tb_objects`), so the same objects come back; entries
/// added since are made into new outer objects on top of it.
pub fn exception_traceback(exc: &Obj) -> PyResult<ObjRef> {
    let Some(body) = exc.payload::<ExceptionBody>() else {
        return Ok(types().none.clone());
    };
    let (mut next, done) = match &*body.tb_objects.borrow() {
        Some((head, n)) if *n <= body.traceback.borrow().len() => (Some(head.clone()), *n),
        _ => (None, 0),
    };
    let entries: Vec<(ObjRef, u32)> = body.traceback.borrow()[done..]
        .iter()
        .map(|e| (e.code.clone(), e.instr))
        .collect();
    if entries.is_empty() && next.is_none() {
        return Ok(types().none.clone());
    }
    // Innermost first: each new object is the `tb_next` of the one after.
    let total = done + entries.len();
    for (code, instr) in entries {
        next = Some(alloc_object(
            &types().traceback,
            TracebackBody { code, instr, next },
            0,
        )?);
    }
    let head = next.unwrap_or_else(|| types().none.clone());
    let old = body.tb_objects.replace(Some((head.clone(), total)));
    drop(old);
    Ok(head)
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

/// `exc.__traceback__ = tb` and `exc.with_traceback(tb)`: None empties the
/// traceback; a traceback object's entries (it and the ones inner to it)
/// replace it.
pub fn set_exception_traceback(exc: &Obj, tb: &Obj) -> PyResult<()> {
    let Some(body) = exc.payload::<ExceptionBody>() else {
        return Ok(());
    };
    let entries: Vec<TbEntry> = if tb.is(&types().none) {
        Vec::new()
    } else if tb.layout() == Layout::Traceback {
        // The chain is outermost first; the exception keeps innermost first.
        let mut v = Vec::new();
        let mut cur = Some(tb.to_ref());
        while let Some(t) = cur {
            let b = t.payload::<TracebackBody>().expect("traceback");
            v.push(TbEntry {
                code: b.code.clone(),
                instr: b.instr,
            });
            cur = b.next.clone();
        }
        v.reverse();
        v
    } else {
        return Err(type_error("__traceback__ must be a traceback or None"));
    };
    let old: Vec<TbEntry> = {
        let mut tbv = body.traceback.borrow_mut();
        let old = tbv.drain(..).collect();
        for e in entries {
            if tbv.try_reserve(1).is_ok() {
                tbv.push(e);
            }
        }
        old
    };
    // The old entries' code objects are released after the borrow ends.
    drop(old);
    // The chain given is the exception's traceback objects from now on.
    let chain =
        (tb.layout() == Layout::Traceback).then(|| (tb.to_ref(), body.traceback.borrow().len()));
    let old = body.tb_objects.replace(chain);
    drop(old);
    Ok(())
}
