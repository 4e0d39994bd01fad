//! Exceptions: the layout (args, traceback entries, cause, context), making
//! them from Rust (`type_error(...)`, `value_error(...)` ...), the methods
//! of `BaseException`, and `str()`/`repr()` of exceptions. Raising,
//! matching and tracebacks are in `eval::exceptions`.

use crate::memory::heap;
use crate::memory::heap::HVec;
use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::dict::new_dict_from_table;
use crate::objects::dict::table::DictTable;
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::instance::none;
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, try_tuple_items};
use crate::objects::typeobject::{is_subtype, TypeBody};
use crate::objects::{tuple, typeobject, Layout, Traverse, VarSize};
use crate::protocol::object::type_name;
use crate::protocol::repr::repr_string;
use crate::protocol::{convert, repr};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};

/// One traceback entry: a code object and the instruction that was running.
pub struct TbEntry {
    pub code: ObjRef,
    pub instr: u32,
}

/// An exception instance (BaseException and every subclass).
pub struct ExceptionBody {
    pub args: RefCell<ObjRef>,
    pub dict: RefCell<DictTable>,
    /// Innermost frame last, as CPython prints them.
    pub traceback: RefCell<HVec<TbEntry>>,
    pub cause: RefCell<Option<ObjRef>>,
    pub context: RefCell<Option<ObjRef>>,
    pub suppress_context: Cell<bool>,
}
impl Traverse for ExceptionBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.args.borrow());
        if let Ok(d) = self.dict.try_borrow() {
            d.traverse(visit);
        }
        if let Some(c) = &*self.cause.borrow() {
            visit(c);
        }
        if let Some(c) = &*self.context.borrow() {
            visit(c);
        }
    }

    fn clear(&self) {
        let t = self.dict.try_borrow_mut().map(|mut t| t.take_all());
        drop(t);
        let c = self.cause.try_borrow_mut().map(|mut c| c.take());
        drop(c);
        let c = self.context.try_borrow_mut().map(|mut c| c.take());
        drop(c);
        let tb = self
            .traceback
            .try_borrow_mut()
            .map(|mut t| t.drain(..).collect::<Vec<_>>());
        drop(tb);
    }
}
impl VarSize for ExceptionBody {}

/// A new exception instance of class `ty` with `args`.
pub fn new_exception(ty: &Obj, args: Vec<ObjRef>) -> PyResult<ObjRef> {
    let args = tuple::new_tuple(args)?;
    Ok(alloc_object(
        ty,
        ExceptionBody {
            args: RefCell::new(args),
            dict: RefCell::new(DictTable::new()),
            traceback: RefCell::new(heap::hvec()),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
        },
        0,
    )?)
}

/// An exception of class `ty` with one str argument.
pub fn new_error(ty: &Obj, msg: &str) -> PyErr {
    match new_str(msg)
        .map_err(PyErr::from)
        .and_then(|m| new_exception(ty, vec![m]))
    {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

macro_rules! error_ctors {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        $(
            #[cold]
            pub fn $fn_name(msg: impl AsRef<str>) -> PyErr {
                new_error(&types().$field, msg.as_ref())
            }
        )*
    };
}

error_ctors! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    attribute_error => attribute_error,
    name_error => name_error,
    unbound_local_error => unbound_local_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    not_implemented_error => not_implemented_error,
    system_error => system_error,
    assertion_error => assertion_error,
    unicode_decode_error => unicode_decode_error,
    unicode_encode_error => unicode_encode_error,
}

