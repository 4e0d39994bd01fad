//! `bytearray`: a mutable byte string, as CPython's `PyByteArrayObject`: a
//! 56-byte object (header, size, `ob_alloc`, the buffer pointer, start,
//! exports) and a separate buffer of `ob_alloc` bytes from the object
//! allocator, grown and shrunk by `PyByteArray_Resize`'s rule, so
//! `sys.getsizeof` (56 + `ob_alloc`) and the blocks taken are CPython's.
//!
//! Invariants: the buffer's capacity *is* `ob_alloc` (every change of
//! length goes through [`resize`], which sets it exactly; nothing pushes
//! past it); `ob_alloc` counts the trailing NUL CPython keeps, so a
//! non-empty array always has capacity > length.
//!
//! The text methods (`decode`, `find`, `upper`, `split` ...) are `bytes`'s,
//! run on a bytes copy, with bytes results turned back into bytearrays.

use crate::memory::heap::{hvec, HVec};
use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::bytes::{new_bytes, try_bytes};
use crate::objects::exception::{index_error, type_error, value_error};
use crate::objects::function::builtin::{self, BuiltinKind};
use crate::objects::int::new_int;
use crate::objects::list::{list_body, new_list};
use crate::objects::registry::types;
use crate::objects::slice::{slice_indices, slice_positions, SliceBody};
use crate::objects::str::try_str;
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::typeobject::lookup_str;
use crate::objects::{Layout, Traverse, VarSize};
use crate::protocol::convert::{check_args, index_value, index_value_vm, kwarg};
use crate::protocol::object::type_name;
use crate::protocol::{call, compare, iter};
use crate::vm::{PyResult, Vm};
use arenapy_alloc::AllocError;
use arenapy_compiler::opcode::ComparisonOperator as C;
use std::cell::{Cell, RefCell};

pub struct ByteArrayBody {
    /// The bytes; its capacity is CPython's `ob_alloc`.
    pub data: RefCell<HVec<u8>>,
    /// CPython's `ob_exports`: managed buffers (memoryviews) holding the
    /// buffer; while any does, the length cannot change.
    pub(crate) exports: Cell<usize>,
}
impl Traverse for ByteArrayBody {}
impl VarSize for ByteArrayBody {}

// `sizeof(PyByteArrayObject)`.
const _: () = assert!(std::mem::size_of::<crate::memory::object::PyObject<ByteArrayBody>>() == 56);

/// A new bytearray of type `ty` holding `data` (`ob_alloc` = len + 1, as
/// `PyByteArray_Resize` from empty gives).
pub fn new_bytearray_in(ty: &Obj, data: &[u8]) -> PyResult<ObjRef> {
    let mut v = hvec();
    resize(&mut v, data.len())?;
    v.copy_from_slice_at_start(data);
    Ok(alloc_object(
        ty,
        ByteArrayBody {
            data: RefCell::new(v),
            exports: Cell::new(0),
        },
        0,
    )?)
}

pub fn new_bytearray(data: &[u8]) -> PyResult<ObjRef> {
    new_bytearray_in(&types().bytearray, data)
}

trait FillStart {
    fn copy_from_slice_at_start(&mut self, data: &[u8]);
}
impl FillStart for HVec<u8> {
    fn copy_from_slice_at_start(&mut self, data: &[u8]) {
        self[..data.len()].copy_from_slice(data);
    }
}

pub fn bytearray_body(o: &Obj) -> Option<&ByteArrayBody> {
    o.payload::<ByteArrayBody>()
}

/// A copy of a bytearray's bytes.
pub fn bytearray_data(o: &Obj) -> Option<Vec<u8>> {
    bytearray_body(o).map(|b| b.data.borrow().to_vec())
}

