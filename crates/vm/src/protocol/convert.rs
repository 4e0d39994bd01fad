//! Argument conversion for built-ins: `__index__`-style integers, argument
//! count checks, keyword-argument lookup.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{overflow_error, type_error};
use crate::objects::int::{int_small, to_bigint};
use crate::objects::str::try_str;
use crate::objects::tuple::try_tuple_items;
use crate::objects::Layout;
use crate::protocol::object::type_name;
use crate::vm::PyResult;

/// An int argument as i64 (`PyNumber_AsSsize_t`).
pub fn index_value(o: &Obj) -> PyResult<i64> {
    if o.layout() != Layout::Int {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(o)
        )));
    }
    match int_small(o) {
        Some(v) => Ok(v),
        None => {
            let _ = to_bigint(o);
            Err(overflow_error(
                "Python int too large to convert to C ssize_t",
            ))
        }
    }
}

/// `PyNumber_AsSsize_t`: [`index_value`] of an int, or of what an object's
/// `__index__` returns.
pub fn index_value_vm(vm: &mut crate::vm::Vm, o: &Obj) -> PyResult<i64> {
    if o.layout() == Layout::Int {
        return index_value(o);
    }
    let i = number_index(vm, o)?;
    index_value(&i)
}

/// CPython's `_PyEval_SliceIndex` for an int: its value, clamped to the
/// machine word beyond it (a start or end argument of `find`, `index`,
/// `count`...); the TypeError otherwise says what `none_ok` allows.
pub fn slice_index_clamped(o: &Obj, none_ok: bool) -> PyResult<i64> {
    if o.layout() != Layout::Int {
        return Err(type_error(if none_ok {
            "slice indices must be integers or None or have an __index__ method"
        } else {
            "slice indices must be integers or have an __index__ method"
        }));
    }
    Ok(int_small(o).unwrap_or_else(|| {
        let negative = to_bigint(o).is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
        if negative {
            i64::MIN
        } else {
            i64::MAX
        }
    }))
}

/// The arguments at `positions` that are instances of a class defining
/// `__index__`, replaced by the int it returns (CPython's
/// `_PyEval_SliceIndex` and `PyNumber_AsSsize_t` ask it for the start/end
/// of `find`/`index`/`count` and for a byte value, where arenapy's native
/// methods read ints); `None` when no argument needs it. Bytes-likes and
/// ints (subclasses too) are left alone, as CPython takes those as they are.
pub fn index_args(
    vm: &mut crate::vm::Vm,
    args: &[ObjRef],
    positions: &[usize],
) -> PyResult<Option<Vec<ObjRef>>> {
    let mut out: Option<Vec<ObjRef>> = None;
    for &i in positions {
        let Some(o) = args.get(i) else { continue };
        match index_arg(vm, o)? {
            Some(v) => out.get_or_insert_with(|| args.to_vec())[i] = v,
            // An argument the method will refuse stops the conversions:
            // CPython raises for it before it looks at the next one.
            None if !matches!(
                o.layout(),
                Layout::Int | Layout::NoneType | Layout::Bytes | Layout::ByteArray
            ) =>
            {
                break
            }
            None => {}
        }
    }
    Ok(out)
}

/// A flag Argument Clinic reads as `bool(accept={int})` (`splitlines`'
/// keepends): an int (or an object with `__index__`) fitting a C int.
pub fn int_flag(vm: &mut crate::vm::Vm, o: &Obj) -> PyResult<bool> {
    let converted = index_arg(vm, o)?;
    let o: &Obj = converted.as_deref().unwrap_or(o);
    if o.layout() != Layout::Int {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(o)
        )));
    }
    match int_small(o) {
        Some(v) if i32::try_from(v).is_ok() => Ok(v != 0),
        _ => Err(overflow_error("Python int too large to convert to C int")),
    }
}

