//! `UnpackSequence`: `a, b = x`, with CPython's fast paths for tuples and
//! lists and its `ValueError` messages (`too many values to unpack (expected 2)`, `not enough values to
//! unpack (expected 3, got 2)`).

use crate::eval::frame::Frame;
use crate::memory::object::Obj;
use crate::objects::exception::type_error;
use crate::objects::tuple::try_tuple_items;
use crate::objects::{exception, Layout};
use crate::protocol::{iter, object};
use crate::vm::{PyResult, Vm};

pub(crate) fn unpack_sequence(vm: &mut Vm, frame: &mut Frame, seq: &Obj, n: usize) -> PyResult<()> {
    // The fast paths are for exact tuples and lists only: a subclass may
    // override `__iter__`.
    let t = crate::objects::registry::types();
    let exact = seq.ty().is(&t.tuple) || seq.ty().is(&t.list);
    if let Some(items) = try_tuple_items(seq).filter(|_| exact) {
        if items.len() == n {
            for v in items.iter().rev() {
                frame.stack.push(v.clone());
            }
            return Ok(());
        }
    }
    let items = if exact && (seq.layout() == Layout::List || seq.layout() == Layout::Tuple) {
        iter::seq_items(seq)
    } else {
        let it = iter::get_iter(vm, seq).map_err(|e| {
            iter::retype_error(e, || {
                type_error(format!(
                    "cannot unpack non-iterable {} object",
                    object::type_name(seq)
                ))
            })
        })?;
        let mut items = Vec::with_capacity(n);
        while let Some(v) = iter::next(vm, &it)? {
            items.push(v);
            if items.len() > n {
                return Err(exception::value_error(format!(
                    "too many values to unpack (expected {n})"
                )));
            }
        }
        items
    };
    if items.len() > n {
        return Err(exception::value_error(format!(
            "too many values to unpack (expected {n})"
        )));
    }
    if items.len() < n {
        return Err(exception::value_error(format!(
            "not enough values to unpack (expected {}, got {})",
            n,
            items.len()
        )));
    }
    for v in items.into_iter().rev() {
        frame.stack.push(v);
    }
    Ok(())
}