/// `PyByteArray_Resize`: makes the length `size` (new bytes are zero) and
/// the capacity what CPython's `ob_alloc` would be.
fn resize(v: &mut HVec<u8>, size: usize) -> PyResult<()> {
    let (len, alloc) = (v.len(), v.capacity());
    if size == len {
        return Ok(());
    }
    let new_alloc = if size < alloc {
        if size < alloc / 2 {
            // Major downsize: to exact size.
            Some(size + 1)
        } else {
            // Minor downsize (or growth within the buffer): keep it.
            None
        }
    } else if (size as f64) <= alloc as f64 * 1.125 {
        // Moderate upsize: over-allocate like list_resize.
        Some(size + (size >> 3) + if size < 9 { 3 } else { 6 })
    } else {
        // Major upsize: to exact size.
        Some(size + 1)
    };
    if let Some(a) = new_alloc {
        crate::memory::heap::check_items::<u8>(a)?;
        if a > alloc {
            v.try_reserve_exact(a - len)
                .map_err(|_| AllocError { requested: a })?;
        }
    }
    if size < len {
        v.truncate(size);
    } else {
        v.resize(size, 0);
    }
    if let Some(a) = new_alloc {
        if a < v.capacity() {
            v.shrink_to(a);
        }
    }
    Ok(())
}

/// Replaces the whole content (the result of an edit), resizing as CPython.
fn set_contents(o: &Obj, new: &[u8]) -> PyResult<()> {
    let b = bytearray_body(o).expect("bytearray");
    check_resizable(b, new.len())?;
    let mut v = b.data.borrow_mut();
    resize(&mut v, new.len())?;
    v.copy_from_slice_at_start(new);
    Ok(())
}

/// `_canresize`: a length change is refused while a memoryview exports
/// the buffer.
fn check_resizable(b: &ByteArrayBody, new_len: usize) -> PyResult<()> {
    if b.exports.get() > 0 && b.data.borrow().len() != new_len {
        return Err(crate::objects::memoryview::resize_refused());
    }
    Ok(())
}

/// The bytes of a bytes-like object (bytes, bytearray, or what a live
/// memoryview shows).
pub fn bytes_like(o: &Obj) -> Option<Vec<u8>> {
    try_bytes(o)
        .map(<[u8]>::to_vec)
        .or_else(|| bytearray_data(o))
        .or_else(|| crate::objects::memoryview::memoryview_bytes(o).and_then(Result::ok))
}

/// An int in range(256).
fn byte_value(vm: &mut Vm, o: &Obj) -> PyResult<u8> {
    // An object with `__index__` is the int it stands for (CPython's
    // `_getbytevalue` and `PyNumber_AsSsize_t`).
    let converted = crate::protocol::convert::index_arg(vm, o)?;
    let o: &Obj = converted.as_deref().unwrap_or(o);
    if o.layout() != Layout::Int {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(o)
        )));
    }
    match index_value(o) {
        Ok(v) if (0..256).contains(&v) => Ok(v as u8),
        _ => Err(value_error("byte must be in range(0, 256)")),
    }
}

/// The bytes an argument stands for: a bytes-like object, or an iterable
/// of ints (`extend`, slice assignment, the constructor).
fn bytes_of_iterable(vm: &mut Vm, o: &Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(o) {
        return Ok(b);
    }
    let it = iter::get_iter(vm, o)
        .map_err(|_| type_error(format!("can't extend bytearray with {}", type_name(o))))?;
    let mut out = Vec::new();
    while let Some(item) = iter::next(vm, &it)? {
        out.push(byte_value(vm, &item)?);
    }
    Ok(out)
}