/// `x in bytes` / `x in bytearray`'s conversion (CPython's
/// `_Py_bytes_contains`): an `__index__` that fails is forgotten and the
/// object is then refused as not bytes-like.
pub fn contains_index_arg(vm: &mut crate::vm::Vm, o: &Obj) -> PyResult<Option<ObjRef>> {
    index_arg(vm, o).map_err(|_| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(o)
        ))
    })
}

/// One argument as [`index_args`] converts it: the int an instance of a
/// class defining `__index__` stands for, `None` for anything else.
pub fn index_arg(vm: &mut crate::vm::Vm, o: &Obj) -> PyResult<Option<ObjRef>> {
    if !crate::protocol::object::is_heap_type_instance(o)
        || matches!(o.layout(), Layout::Int | Layout::Bytes | Layout::ByteArray)
        || crate::objects::typeobject::lookup_str(o.ty(), "__index__").is_none()
    {
        return Ok(None);
    }
    Ok(Some(number_index(vm, o)?))
}

/// Splits a native call's arguments into positional values and
/// (name, value) keyword pairs.
pub fn split_kwargs<'a>(
    args: &'a [ObjRef],
    kwnames: Option<&'a Obj>,
) -> (&'a [ObjRef], KwArgs<'a>) {
    match kwnames.and_then(try_tuple_items) {
        Some(names) if !names.is_empty() && names.len() <= args.len() => {
            let npos = args.len() - names.len();
            let mut pairs = names
                .iter()
                .zip(&args[npos..])
                .map(|(n, v)| (try_str(n).unwrap_or(""), v));
            let kws = if names.len() <= INLINE_KWARGS {
                let first = pairs.next().expect("one keyword at least");
                let mut inline = [first; INLINE_KWARGS];
                for (slot, p) in inline[1..].iter_mut().zip(pairs) {
                    *slot = p;
                }
                KwArgs {
                    inline: Some(inline),
                    len: names.len(),
                    spilled: Vec::new(),
                }
            } else {
                KwArgs {
                    inline: None,
                    len: names.len(),
                    spilled: pairs.collect(),
                }
            };
            (&args[..npos], kws)
        }
        _ => (args, KwArgs::default()),
    }
}

/// How many keyword arguments [`KwArgs`] holds without a Rust allocation.
const INLINE_KWARGS: usize = 6;

/// The keyword arguments of a native call, as (name, value) pairs: a
/// small array on the stack for the usual few (a call with keywords then
/// makes no Rust allocation, as CPython's vectorcall makes none), a vector
/// beyond. Reads as a slice.
#[derive(Default)]
pub struct KwArgs<'a> {
    inline: Option<[(&'a str, &'a ObjRef); INLINE_KWARGS]>,
    len: usize,
    spilled: Vec<(&'a str, &'a ObjRef)>,
}

impl<'a> IntoIterator for KwArgs<'a> {
    type Item = (&'a str, &'a ObjRef);
    type IntoIter = KwIntoIter<'a>;
    fn into_iter(self) -> KwIntoIter<'a> {
        KwIntoIter { kws: self, at: 0 }
    }
}

impl<'s, 'a> IntoIterator for &'s KwArgs<'a> {
    type Item = &'s (&'a str, &'a ObjRef);
    type IntoIter = std::slice::Iter<'s, (&'a str, &'a ObjRef)>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// The pairs of a [`KwArgs`], by value.
pub struct KwIntoIter<'a> {
    kws: KwArgs<'a>,
    at: usize,
}

impl<'a> Iterator for KwIntoIter<'a> {
    type Item = (&'a str, &'a ObjRef);
    fn next(&mut self) -> Option<Self::Item> {
        let p = self.kws.get(self.at).copied();
        self.at += 1;
        p
    }
}

impl<'a> std::ops::Deref for KwArgs<'a> {
    type Target = [(&'a str, &'a ObjRef)];
    fn deref(&self) -> &Self::Target {
        match &self.inline {
            Some(a) => &a[..self.len],
            None => &self.spilled,
        }
    }
}

