//! Functions: a code object with globals, defaults, closure cells, name and
//! qualified name, made by
//! `MakeFunction`, and their repr. Built-in functions are in [`builtin`],
//! bound methods in [`method`], code objects and their inline caches in
//! [`code`], cells in [`cell`].

pub mod builtin;
pub mod cell;
pub mod code;
pub mod method;

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::dict::ops;
use crate::objects::dict::table::DictTable;
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
    let name = new_str(&cb.code.name)?;
    let qualname = new_str(&cb.code.qualname)?;
    let doc = match &cb.code.docstring {
        Some(d) => new_str(d)?,
        None => types().none.clone(),
    };
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