/// `bytearray()`, `bytearray(n)`, `bytearray(bytes_like)`,
/// `bytearray(iterable_of_ints)`, `bytearray(str, encoding)`.
pub(crate) fn bytearray_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let (pos, kws) = call.split();
    crate::objects::function::signature::check_clinic(
        "bytearray",
        pos.len(),
        &kws,
        0,
        0,
        3,
        &["source", "encoding", "errors"],
    )?;
    let src = pos.first().or_else(|| kwarg(&kws, "source"));
    let encoding = pos.get(1).or_else(|| kwarg(&kws, "encoding"));
    // Argument Clinic checks the types of encoding and errors first.
    for (name, v) in [
        ("encoding", encoding),
        ("errors", pos.get(2).or_else(|| kwarg(&kws, "errors"))),
    ] {
        if let Some(v) = v.filter(|v| try_str(v).is_none()) {
            return Err(type_error(format!(
                "bytearray() argument '{name}' must be str, not {}",
                if crate::objects::singletons::is_none(v) {
                    "None".to_string()
                } else {
                    type_name(v).to_string()
                }
            )));
        }
    }
    let data = match src {
        None => {
            if encoding.is_some() {
                return Err(type_error("encoding without a string argument"));
            }
            Vec::new()
        }
        Some(s) if try_str(s).is_some() => {
            let Some(enc) = encoding else {
                return Err(type_error("string argument without an encoding"));
            };
            let text = try_str(s).expect("str");
            let errors = pos
                .get(2)
                .or_else(|| kwarg(&kws, "errors"))
                .and_then(|e| try_str(e));
            let encoded = match errors {
                Some(e) => crate::objects::str::codecs::encode_with(text, enc, e)?,
                None => crate::objects::str::codecs::encode(text, enc)?,
            };
            try_bytes(&encoded).expect("bytes").to_vec()
        }
        Some(_) if encoding.is_some() => {
            return Err(type_error("encoding without a string argument"));
        }
        // PyIndex_Check: an int, or an object with `__index__`.
        Some(s)
            if s.layout() == Layout::Int
                || (crate::protocol::object::is_heap_type_instance(s)
                    && crate::objects::typeobject::lookup_str(s.ty(), "__index__").is_some()) =>
        {
            let n = index_value_vm(vm, s)?;
            if n < 0 {
                return Err(value_error("negative count"));
            }
            let mut v = crate::memory::heap::try_vec(n as usize)?;
            v.resize(n as usize, 0);
            v
        }
        // CPython's fast paths (a buffer, an exact list or tuple) size the
        // buffer once; other iterables grow it byte by byte.
        Some(s)
            if bytes_like(s).is_none()
                && !s.ty().is(&types().list)
                && !s.ty().is(&types().tuple) =>
        {
            let data = bytes_of_iterable(vm, s).map_err(|e| {
                if e.0.ty().is(&types().type_error) && iter::get_iter(vm, s).is_err() {
                    type_error(format!(
                        "cannot convert '{}' object to bytearray",
                        type_name(s)
                    ))
                } else {
                    e
                }
            })?;
            let mut v = hvec();
            for b in data {
                // `bytearray_init`'s loop: resize only when the next byte
                // would reach the allocation.
                let n = v.len();
                if n + 1 >= v.capacity() {
                    resize(&mut v, n + 1)?;
                    v[n] = b;
                } else {
                    v.push(b);
                }
            }
            return Ok(alloc_object(
                call.cls,
                ByteArrayBody {
                    data: RefCell::new(v),
                    exports: Cell::new(0),
                },
                0,
            )?);
        }
        Some(s) => bytes_of_iterable(vm, s).map_err(|e| {
            if e.0.ty().is(&types().type_error) && bytes_like(s).is_none() {
                match iter::get_iter(vm, s) {
                    Ok(_) => e,
                    Err(_) => type_error(format!(
                        "cannot convert '{}' object to bytearray",
                        type_name(s)
                    )),
                }
            } else {
                e
            }
        })?,
    };
    new_bytearray_in(call.cls, &data)
}

/// `repr(bytearray)`: `bytearray(b'...')`.
pub(crate) fn bytearray_repr(o: &Obj) -> String {
    let b = bytearray_body(o).expect("bytearray");
    let data = b.data.borrow();
    // `bytearray_repr`: single quotes unless the data has a `'` and no
    // `"`; a `'` is escaped whichever quote is used.
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = format!("{}(b{quote}", type_name(o));
    for &c in data.iter() {
        match c {
            b'\'' | b'\\' => {
                s.push('\\');
                s.push(c as char);
            }
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            c if !(b' '..0x7f).contains(&c) => s.push_str(&format!("\\x{c:02x}")),
            c => s.push(c as char),
        }
    }
    s.push(quote);
    s.push(')');
    s
}

