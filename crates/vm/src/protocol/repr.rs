//! `repr()` of built-in objects, matching CPython 3.11 character for
//! character, and `str()` of exceptions.

use super::ops::{repr_string, type_name};
use super::{PyResult, Vm};
use crate::object::{Obj, ObjRef};
use crate::types::dict::{dict_body, SetBody};
use crate::types::func::{BuiltinBody, FunctionBody, MethodBody};
use crate::types::int::{float_value, int_small, to_bigint};
use crate::types::iter::{DictIterKind, DictViewBody, GeneratorBody};
use crate::types::misc::{RangeBody, SliceBody};
use crate::types::seq::{list_body, try_tuple_items};
use crate::types::str::{new_str, try_str};
use crate::types::typeobj::TypeBody;
use crate::types::{types, Layout};
use std::cell::RefCell;

thread_local! {
    /// Containers whose repr is in progress (CPython's Py_ReprEnter), so a
    /// list that contains itself prints as `[[...]]`.
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

struct ReprGuard(usize);
impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(p) = s.iter().rposition(|&x| x == self.0) {
                s.remove(p);
            }
        });
    }
}

fn enter(o: &Obj) -> Option<ReprGuard> {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&o.id()) {
            None
        } else {
            s.push(o.id());
            Some(ReprGuard(o.id()))
        }
    })
}

/// CPython's `<... at 0x7f...>` address formatting.
pub fn addr(o: &Obj) -> String {
    format!("{:#x}", o.id())
}

pub fn type_repr(t: &Obj) -> String {
    let b = t.payload::<TypeBody>().expect("type");
    let qual = try_str(&b.qualname.borrow()).unwrap_or("?").to_string();
    if b.has_flag(crate::types::typeobj::flags::HEAPTYPE) {
        let module = crate::types::typeobj::lookup_str(t, "__module__")
            .and_then(|m| try_str(&m).map(|s| s.to_string()))
            .unwrap_or_else(|| "__main__".to_string());
        format!("<class '{module}.{qual}'>")
    } else {
        format!("<class '{qual}'>")
    }
}

/// `str.__repr__` and `str.isprintable` are shared with the compiler's
/// constant reprs (used by `dis`), so both print strings identically.
pub use arenapy_compiler::pyrepr::{is_printable, str_repr};

pub fn int_repr(o: &Obj) -> String {
    match int_small(o) {
        Some(v) => v.to_string(),
        None => to_bigint(o).map(|b| b.to_string()).unwrap_or_default(),
    }
}

