//! `memoryview` over `bytes` and `bytearray` (one-dimensional, format
//! `'B'`), as CPython's `Objects/memoryobject.c`: a view is a
//! `PyMemoryViewObject` (184 bytes with the GC head) referring to a
//! *managed buffer* (`_PyManagedBufferObject`, 120 bytes with the GC head)
//! that holds the exporter's buffer; views made by slicing share it. So
//! `memoryview(b)` takes one block of each size, as in CPython.
//!
//! Invariants: a managed buffer registers one export on a bytearray while
//! it lives (the bytearray then refuses to resize, `BufferError`), and
//! counts the unreleased views made on it; a view's `start`, `step` and
//! `len` select bytes of the exporter, checked against its current length
//! at each access (a bytearray cannot shrink while exported).

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::bytearray::{bytearray_body, bytes_like};
use crate::objects::bytes::{new_bytes, try_bytes};
use crate::objects::exception::{buffer_error, index_error, type_error, value_error};
use crate::objects::function::builtin::{self, BuiltinKind};
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::registry::types;
use crate::objects::slice::{slice_indices, SliceBody};
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::{Layout, Traverse, VarSize};
use crate::protocol::convert::index_value;
use crate::protocol::object::type_name;
use crate::protocol::repr::addr;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// `_PyManagedBufferObject`: the exporter and its buffer.
pub struct ManagedBufferBody {
    /// `master.obj`: the bytes or bytearray exported.
    obj: ObjRef,
    /// `flags` and `exports` (views not yet released).
    exports: Cell<u32>,
    readonly: bool,
    /// The exporter's buffer was given back (`mbuf_release`).
    released: Cell<bool>,
    /// The rest of CPython's `Py_buffer master` (buf, len, itemsize, ndim,
    /// format, shape, strides, suboffsets, internal): read from the
    /// exporter when needed here, kept so the block is CPython's size.
    _master: [usize; 9],
}

impl Traverse for ManagedBufferBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.obj);
    }
}
impl VarSize for ManagedBufferBody {}

impl ManagedBufferBody {
    /// `mbuf_release`: gives the buffer back to the exporter (a bytearray
    /// may resize again), once.
    fn release(&self) {
        if !self.released.replace(true) {
            if let Some(b) = bytearray_body(&self.obj) {
                b.exports.set(b.exports.get().saturating_sub(1));
            }
        }
    }
}

impl Drop for ManagedBufferBody {
    fn drop(&mut self) {
        self.release();
    }
}

// `sizeof(_PyManagedBufferObject)` is 104.
const _: () =
    assert!(std::mem::size_of::<crate::memory::object::PyObject<ManagedBufferBody>>() == 104);

/// `PyMemoryViewObject` for one dimension.
pub struct MemoryViewBody {
    mbuf: ObjRef,
    /// First byte of the view in the exporter, the step between items
    /// and the number of items.
    start: usize,
    step: isize,
    len: usize,
    released: Cell<bool>,
    /// The rest of CPython's object (hash, flags, exports, the view's
    /// Py_buffer, weakreflist, shape/strides/suboffsets of one dimension).
    _rest: [usize; 14],
}

impl Traverse for MemoryViewBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.mbuf);
    }
}
impl VarSize for MemoryViewBody {}

impl Drop for MemoryViewBody {
    fn drop(&mut self) {
        self.release();
    }
}

// `sys.getsizeof(memoryview(b))` is 184 (168 + the GC head).
const _: () =
    assert!(std::mem::size_of::<crate::memory::object::PyObject<MemoryViewBody>>() == 168);

impl MemoryViewBody {
    fn mbuf(&self) -> &ManagedBufferBody {
        self.mbuf
            .payload::<ManagedBufferBody>()
            .expect("managed buffer")
    }

    fn release(&self) {
        if !self.released.replace(true) {
            let m = self.mbuf();
            m.exports.set(m.exports.get().saturating_sub(1));
            if m.exports.get() == 0 {
                m.release();
            }
        }
    }

    /// The bytes the view selects, or the released-view error.
    fn bytes(&self) -> PyResult<Vec<u8>> {
        self.check()?;
        let all = bytes_like(&self.mbuf().obj).unwrap_or_default();
        Ok((0..self.len)
            .filter_map(|k| all.get((self.start as isize + k as isize * self.step) as usize))
            .copied()
            .collect())
    }