/// `sys.getsizeof`: the object plus `ob_alloc`.
pub(crate) fn bytearray_sizeof(o: &Obj) -> usize {
    o.alloc_size() + bytearray_body(o).map_or(0, |b| b.data.borrow().capacity())
}

pub(crate) fn bytearray_len(o: &Obj) -> usize {
    bytearray_body(o).map_or(0, |b| b.data.borrow().len())
}

fn norm_index(v: i64, n: usize) -> Option<usize> {
    let i = if v < 0 { v + n as i64 } else { v };
    (0..n as i64).contains(&i).then_some(i as usize)
}

fn index_of(key: &Obj) -> PyResult<i64> {
    index_value(key).map_err(|_| {
        if key.layout() == Layout::Int {
            index_error("cannot fit 'int' into an index-sized integer")
        } else {
            type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                type_name(key)
            ))
        }
    })
}

/// `ba[i]` (an int) and `ba[i:j:k]` (a bytearray).
pub(crate) fn bytearray_getitem(o: &Obj, key: &Obj) -> PyResult<ObjRef> {
    let data = bytearray_data(o).expect("bytearray");
    if let Some(sl) = key.payload::<SliceBody>() {
        let out: Vec<u8> = slice_positions(sl, data.len())?
            .into_iter()
            .map(|i| data[i])
            .collect();
        return new_bytearray(&out);
    }
    let i = norm_index(index_of(key)?, data.len())
        .ok_or_else(|| index_error("bytearray index out of range"))?;
    Ok(new_int(data[i] as i64)?)
}

/// `ba[i] = v` and `ba[i:j:k] = iterable`.
pub(crate) fn bytearray_setitem(vm: &mut Vm, o: &Obj, key: &Obj, value: &Obj) -> PyResult<()> {
    let mut data = bytearray_data(o).expect("bytearray");
    if let Some(sl) = key.payload::<SliceBody>() {
        // CPython's order: the slice, then the value (numbers and str
        // refused), and an empty value deletes even an extended slice.
        let (start, stop, step) = slice_indices(sl, data.len())?;
        let new = if value.is(o) {
            data.clone()
        } else {
            if crate::objects::str::percent::number_check(value) || value.layout() == Layout::Str {
                return Err(type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            bytes_of_iterable(vm, value)?
        };
        if new.is_empty() && step != 1 {
            return bytearray_delitem(o, key);
        }
        if step == 1 {
            let (lo, hi) = (start as usize, (stop.max(start)) as usize);
            data.splice(lo..hi, new);
            return set_contents(o, &data);
        }
        let pos = slice_positions(sl, data.len())?;
        if pos.len() != new.len() {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                pos.len()
            )));
        }
        for (p, b) in pos.into_iter().zip(new) {
            data[p] = b;
        }
        return set_contents(o, &data);
    }
    // The value is checked before the index's range (CPython, GH-91153).
    let idx = index_of(key)?;
    let b = byte_value(vm, value)?;
    let i =
        norm_index(idx, data.len()).ok_or_else(|| index_error("bytearray index out of range"))?;
    bytearray_body(o).expect("bytearray").data.borrow_mut()[i] = b;
    Ok(())
}

/// `del ba[i]` and `del ba[i:j:k]`.
pub(crate) fn bytearray_delitem(o: &Obj, key: &Obj) -> PyResult<()> {
    let mut data = bytearray_data(o).expect("bytearray");
    if let Some(sl) = key.payload::<SliceBody>() {
        let pos = slice_positions(sl, data.len())?;
        let mut drop = vec![false; data.len()];
        for p in pos {
            drop[p] = true;
        }
        let mut i = 0;
        data.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
        return set_contents(o, &data);
    }
    let i = norm_index(index_of(key)?, data.len())
        .ok_or_else(|| index_error("bytearray index out of range"))?;
    data.remove(i);
    set_contents(o, &data)
}