pub fn repr_builtin(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let t = types();
    Ok(match o.layout() {
        Layout::NoneType => "None".into(),
        Layout::NotImplemented => "NotImplemented".into(),
        Layout::Ellipsis => "Ellipsis".into(),
        Layout::Int => {
            if o.ty().is(&t.bool) {
                if o.is(&t.true_) { "True" } else { "False" }.into()
            } else {
                int_repr(o)
            }
        }
        Layout::Float => super::format::float_repr(float_value(o).expect("float")),
        Layout::Str => str_repr(try_str(o).expect("str")),
        Layout::Bytes => {
            super::bytesops::bytes_repr(crate::types::bytes::try_bytes(o).expect("bytes"))
        }
        Layout::List => {
            let Some(_g) = enter(o) else {
                return Ok("[...]".into());
            };
            let items = list_body(o).expect("list").items.borrow().clone();
            let mut parts = Vec::with_capacity(items.len());
            for i in items.iter() {
                parts.push(repr_string(vm, i)?);
            }
            format!("[{}]", parts.join(", "))
        }
        Layout::Tuple => {
            let items = try_tuple_items(o).expect("tuple");
            if items.is_empty() {
                return Ok("()".into());
            }
            let Some(_g) = enter(o) else {
                return Ok("(...)".into());
            };
            let mut parts = Vec::with_capacity(items.len());
            for i in items {
                parts.push(repr_string(vm, i)?);
            }
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Layout::Dict => {
            let Some(_g) = enter(o) else {
                return Ok("{...}".into());
            };
            let entries: Vec<(ObjRef, ObjRef)> = dict_body(o)
                .expect("dict")
                .table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            let mut parts = Vec::with_capacity(entries.len());
            for (k, v) in &entries {
                parts.push(format!("{}: {}", repr_string(vm, k)?, repr_string(vm, v)?));
            }
            format!("{{{}}}", parts.join(", "))
        }
        Layout::Set => {
            let body = o.payload::<SetBody>().expect("set");
            let name = type_name(o);
            let keys: Vec<ObjRef> = body.table.borrow().keys();
            if keys.is_empty() {
                return Ok(format!("{name}()"));
            }
            let Some(_g) = enter(o) else {
                return Ok(format!("{name}(...)"));
            };
            let mut parts = Vec::with_capacity(keys.len());
            for k in &keys {
                parts.push(repr_string(vm, k)?);
            }
            if body.frozen || !o.ty().is(&t.set) {
                format!("{name}({{{}}})", parts.join(", "))
            } else {
                format!("{{{}}}", parts.join(", "))
            }
        }
        Layout::Range => {
            let r = o.payload::<RangeBody>().expect("range");
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Layout::Slice => {
            let s = o.payload::<SliceBody>().expect("slice");
            format!(
                "slice({}, {}, {})",
                repr_string(vm, &s.start)?,
                repr_string(vm, &s.stop)?,
                repr_string(vm, &s.step)?
            )
        }
        Layout::Type => type_repr(o),
        Layout::Function => {
            let f = o.payload::<FunctionBody>().expect("function");
            let q = try_str(&f.qualname.borrow()).unwrap_or("?").to_string();
            format!("<function {} at {}>", q, addr(o))
        }
        Layout::BuiltinFunction => {
            let b = o.payload::<BuiltinBody>().expect("builtin");
            match &b.bound {
                Some(s) if !s.is(&types().none) && b.owner != "builtins" => format!(
                    "<built-in method {} of {} object at {}>",
                    b.name,
                    type_name(s),
                    addr(s)
                ),
                _ if b.owner != "builtins"
                    && b.owner != "sys"
                    && b.owner != "gc"
                    && b.owner != "math" =>
                {
                    format!("<method '{}' of '{}' objects>", b.name, b.owner)
                }
                _ => format!("<built-in function {}>", b.name),
            }
        }
        Layout::Method => {
            let m = o.payload::<MethodBody>().expect("method");
            let fname = match m.func.payload::<FunctionBody>() {
                Some(f) => try_str(&f.qualname.borrow()).unwrap_or("?").to_string(),
                None => "?".into(),
            };
            format!("<bound method {} of {}>", fname, repr_string(vm, &m.self_)?)
        }
        Layout::Module => super::import::module_repr(o),
        Layout::DictView => {
            let v = o.payload::<DictViewBody>().expect("view");
            let name = match v.kind {
                DictIterKind::Keys => "dict_keys",
                DictIterKind::Values => "dict_values",
                DictIterKind::Items => "dict_items",
            };
            let items = super::iterops::collect(vm, o)?;
            let list = crate::types::seq::new_list(items)?;
            format!("{}({})", name, repr_string(vm, &list)?)
        }
        Layout::Generator => {
            let g = o.payload::<GeneratorBody>().expect("generator");
            format!(
                "<generator object {} at {}>",
                try_str(&g.qualname).unwrap_or("?"),
                addr(o)
            )
        }
        Layout::Exception => {
            let name = type_name(o);
            let args = super::exc::exc_body(o).args.borrow().clone();
            let items = try_tuple_items(&args).expect("tuple");
            if items.len() == 1 {
                format!("{}({})", name, repr_string(vm, &items[0])?)
            } else {
                format!("{}{}", name, repr_string(vm, &args)?)
            }
        }
        Layout::Cell => format!("<cell at {}>", addr(o)),
        Layout::Code => {
            let c = o.payload::<crate::types::func::CodeBody>().expect("code");
            format!(
                "<code object {} at {}, file \"{}\", line {}>",
                c.code.name,
                addr(o),
                c.code.filename,
                c.code.first_line
            )
        }
        Layout::Property => format!("<property object at {}>", addr(o)),
        _ => {
            let tb = o.type_body();
            let qual = try_str(&tb.qualname.borrow()).unwrap_or("?").to_string();
            if tb.has_flag(crate::types::typeobj::flags::HEAPTYPE) {
                let module = crate::types::typeobj::lookup_str(o.ty(), "__module__")
                    .and_then(|m| try_str(&m).map(|s| s.to_string()))
                    .unwrap_or_else(|| "__main__".to_string());
                format!("<{}.{} object at {}>", module, qual, addr(o))
            } else {
                format!("<{} object at {}>", qual, addr(o))
            }
        }
    })
}

/// `str(exc)`: empty for no args, `str(arg)` for one (repr for KeyError),
/// `str(args)` for several.
pub fn exception_str(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    let args = super::exc::exc_body(o).args.borrow().clone();
    let items = try_tuple_items(&args).expect("tuple");
    // OSError(errno, strerror[, filename]) prints as
    // `[Errno 2] No such file or directory: 'x'`.
    if (2..=3).contains(&items.len())
        && items[0].layout() == Layout::Int
        && crate::types::typeobj::is_subtype(o.ty(), &types().os_error)
    {
        let mut s = format!(
            "[Errno {}] {}",
            super::ops::str_string(vm, &items[0])?,
            super::ops::str_string(vm, &items[1])?
        );
        if let Some(f) = items.get(2) {
            s.push_str(": ");
            s.push_str(&super::ops::repr_string(vm, f)?);
        }
        return Ok(new_str(&s)?);
    }
    match items.len() {
        0 => Ok(new_str("")?),
        1 => {
            if crate::types::typeobj::is_subtype(o.ty(), &types().key_error) {
                super::ops::repr(vm, &items[0])
            } else {
                super::ops::str_of(vm, &items[0])
            }
        }
        _ => super::ops::str_of(vm, &args),
    }
}