    fn check(&self) -> PyResult<()> {
        if self.released.get() {
            return Err(value_error(
                "operation forbidden on released memoryview object",
            ));
        }
        Ok(())
    }
}

fn view_of(o: &Obj) -> PyResult<&MemoryViewBody> {
    o.payload::<MemoryViewBody>().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'memoryview' object but received a '{}'",
            type_name(o)
        ))
    })
}

fn new_view(mbuf: ObjRef, start: usize, step: isize, len: usize) -> PyResult<ObjRef> {
    let m = mbuf.payload::<ManagedBufferBody>().expect("managed buffer");
    m.exports.set(m.exports.get() + 1);
    Ok(alloc_object(
        &types().memoryview,
        MemoryViewBody {
            mbuf,
            start,
            step,
            len,
            released: Cell::new(false),
            _rest: [0; 14],
        },
        0,
    )?)
}

/// `memoryview(obj)`: a new managed buffer over a bytes or bytearray (or
/// the same one, for a memoryview).
pub(crate) fn memoryview_new(_vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let (pos, kws) = call.split();
    crate::objects::function::signature::check_clinic(
        "memoryview",
        pos.len(),
        &kws,
        0,
        1,
        1,
        &["object"],
    )?;
    let pos: &[ObjRef] = if pos.is_empty() {
        std::slice::from_ref(kws[0].1)
    } else {
        pos
    };
    let src = &pos[0];
    if let Some(v) = src.payload::<MemoryViewBody>() {
        v.check()?;
        return new_view(v.mbuf.clone(), v.start, v.step, v.len);
    }
    let (len, readonly) = if let Some(b) = try_bytes(src) {
        (b.len(), true)
    } else if let Some(b) = bytearray_body(src) {
        b.exports.set(b.exports.get() + 1);
        (b.data.borrow().len(), false)
    } else {
        return Err(type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            type_name(src)
        )));
    };
    let mbuf = alloc_object(
        &types().managedbuffer,
        ManagedBufferBody {
            obj: src.clone(),
            exports: Cell::new(0),
            readonly,
            released: Cell::new(false),
            _master: [0; 9],
        },
        0,
    )?;
    new_view(mbuf, 0, 1, len)
}

pub(crate) fn memoryview_len(o: &Obj) -> PyResult<usize> {
    let v = view_of(o)?;
    v.check()?;
    Ok(v.len)
}

/// `<memory at 0x...>` / `<released memory at 0x...>`.
pub(crate) fn memoryview_repr(o: &Obj) -> String {
    let released = o
        .payload::<MemoryViewBody>()
        .is_some_and(|v| v.released.get());
    if released {
        format!("<released memory at {}>", addr(o))
    } else {
        format!("<memory at {}>", addr(o))
    }
}

