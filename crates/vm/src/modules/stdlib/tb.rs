//! `_tb`: the traceback text of a caught exception, for `unittest`'s
//! failure reports and the `traceback` module.
//!
//! `format_exc(exc)` is the report CPython would print for `exc` (its
//! traceback entries and last line, without chained exceptions), leaving
//! out frames of `<frozen unittest>` and `<frozen _unittest_case>` as CPython's unittest leaves out
//! frames of modules marked `__unittest`.

use crate::eval::exceptions::{exception_last_line, format_entries, format_exception_plain};
use crate::memory::object::{Obj, ObjRef};
use crate::modules::add_fns;
use crate::objects::exception::ExceptionBody;
use crate::objects::function::code::CodeBody;
use crate::objects::module::new_module;
use crate::objects::str::new_str;
use crate::protocol::convert::check_args;
use crate::vm::{PyResult, Vm};

pub fn make() -> PyResult<ObjRef> {
    let m = new_module("_tb")?;
    add_fns(
        &m,
        "_tb",
        &[
            ("format_exc", tb_format_exc),
            ("format_exception", tb_format_exception),
        ],
    )?;
    Ok(m)
}

/// `format_exception(exc, chain)`: the whole report the interpreter prints
/// for an uncaught `exc` (with its causes and contexts when `chain` is
/// true), for the `traceback` module.
fn tb_format_exception(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("format_exception", args, 2, 2)?;
    let exc = &args[0];
    if exc.payload::<ExceptionBody>().is_none() {
        return Err(crate::objects::exception::type_error(
            "an exception is required",
        ));
    }
    let text = if crate::protocol::object::truthy(vm, &args[1])? {
        format_exception_plain(vm, exc)
    } else {
        let mut out = String::new();
        let tb = crate::objects::exception::tb_entries(exc);
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            format_entries(vm, tb.iter().rev(), tb.len(), &mut out);
        }
        out.push_str(&exception_last_line(vm, exc));
        out.push('\n');
        out.push_str(&crate::objects::exception::exception_notes(vm, exc));
        out
    };
    Ok(new_str(&text)?)
}

fn tb_format_exc(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("format_exc", args, 1, 1)?;
    let exc = &args[0];
    let mut out = String::new();
    if exc.payload::<ExceptionBody>().is_some() {
        let tb = crate::objects::exception::tb_entries(exc);
        let kept: Vec<_> = tb
            .iter()
            .rev()
            .filter(|e| {
                e.code.payload::<CodeBody>().is_some_and(|c| {
                    let f = &*c.code.filename;
                    f != "<frozen unittest>" && f != "<frozen _unittest_case>"
                })
            })
            .collect();
        if !kept.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let n = kept.len();
            format_entries(vm, kept.into_iter(), n, &mut out);
        }
    }
    out.push_str(&exception_last_line(vm, exc));
    out.push('\n');
    out.push_str(&crate::objects::exception::exception_notes(vm, exc));
    Ok(new_str(&out)?)
}