/// Rejects keyword arguments for a built-in that takes none.
pub fn no_kwargs(name: &str, kwnames: Option<&Obj>) -> PyResult<()> {
    if kwnames
        .and_then(try_tuple_items)
        .is_some_and(|k| !k.is_empty())
    {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Checks a positional argument count, with CPython's messages.
pub fn check_args(name: &str, args: &[ObjRef], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max {
        return Err(type_error(match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }));
    }
    if n < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )));
    }
    Err(type_error(format!(
        "{name} expected at most {max} argument{}, got {n}",
        if max == 1 { "" } else { "s" }
    )))
}

/// The argument count of a slot wrapper (`(1).__add__()`, `[].__len__(1)`):
/// CPython's `check_num_args`, "expected 1 argument, got 0".
pub fn check_slot_args(args: &[ObjRef], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    Err(type_error(format!(
        "expected {n} argument{}, got {}",
        if n == 1 { "" } else { "s" },
        args.len()
    )))
}

/// The argument count of a METH_NOARGS or METH_O method descriptor
/// (`[].__reversed__(1)`): "list.__reversed__() takes no arguments (1
/// given)", named by the type that defines it (`owner`).
pub fn check_method_args(owner: &str, name: &str, args: &[ObjRef], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    let got = args.len();
    Err(type_error(if n == 0 {
        format!("{owner}.{name}() takes no arguments ({got} given)")
    } else {
        format!("{owner}.{name}() takes exactly one argument ({got} given)")
    }))
}

/// The built-in type whose method a value of `o`'s layout runs (for
/// wrappers installed on several types: `int.__getnewargs__`,
/// `float.__floor__`).
pub fn layout_owner(o: &Obj) -> &'static str {
    use crate::objects::Layout;
    match o.layout() {
        Layout::Int => "int",
        Layout::Float => "float",
        Layout::Str => "str",
        Layout::Bytes => "bytes",
        Layout::Tuple => "tuple",
        _ => "object",
    }
}

/// Finds a keyword argument by name.
pub fn kwarg<'a>(kws: &[(&str, &'a ObjRef)], name: &str) -> Option<&'a ObjRef> {
    kws.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
}

/// Rejects keywords not in `allowed`.
pub fn check_kwargs(fname: &str, kws: &[(&str, &ObjRef)], allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kws {
        if !allowed.contains(k) {
            return Err(type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    Ok(())
}

/// `PyNumber_Index`: an int, or what an object's `__index__` returns (which
/// must be an int).
pub fn number_index(vm: &mut crate::vm::Vm, o: &Obj) -> PyResult<ObjRef> {
    if o.layout() == Layout::Int {
        return Ok(o.to_ref());
    }
    if crate::protocol::object::is_heap_type_instance(o) {
        if let Some(r) = crate::protocol::object::call_special(vm, o, "__index__", &[])? {
            if r.layout() != Layout::Int {
                return Err(type_error(format!(
                    "__index__ returned non-int (type {})",
                    type_name(&r)
                )));
            }
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(o)
    )))
}

/// `PyFloat_AsDouble` for what is not a str: a float, an int, or an object
/// with `__float__` (which must return a float) or `__index__`; `None` for
/// anything else.
pub fn float_value_of(vm: &mut crate::vm::Vm, o: &Obj) -> PyResult<Option<f64>> {
    if let Some(f) = crate::objects::float::arith::as_f64(o)? {
        return Ok(Some(f));
    }
    if !crate::protocol::object::is_heap_type_instance(o) {
        return Ok(None);
    }
    if let Some(r) = crate::protocol::object::call_special(vm, o, "__float__", &[])? {
        return match crate::objects::float::float_value(&r) {
            Some(f) => Ok(Some(f)),
            None => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(o),
                type_name(&r)
            ))),
        };
    }
    if crate::objects::typeobject::lookup_str(o.ty(), "__index__").is_some() {
        let i = number_index(vm, o)?;
        return crate::objects::float::arith::as_f64(&i);
    }
    Ok(None)
}