/// `x in ba`: an int byte or a bytes-like subsequence.
pub(crate) fn bytearray_contains(vm: &mut Vm, o: &Obj, item: &Obj) -> PyResult<bool> {
    let data = bytearray_data(o).expect("bytearray");
    let converted = crate::protocol::convert::contains_index_arg(vm, item)?;
    let item: &Obj = converted.as_deref().unwrap_or(item);
    if item.layout() == Layout::Int {
        let b = byte_value(vm, item)?;
        return Ok(data.contains(&b));
    }
    let needle = bytes_like(item).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(item)
        ))
    })?;
    Ok(needle.is_empty() || data.windows(needle.len()).any(|w| w == needle))
}

/// Comparisons with bytes and bytearray; `None` for other operands.
pub(crate) fn bytearray_compare(op: C, a: &Obj, b: &Obj) -> Option<bool> {
    let (x, y) = (bytes_like(a)?, bytes_like(b)?);
    Some(compare::ordering_matches(op, x.cmp(&y)))
}

/// `a + b` where either is a bytearray: the left operand's kind; `+=`
/// extends in place.
pub(crate) fn bytearray_concat(a: &Obj, b: &Obj, inplace: bool) -> PyResult<Option<ObjRef>> {
    let (Some(mut x), Some(y)) = (bytes_like(a), bytes_like(b)) else {
        return Ok(None);
    };
    x.extend_from_slice(&y);
    if bytearray_body(a).is_none() {
        return Ok(Some(new_bytes(&x)?));
    }
    if inplace {
        set_contents(a, &x)?;
        return Ok(Some(a.to_ref()));
    }
    new_bytearray(&x).map(Some)
}

/// `ba * n` (and `*=` in place).
pub(crate) fn bytearray_repeat(a: &Obj, n: usize, inplace: bool) -> PyResult<ObjRef> {
    let x = bytearray_data(a).expect("bytearray");
    crate::protocol::number::check_text_repeat(x.len(), n, "repeated bytes are too long")?;
    let out = crate::memory::heap::try_repeat_bytes(&x, n)?;
    if inplace {
        set_contents(a, &out)?;
        return Ok(a.to_ref());
    }
    new_bytearray(&out)
}

fn this(args: &[ObjRef], name: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(o) if bytearray_body(o).is_some() => Ok(o.clone()),
        _ => Err(type_error(format!(
            "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
            args.first().map_or("NoneType".into(), |o| type_name(o))
        ))),
    }
}

fn ba_append(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let o = this(args, "append")?;
    check_args("append", &args[1..], 1, 1)?;
    let b = byte_value(vm, &args[1])?;
    let body = bytearray_body(&o).expect("bytearray");
    let n = body.data.borrow().len();
    check_resizable(body, n + 1)?;
    let mut v = body.data.borrow_mut();
    resize(&mut v, n + 1)?;
    v[n] = b;
    Ok(types().none.clone())
}

fn ba_extend(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let o = this(args, "extend")?;
    check_args("extend", &args[1..], 1, 1)?;
    let more = bytes_of_iterable(vm, &args[1])?;
    let mut data = bytearray_data(&o).expect("bytearray");
    data.extend_from_slice(&more);
    set_contents(&o, &data)?;
    Ok(types().none.clone())
}

fn ba_pop(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let o = this(args, "pop")?;
    check_args("pop", &args[1..], 0, 1)?;
    let mut data = bytearray_data(&o).expect("bytearray");
    if data.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let at = match args.get(1) {
        Some(i) => norm_index(index_value_vm(vm, i)?, data.len())
            .ok_or_else(|| index_error("pop index out of range"))?,
        None => data.len() - 1,
    };
    let v = data.remove(at);
    set_contents(&o, &data)?;
    Ok(new_int(v as i64)?)
}

