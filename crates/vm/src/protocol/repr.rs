//! `repr()` of built-in objects, matching CPython 3.11 character for
//! character, and `str()` of exceptions.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::dict_body;
use crate::objects::dict::views::{DictIterKind, DictViewBody};
use crate::objects::exception::type_error;
use crate::objects::float::float_value;
use crate::objects::function::builtin::BuiltinBody;
use crate::objects::function::method::MethodBody;
use crate::objects::function::FunctionBody;
use crate::objects::generator::GeneratorBody;
use crate::objects::int::int_repr;
use crate::objects::list::list_body;
use crate::objects::range::RangeBody;
use crate::objects::registry::types;
use crate::objects::set::SetBody;
use crate::objects::slice::SliceBody;
use crate::objects::str::{new_str, try_str};
use crate::objects::tuple::try_tuple_items;
use crate::objects::typeobject::{lookup_str, type_repr};
use crate::objects::Layout;
use crate::protocol::object::{call_special, is_heap_type_instance, is_object_slot, type_name};
use crate::vm::{PyResult, Vm};
use arenapy_compiler::pyrepr::str_repr;
use std::cell::RefCell;

/// `str(o)` as a str object.
pub fn str_of(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    if o.layout() == Layout::Str && o.ty().is(&types().str) {
        return Ok(o.to_ref());
    }
    if is_heap_type_instance(o) {
        if let Some(f) = lookup_str(o.ty(), "__str__") {
            if !is_object_slot(&f) {
                let r = call_special(vm, o, "__str__", &[])?.expect("found");
                if r.layout() != Layout::Str {
                    return Err(type_error(format!(
                        "__str__ returned non-string (type {})",
                        type_name(&r)
                    )));
                }
                return Ok(r);
            }
        }
    }
    match o.layout() {
        Layout::Exception => crate::objects::exception::exception_str(vm, o),
        Layout::Str => Ok(new_str(try_str(o).expect("str"))?),
        _ => repr(vm, o),
    }
}

/// `repr(o)` as a str object.
pub fn repr(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    if is_heap_type_instance(o) {
        if let Some(f) = lookup_str(o.ty(), "__repr__") {
            if !is_object_slot(&f) {
                let r = call_special(vm, o, "__repr__", &[])?.expect("found");
                if r.layout() != Layout::Str {
                    return Err(type_error(format!(
                        "__repr__ returned non-string (type {})",
                        type_name(&r)
                    )));
                }
                return Ok(r);
            }
        }
    }
    let s = if matches!(
        o.layout(),
        Layout::List | Layout::Tuple | Layout::Dict | Layout::Set | Layout::DictView
    ) {
        // Containers recurse: count the depth like CPython's
        // Py_EnterRecursiveCall so a deeply nested list is a RecursionError.
        recursive(vm, " while getting the repr of an object", |vm| {
            crate::protocol::repr::repr_builtin(vm, o)
        })?
    } else {
        crate::protocol::repr::repr_builtin(vm, o)?
    };
    Ok(new_str(&s)?)
}

/// Runs `f` one level deeper in the recursion count (CPython's
/// `Py_EnterRecursiveCall(where)`), so deep recursion through built-in
/// operations is a RecursionError, never a native stack overflow.
pub fn recursive<R>(
    vm: &mut Vm,
    where_: &str,
    f: impl FnOnce(&mut Vm) -> PyResult<R>,
) -> PyResult<R> {
    if vm.recursion_depth >= vm.recursion_limit {
        return Err(crate::objects::exception::recursion_error(format!(
            "maximum recursion depth exceeded{where_}"
        )));
    }
    crate::protocol::call::with_recursion_guard(vm, f)
}

/// `repr(o)` as Rust text.
pub fn repr_string(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let r = repr(vm, o)?;
    Ok(try_str(&r).expect("str").to_string())
}

/// `str(o)` as Rust text.
pub fn str_string(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let r = str_of(vm, o)?;
    Ok(try_str(&r).expect("str").to_string())
}

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
        Layout::Float => arenapy_format::float_repr(float_value(o).expect("float")),
        Layout::Str => str_repr(try_str(o).expect("str")),
        Layout::Bytes => arenapy_compiler::pyrepr::bytes_repr(
            crate::objects::bytes::try_bytes(o).expect("bytes"),
        ),
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
        Layout::Module => crate::objects::module::module_repr(o),
        Layout::DictView => {
            let v = o.payload::<DictViewBody>().expect("view");
            let name = match v.kind {
                DictIterKind::Keys => "dict_keys",
                DictIterKind::Values => "dict_values",
                DictIterKind::Items => "dict_items",
            };
            let items = crate::protocol::iter::collect(vm, o)?;
            let list = crate::objects::list::new_list(items)?;
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
            let args = crate::objects::exception::exc_body(o).args.borrow().clone();
            let items = try_tuple_items(&args).expect("tuple");
            if items.len() == 1 {
                format!("{}({})", name, repr_string(vm, &items[0])?)
            } else {
                format!("{}{}", name, repr_string(vm, &args)?)
            }
        }
        Layout::Cell => format!("<cell at {}>", addr(o)),
        Layout::Code => {
            let c = o
                .payload::<crate::objects::function::code::CodeBody>()
                .expect("code");
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
            if tb.has_flag(crate::objects::typeobject::flags::HEAPTYPE) {
                let module = crate::objects::typeobject::lookup_str(o.ty(), "__module__")
                    .and_then(|m| try_str(&m).map(|s| s.to_string()))
                    .unwrap_or_else(|| "__main__".to_string());
                format!("<{}.{} object at {}>", module, qual, addr(o))
            } else {
                format!("<{} object at {}>", qual, addr(o))
            }
        }
    })
}
