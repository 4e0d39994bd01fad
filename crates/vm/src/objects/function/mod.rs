//! Functions: a code object with globals, defaults, closure cells, name and
//! qualified name, made by
//! `MakeFunction`, and their repr. Built-in functions are in [`builtin`],
//! bound methods in [`method`], code objects and their inline caches in
//! [`code`] (their CPython bytecode size in [`code_size`]), cells in [`cell`].

pub mod builtin;
mod builtin_docs;
pub mod cell;
pub mod code;
pub mod code_size;
pub mod method;
pub mod signature;
mod signature_table;

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::memory::slot::ObjSlot;
use crate::objects::dict::table::DictTable;
use crate::objects::dict::{new_dict, ops};
use crate::objects::function::code::CodeBody;
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::{Traverse, VarSize};
use crate::protocol::repr::addr;
use crate::vm::{PyResult, Vm};
use arenapy_alloc::AllocError;
use std::cell::{Cell, OnceCell, RefCell};

/// CPython 3.11's `PyFunctionObject` is 136 bytes (152 with the GC head):
/// the body here has its size, and as there the attribute dict is a dict
/// object made on the first attribute store (`func_dict`), so a `def`
/// takes one block and, with the name and qualname shared from the code
/// object, makes no other object.
pub struct FunctionBody {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub name: RefCell<ObjRef>,
    pub qualname: RefCell<ObjRef>,
    pub defaults: RefCell<Option<ObjRef>>,
    pub kwdefaults: RefCell<Option<ObjRef>>,
    pub closure: Option<ObjRef>,
    /// `__doc__` (always set: None without a docstring).
    pub doc: ObjSlot,
    /// `__annotations__` (`func_annotations`): a dict made when first
    /// read or stored by an annotated `def`, not an entry of `__dict__`.
    pub annotations: ObjSlot,
    /// `__module__`, replaced whole on assignment.
    pub module: Cell<Option<ObjRef>>,
    /// `__dict__`: a dict object, made when first needed and never
    /// replaced, so a borrow of its table lives as long as the function.
    dict: OnceCell<ObjRef>,
}

const _: () = assert!(std::mem::size_of::<crate::memory::object::PyObject<FunctionBody>>() == 136);

impl FunctionBody {
    /// The attribute table, if the function has a `__dict__` yet.
    pub fn attr_table(&self) -> Option<&RefCell<DictTable>> {
        self.dict
            .get()
            .and_then(|d| crate::objects::dict::dict_body(d))
            .map(|b| &b.table)
    }

    /// The `__dict__` object, made on first use.
    pub fn dict_object(&self) -> Result<&ObjRef, AllocError> {
        if let Some(d) = self.dict.get() {
            return Ok(d);
        }
        let d = new_dict()?;
        Ok(self.dict.get_or_init(|| d))
    }

    /// `__module__`.
    pub fn module(&self) -> ObjRef {
        let m = self.module.take();
        let r = m.clone();
        self.module.set(m);
        r.unwrap_or_else(|| types().none.clone())
    }
}

impl Traverse for FunctionBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.code);
        visit(&self.globals);
        visit(&self.name.borrow());
        visit(&self.qualname.borrow());
        if let Some(d) = &*self.defaults.borrow() {
            visit(d);
        }
        if let Some(d) = &*self.kwdefaults.borrow() {
            visit(d);
        }
        if let Some(c) = &self.closure {
            visit(c);
        }
        self.doc.visit(visit);
        self.annotations.visit(visit);
        let m = self.module.take();
        if let Some(m) = &m {
            visit(m);
        }
        self.module.set(m);
        if let Some(d) = self.dict.get() {
            visit(d);
        }
    }

    fn clear(&self) {
        let d = self.defaults.try_borrow_mut().map(|mut d| d.take());
        drop(d);
        let d = self.kwdefaults.try_borrow_mut().map(|mut d| d.take());
        drop(d);
        // The dict object is garbage with the function (only the function
        // holds it, or else the function is reachable through it): the
        // collector clears it as its own object.
    }
}
impl VarSize for FunctionBody {}

/// MakeFunction: a function object for `code` in `globals`.
pub fn make_function(
    _vm: &mut Vm,
    code: ObjRef,
    globals: ObjRef,
    defaults: Option<ObjRef>,
    kwdefaults: Option<ObjRef>,
    closure: Option<ObjRef>,
) -> PyResult<ObjRef> {
    let cb = code.payload::<CodeBody>().expect("code");
    let [name, qualname, doc] = cb.func_strings()?.clone();
    let module =
        ops::dict_get_str(&globals, &*new_str("__name__")?).unwrap_or_else(|| types().none.clone());
    Ok(alloc_object(
        &types().function,
        FunctionBody {
            code,
            globals,
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            doc: ObjSlot::new(Some(doc)),
            annotations: ObjSlot::new(None),
            module: Cell::new(Some(module)),
            dict: OnceCell::new(),
        },
        0,
    )?)
}

/// `<function f at 0x...>`, with the qualified name.
pub(crate) fn function_repr(o: &Obj) -> String {
    let f = o.payload::<FunctionBody>().expect("function");
    let q = try_str(&f.qualname.borrow()).unwrap_or("?").to_string();
    format!("<function {} at {}>", q, addr(o))
}

/// A function's attributes that live in no namespace: `__name__`, `__qualname__`, `__defaults__`, `__code__`, `__globals__`, `__closure__`, `__annotations__`, `__dict__` ...
pub(crate) fn function_special_attr(obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let none = || types().none.clone();
    let f = obj.payload::<FunctionBody>().expect("function");
    Ok(Some(match name {
        "__name__" => f.name.borrow().clone(),
        "__qualname__" => f.qualname.borrow().clone(),
        "__doc__" => f.doc.get().unwrap_or_else(none),
        "__module__" => f.module(),
        "__defaults__" => f.defaults.borrow().clone().unwrap_or_else(none),
        "__kwdefaults__" => f.kwdefaults.borrow().clone().unwrap_or_else(none),
        "__code__" => f.code.clone(),
        "__globals__" => f.globals.clone(),
        "__closure__" => f.closure.clone().unwrap_or_else(none),
        "__annotations__" => match f.annotations.get() {
            Some(a) => a,
            None => {
                let d = new_dict()?;
                f.annotations.set(Some(d.clone()));
                d
            }
        },
        "__dict__" => f.dict_object()?.clone(),
        _ => return Ok(None),
    }))
}