fn ba_insert(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let o = this(args, "insert")?;
    check_args("insert", &args[1..], 2, 2)?;
    let mut data = bytearray_data(&o).expect("bytearray");
    let n = data.len() as i64;
    let i = index_value_vm(vm, &args[1])?;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    data.insert(at, byte_value(vm, &args[2])?);
    set_contents(&o, &data)?;
    Ok(types().none.clone())
}

fn ba_remove(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let o = this(args, "remove")?;
    check_args("remove", &args[1..], 1, 1)?;
    let b = byte_value(vm, &args[1])?;
    let mut data = bytearray_data(&o).expect("bytearray");
    let at = data
        .iter()
        .position(|&x| x == b)
        .ok_or_else(|| value_error("value not found in bytearray"))?;
    data.remove(at);
    set_contents(&o, &data)?;
    Ok(types().none.clone())
}

fn ba_clear(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let o = this(args, "clear")?;
    check_args("clear", &args[1..], 0, 0)?;
    set_contents(&o, &[])?;
    Ok(types().none.clone())
}

fn ba_copy(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let o = this(args, "copy")?;
    check_args("copy", &args[1..], 0, 0)?;
    new_bytearray(&bytearray_data(&o).expect("bytearray"))
}

fn ba_reverse(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let o = this(args, "reverse")?;
    check_args("reverse", &args[1..], 0, 0)?;
    bytearray_body(&o)
        .expect("bytearray")
        .data
        .borrow_mut()
        .reverse();
    Ok(types().none.clone())
}

/// Runs the `bytes` method `name` on a bytes copy of the bytearray, with
/// bytearray arguments also as bytes; a bytes result (or a list of them)
/// comes back as bytearray when `rewrap`.
fn delegate(
    vm: &mut Vm,
    name: &str,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
    rewrap: bool,
) -> PyResult<ObjRef> {
    let o = this(args, name)?;
    let f = lookup_str(&types().bytes, name).expect("bytes method");
    let mut full = Vec::with_capacity(args.len());
    full.push(new_bytes(&bytearray_data(&o).expect("bytearray"))?);
    for a in &args[1..] {
        full.push(match bytearray_data(a) {
            Some(d) => new_bytes(&d)?,
            None => a.clone(),
        });
    }
    let r = call::call(vm, &f, &full, kwnames)?;
    if !rewrap {
        return Ok(r);
    }
    if let Some(b) = try_bytes(&r) {
        return new_bytearray(b);
    }
    if let Some(l) = list_body(&r) {
        let items = l.items.borrow().to_vec();
        let mut out = Vec::with_capacity(items.len());
        for i in items {
            out.push(match try_bytes(&i) {
                Some(b) => new_bytearray(b)?,
                None => i,
            });
        }
        return Ok(new_list(out)?);
    }
    // `partition` and `rpartition`: a tuple of bytearrays.
    if let Some(items) = crate::objects::tuple::try_tuple_items(&r) {
        let mut out = Vec::with_capacity(items.len());
        for i in items.iter() {
            out.push(match try_bytes(i) {
                Some(b) => new_bytearray(b)?,
                None => i.clone(),
            });
        }
        return Ok(crate::objects::tuple::new_tuple(out)?);
    }
    Ok(r)
}

macro_rules! delegated {
    ($($fname:ident => $name:literal, $rewrap:expr;)*) => {
        $(fn $fname(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
            delegate(vm, $name, args, kw, $rewrap)
        })*
        const DELEGATED: &[(&str, crate::objects::function::builtin::NativeFn)] = &[$(($name, $fname),)*];
    };
}

