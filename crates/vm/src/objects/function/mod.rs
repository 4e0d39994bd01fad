//! Functions: a code object with globals, defaults, closure cells, name and
//! qualified name, made by
//! `MakeFunction`, and their repr. Built-in functions are in [`builtin`],
//! bound methods in [`method`], code objects and their inline caches in
//! [`code`], cells in [`cell`].

pub mod builtin;
pub mod cell;
pub mod code;
pub mod method;
pub mod signature;
mod signature_table;

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::dict::table::DictTable;
use crate::objects::dict::{new_dict, new_dict_from_table, ops};
use crate::objects::function::code::CodeBody;
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::{Traverse, VarSize};
use crate::protocol::repr::addr;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

pub struct FunctionBody {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub name: RefCell<ObjRef>,
    pub qualname: RefCell<ObjRef>,
    pub defaults: RefCell<Option<ObjRef>>,
    pub kwdefaults: RefCell<Option<ObjRef>>,
    pub closure: Option<ObjRef>,
    pub doc: RefCell<ObjRef>,
    pub module: RefCell<ObjRef>,
    pub dict: RefCell<DictTable>,
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
        visit(&self.doc.borrow());
        visit(&self.module.borrow());
        if let Ok(d) = self.dict.try_borrow() {
            d.traverse(visit);
        }
    }

    fn clear(&self) {
        let d = self.defaults.try_borrow_mut().map(|mut d| d.take());
        drop(d);
        let d = self.kwdefaults.try_borrow_mut().map(|mut d| d.take());
        drop(d);
        let t = self.dict.try_borrow_mut().map(|mut t| t.take_all());
        drop(t);
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
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            dict: RefCell::new(DictTable::new()),
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
        "__doc__" => f.doc.borrow().clone(),
        "__module__" => f.module.borrow().clone(),
        "__defaults__" => f.defaults.borrow().clone().unwrap_or_else(none),
        "__kwdefaults__" => f.kwdefaults.borrow().clone().unwrap_or_else(none),
        "__code__" => f.code.clone(),
        "__globals__" => f.globals.clone(),
        "__closure__" => f.closure.clone().unwrap_or_else(none),
        "__annotations__" => {
            let own = f.dict.borrow().get_rust_str("__annotations__");
            match own {
                Some(a) => a,
                None => {
                    let d = new_dict()?;
                    f.dict
                        .borrow_mut()
                        .set_str(new_str("__annotations__")?, d.clone())?;
                    d
                }
            }
        }
        "__dict__" => {
            let mut t = DictTable::new();
            for e in f.dict.borrow().iter() {
                t.insert_new(e.hash, e.key.clone(), e.value.clone())?;
            }
            new_dict_from_table(t)?
        }
        _ => return Ok(None),
    }))
}