/// `KeyError(key)`: its message is the repr of the key.
#[cold]
pub fn key_error(key: ObjRef) -> PyErr {
    match new_exception(&types().key_error, vec![key]) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// `StopIteration` (with a value, for generators' return).
#[cold]
pub fn stop_iteration(value: Option<ObjRef>) -> PyErr {
    let args = value.into_iter().collect();
    match new_exception(&types().stop_iteration, args) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

pub fn exc_body(exc: &Obj) -> &ExceptionBody {
    exc.payload::<ExceptionBody>().expect("exception instance")
}

/// Is `obj` an exception class (BaseException or a subclass)?
pub fn is_exception_class(obj: &Obj) -> bool {
    obj.payload::<TypeBody>()
        .is_some_and(|b| b.layout == Layout::Exception)
}

pub fn is_exception_instance(obj: &Obj) -> bool {
    obj.layout() == Layout::Exception
}

/// `str(exc)`: empty for no args, `str(arg)` for one (repr for KeyError),
/// `str(args)` for several.
pub fn exception_str(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    let args = exc_body(o).args.borrow().clone();
    let items = try_tuple_items(&args).expect("tuple");
    // OSError(errno, strerror[, filename]) prints as
    // `[Errno 2] No such file or directory: 'x'`.
    if (2..=3).contains(&items.len())
        && items[0].layout() == Layout::Int
        && typeobject::is_subtype(o.ty(), &types().os_error)
    {
        let mut s = format!(
            "[Errno {}] {}",
            repr::str_string(vm, &items[0])?,
            repr::str_string(vm, &items[1])?
        );
        if let Some(f) = items.get(2) {
            s.push_str(": ");
            s.push_str(&repr::repr_string(vm, f)?);
        }
        return Ok(new_str(&s)?);
    }
    match items.len() {
        0 => Ok(new_str("")?),
        1 => {
            if typeobject::is_subtype(o.ty(), &types().key_error) {
                repr::repr(vm, &items[0])
            } else {
                repr::str_of(vm, &items[0])
            }
        }
        _ => repr::str_of(vm, &args),
    }
}

fn exc_init(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let e = &args[0];
    if e.layout() == Layout::Exception {
        let t = new_tuple(args[1..].to_vec())?;
        *exc_body(e).args.borrow_mut() = t;
    }
    Ok(none())
}

fn exc_str(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    exception_str(vm, &args[0])
}

fn exc_repr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let s = repr::repr_builtin(vm, &args[0])?;
    Ok(new_str(&s)?)
}

fn exc_with_traceback(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    convert::check_args("with_traceback", &args[1..], 1, 1)?;
    Ok(args[0].clone())
}

/// `repr()` of an exception: `ValueError('m')`, `KeyError(1, 2)`.
pub(crate) fn exception_repr(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let name = type_name(o);
    let args = exc_body(o).args.borrow().clone();
    let items = try_tuple_items(&args).expect("tuple");
    Ok(if items.len() == 1 {
        format!("{}({})", name, repr_string(vm, &items[0])?)
    } else {
        format!("{}{}", name, repr_string(vm, &args)?)
    })
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
        &t.base_exception,
        "BaseException",
        &[
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("with_traceback", exc_with_traceback),
        ],
        m,
    )?;
    Ok(())
}

/// An exception's `args`, `__cause__`, `__context__`, `__suppress_context__`, `__dict__`, and the attributes of `StopIteration` (`value`), `SystemExit` (`code`) and `OSError` (`errno`, `strerror`, `filename`).
pub(crate) fn exception_special_attr(obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let none = || types().none.clone();
    let e = obj.payload::<ExceptionBody>().expect("exception");
    Ok(Some(match name {
        "args" => e.args.borrow().clone(),
        "__cause__" => e.cause.borrow().clone().unwrap_or_else(none),
        "__context__" => e.context.borrow().clone().unwrap_or_else(none),
        "__suppress_context__" => py_bool(e.suppress_context.get()),
        "__traceback__" => none(),
        "__dict__" => {
            let mut t = DictTable::new();
            for x in e.dict.borrow().iter() {
                t.insert_new(x.hash, x.key.clone(), x.value.clone())?;
            }
            new_dict_from_table(t)?
        }
        "value" if is_subtype(obj.ty(), &types().stop_iteration) => {
            let a = e.args.borrow().clone();
            try_tuple_items(&a)
                .and_then(|i| i.first().cloned())
                .unwrap_or_else(none)
        }
        "code" if is_subtype(obj.ty(), &types().system_exit) => {
            let a = e.args.borrow().clone();
            let items = try_tuple_items(&a).expect("tuple");
            match items.len() {
                0 => none(),
                1 => items[0].clone(),
                _ => a.clone(),
            }
        }
        // OSError(errno, strerror[, filename]).
        "errno" | "strerror" | "filename" if is_subtype(obj.ty(), &types().os_error) => {
            let a = e.args.borrow().clone();
            let items = try_tuple_items(&a).expect("tuple");
            let i = match name {
                "errno" => 0,
                "strerror" => 1,
                _ => 2,
            };
            if (2..=3).contains(&items.len()) {
                items.get(i).cloned().unwrap_or_else(none)
            } else {
                none()
            }
        }
        _ => return Ok(None),
    }))
}