delegated! {
    ba_decode => "decode", false;
    ba_translate => "translate", true;
    ba_hex => "hex", false;
    ba_find => "find", false;
    ba_count => "count", false;
    ba_startswith => "startswith", false;
    ba_endswith => "endswith", false;
    ba_upper => "upper", true;
    ba_lower => "lower", true;
    ba_strip => "strip", true;
    ba_split => "split", true;
    ba_replace => "replace", true;
    ba_join => "join", true;
    ba_rfind => "rfind", false;
    ba_rindex => "rindex", false;
    ba_index => "index", false;
    ba_center => "center", true;
    ba_ljust => "ljust", true;
    ba_rjust => "rjust", true;
    ba_zfill => "zfill", true;
    ba_partition => "partition", true;
    ba_rpartition => "rpartition", true;
    ba_lstrip => "lstrip", true;
    ba_rstrip => "rstrip", true;
    ba_rsplit => "rsplit", true;
    ba_splitlines => "splitlines", true;
    ba_expandtabs => "expandtabs", true;
    ba_removeprefix => "removeprefix", true;
    ba_removesuffix => "removesuffix", true;
    ba_isdigit => "isdigit", false;
    ba_isalpha => "isalpha", false;
    ba_isalnum => "isalnum", false;
    ba_isspace => "isspace", false;
    ba_islower => "islower", false;
    ba_isupper => "isupper", false;
    ba_isascii => "isascii", false;
    ba_istitle => "istitle", false;
    ba_title => "title", true;
    ba_capitalize => "capitalize", true;
    ba_swapcase => "swapcase", true;
}

/// `hash(bytearray)` is a TypeError (mutable).
pub(crate) fn unhashable(o: &Obj) -> crate::vm::PyErr {
    type_error(format!("unhashable type: '{}'", type_name(o)))
}

/// `bool(ba)`.
pub(crate) fn bytearray_truthy(o: &Obj) -> bool {
    bytearray_len(o) > 0
}

/// Item `i` for iteration.
pub(crate) fn bytearray_item_at(o: &Obj, i: usize) -> PyResult<Option<ObjRef>> {
    let v = bytearray_body(o).and_then(|b| b.data.borrow().get(i).copied());
    Ok(match v {
        Some(b) => Some(new_int(b as i64)?),
        None => None,
    })
}

/// Puts this type's methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    builtin::install(
        &t.bytearray,
        "bytearray",
        &[
            ("append", ba_append),
            ("extend", ba_extend),
            ("pop", ba_pop),
            ("insert", ba_insert),
            ("remove", ba_remove),
            ("clear", ba_clear),
            ("copy", ba_copy),
            ("reverse", ba_reverse),
            ("__init__", ba_init),
        ],
        BuiltinKind::Method,
    )?;
    builtin::install(&t.bytearray, "bytearray", DELEGATED, BuiltinKind::Method)?;
    builtin::install(
        &t.bytearray,
        "bytearray",
        &[("fromhex", ba_fromhex)],
        BuiltinKind::ClassMethod,
    )?;
    builtin::install(
        &t.bytearray,
        "bytearray",
        &[("maketrans", crate::objects::bytes::text::bytes_maketrans)],
        BuiltinKind::StaticMethod,
    )
}

/// `bytearray.fromhex(s)`: bytes' parser, the result as a bytearray; on a
/// subclass, the subclass called with the parsed bytes (CPython's
/// `bytearray_fromhex_impl`).
fn ba_fromhex(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let b = crate::objects::bytes::methods::bytes_fromhex(vm, args, kw)?;
    match args.first() {
        // (CPython passes the subclass the bytes it parsed.)
        Some(cls) if !cls.is(&types().bytearray) => call::call(vm, cls, &[b], None),
        _ => new_bytearray(try_bytes(&b).unwrap_or(&[])),
    }
}

/// `bytearray.__init__(self, source, encoding, errors)`, what a subclass
/// instance is filled by: the content is replaced by what `bytearray(...)`
/// makes of the arguments (emptied first, as CPython's `bytearray___init__`,
/// so exported buffers refuse it).
fn ba_init(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    let o = this(args, "__init__")?;
    let body = bytearray_body(&o).expect("bytearray");
    check_resizable(body, 0)?;
    let call = TypeCall {
        cls: &types().bytearray,
        args: &args[1..],
        kwnames: kw,
    };
    let made = bytearray_new(vm, &call)?;
    let data = bytearray_body(&made)
        .expect("bytearray")
        .data
        .borrow()
        .to_vec();
    set_contents(&o, &data)?;
    Ok(vm.none())
}