/// `m[i]` (an int) and `m[i:j:k]` (a view on the same buffer).
pub(crate) fn memoryview_getitem(o: &Obj, key: &Obj) -> PyResult<ObjRef> {
    let v = view_of(o)?;
    v.check()?;
    if let Some(sl) = key.payload::<SliceBody>() {
        let (start, stop, step) = slice_indices(sl, v.len)?;
        let n = if step > 0 {
            (stop - start + step - 1).max(0) / step
        } else {
            (start - stop - step - 1).max(0) / -step
        };
        let first = v.start as isize + start as isize * v.step;
        return new_view(
            v.mbuf.clone(),
            first.max(0) as usize,
            v.step * step as isize,
            n as usize,
        );
    }
    let i = index_value(key).map_err(|_| type_error("memoryview: invalid slice key"))?;
    let n = v.len as i64;
    let i = if i < 0 { i + n } else { i };
    if !(0..n).contains(&i) {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    let data = v.bytes()?;
    Ok(new_int(data[i as usize] as i64)?)
}

/// `m[i] = byte` on a writable view.
pub(crate) fn memoryview_setitem(o: &Obj, key: &Obj, value: &Obj) -> PyResult<()> {
    let v = view_of(o)?;
    v.check()?;
    let m = v.mbuf();
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    if key.payload::<SliceBody>().is_some() {
        return Err(crate::objects::exception::not_implemented_error(
            "memoryview slice assignment",
        ));
    }
    let i = index_value(key).map_err(|_| type_error("memoryview: invalid slice key"))?;
    let n = v.len as i64;
    let i = if i < 0 { i + n } else { i };
    if !(0..n).contains(&i) {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    let b = match index_value(value) {
        Ok(b) if (0..256).contains(&b) && value.layout() == Layout::Int => b as u8,
        _ => return Err(value_error("memoryview: invalid value for format 'B'")),
    };
    let at = (v.start as isize + i as isize * v.step) as usize;
    if let Some(ba) = bytearray_body(&m.obj) {
        if let Some(slot) = ba.data.borrow_mut().get_mut(at) {
            *slot = b;
        }
    }
    Ok(())
}

/// `m == other` with a bytes-like object or another view.
pub(crate) fn memoryview_eq(a: &Obj, b: &Obj) -> PyResult<Option<bool>> {
    let bytes_of = |o: &Obj| -> PyResult<Option<Vec<u8>>> {
        match o.payload::<MemoryViewBody>() {
            Some(v) if v.released.get() => Ok(None),
            Some(v) => v.bytes().map(Some),
            None => Ok(bytes_like(o)),
        }
    };
    let (x, y) = (bytes_of(a)?, bytes_of(b)?);
    Ok(match (x, y) {
        (Some(x), Some(y)) => Some(x == y),
        _ => Some(a.is(b)),
    })
}

/// The bytes a view shows (for `bytes(m)` and `bytearray(m)`).
pub fn memoryview_bytes(o: &Obj) -> Option<PyResult<Vec<u8>>> {
    o.payload::<MemoryViewBody>().map(|v| v.bytes())
}

fn mv_tobytes(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    Ok(new_bytes(&view_of(&args[0])?.bytes()?)?)
}

fn mv_tolist(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = view_of(&args[0])?.bytes()?;
    let mut items = Vec::with_capacity(data.len());
    for b in data {
        items.push(new_int(b as i64)?);
    }
    Ok(new_list(items)?)
}

fn mv_hex(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let data = view_of(&args[0])?.bytes()?;
    let s: String = data.iter().map(|b| format!("{b:02x}")).collect();
    Ok(crate::objects::str::new_str(&s)?)
}

/// `m.release()`: refused while views made from this one's buffer
/// export it further is not modelled; releasing twice is allowed.
fn mv_release(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    view_of(&args[0])?.release();
    Ok(types().none.clone())
}

fn mv_enter(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    view_of(&args[0])?.check()?;
    Ok(args[0].clone())
}

fn mv_exit(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    view_of(&args[0])?.release();
    Ok(types().none.clone())
}

/// The read-only attributes: `obj`, `nbytes`, `readonly`, `itemsize`,
/// `format`, `ndim`, `shape`, `strides`.
pub(crate) fn memoryview_special_attr(o: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let v = view_of(o)?;
    let known = matches!(
        name,
        "obj" | "nbytes" | "readonly" | "itemsize" | "format" | "ndim" | "shape" | "strides"
    );
    if !known {
        return Ok(None);
    }
    v.check()?;
    let tuple1 =
        |n: i64| -> PyResult<ObjRef> { Ok(crate::objects::tuple::new_tuple(vec![new_int(n)?])?) };
    Ok(Some(match name {
        "obj" => v.mbuf().obj.clone(),
        "nbytes" => new_int(v.len as i64)?,
        "readonly" => py_bool(v.mbuf().readonly),
        "itemsize" => new_int(1)?,
        "format" => crate::objects::str::new_str("B")?,
        "ndim" => new_int(1)?,
        "shape" => tuple1(v.len as i64)?,
        _ => tuple1(v.step as i64)?,
    }))
}

/// A memoryview cannot be resized away under a bytearray's feet: the
/// message of a refused resize.
pub(crate) fn resize_refused() -> crate::vm::PyErr {
    buffer_error("Existing exports of data: object cannot be re-sized")
}

/// Puts this type's methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    builtin::install(
        &types().memoryview,
        "memoryview",
        &[
            ("tobytes", mv_tobytes),
            ("tolist", mv_tolist),
            ("hex", mv_hex),
            ("release", mv_release),
            ("__enter__", mv_enter),
            ("__exit__", mv_exit),
        ],
        BuiltinKind::Method,
    )
}
