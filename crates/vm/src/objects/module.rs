//! Module objects: a name and a globals dict, made by the import system and
//! the native modules, and their repr (`<module 'm' from 'm.py'>`).

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::modules::import::get;
use crate::modules::stdlib;
use crate::objects::dict::{new_dict, ops};
use crate::objects::exception::type_error;
use crate::objects::registry::types;
use crate::objects::str::intern::intern;
use crate::objects::str::{new_str, try_str};
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::{dict, Traverse, VarSize};
use crate::protocol::attr;
use crate::protocol::convert::{check_kwargs, kwarg};
use crate::vm::{PyResult, Vm};

/// A module: its name and its namespace dict (the globals of its code).
/// CPython's `PyModuleObject` also has `md_def` and `md_state` (for
/// extension modules, which this interpreter has none of) and
/// `md_weaklist` (weak references live in `memory::weakref`'s table here):
/// their three words are kept so a module's block is CPython's 72 bytes.
pub struct ModuleBody {
    pub name: ObjRef,
    pub dict: ObjRef,
    _layout_parity: [usize; 3],
}

impl ModuleBody {
    pub fn new(name: ObjRef, dict: ObjRef) -> ModuleBody {
        ModuleBody {
            name,
            dict,
            _layout_parity: [0; 3],
        }
    }
}
impl Traverse for ModuleBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.name);
        visit(&self.dict);
    }
}
impl VarSize for ModuleBody {}

/// `<module 'x' from '/p/x.py'>`, `<module 'x' (frozen)>`,
/// `<module 'x' (built-in)>`, or `<module 'x'>` for `types.ModuleType`.
pub fn module_repr(m: &Obj) -> String {
    let name = module_name(m);
    let quoted = arenapy_compiler::pyrepr::str_repr(&name);
    let file = m
        .payload::<ModuleBody>()
        .and_then(|b| get(&b.dict, "__file__"))
        .and_then(|f| try_str(&f).map(|s| s.to_string()));
    match file {
        Some(f) => format!(
            "<module {quoted} from {}>",
            arenapy_compiler::pyrepr::str_repr(&f)
        ),
        // A module made by `types.ModuleType` (its loader None, no file):
        // CPython's `_module_repr_from_spec` fallback.
        None if m
            .payload::<ModuleBody>()
            .and_then(|b| get(&b.dict, "__loader__"))
            .is_some_and(|l| l.is(&types().none)) =>
        {
            format!("<module {quoted}>")
        }
        None if stdlib::source(&name).is_some() => {
            format!("<module {quoted} (frozen)>")
        }
        None => format!("<module {quoted} (built-in)>"),
    }
}

pub fn new_module(name: &str) -> PyResult<ObjRef> {
    let d = new_dict()?;
    let n = new_str(name)?;
    ops::dict_set_str(&d, new_str("__name__")?, n.clone())?;
    Ok(alloc_object(&types().module, ModuleBody::new(n, d), 0)?)
}

/// `types.ModuleType(name, doc=None)` (CPython's `module_new` and
/// `module_init_dict`): a module object and its dict holding `__name__`,
/// `__doc__`, `__package__`, `__loader__` and `__spec__`, in that order
/// (keys interned, so the dict's 8-slot keys block is the only other
/// block, as in CPython).
pub(crate) fn module_new(_vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let (pos, kws) = call.split();
    check_kwargs("module", &kws, &["name", "doc"])?;
    if pos.len() > 2 {
        return Err(type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            pos.len() + kws.len()
        )));
    }
    let name = pos
        .first()
        .cloned()
        .or_else(|| kwarg(&kws, "name").cloned())
        .ok_or_else(|| type_error("module() missing required argument 'name' (pos 1)"))?;
    if !name.ty().is(&types().str) && name.payload::<crate::objects::str::StrBody>().is_none() {
        return Err(type_error(format!(
            "module() argument 'name' must be str, not {}",
            crate::protocol::object::type_name(&name)
        )));
    }
    let none = types().none.clone();
    let doc = pos
        .get(1)
        .cloned()
        .or_else(|| kwarg(&kws, "doc").cloned())
        .unwrap_or_else(|| none.clone());
    let d = new_dict()?;
    for (k, v) in [
        ("__name__", name.clone()),
        ("__doc__", doc),
        ("__package__", none.clone()),
        ("__loader__", none.clone()),
        ("__spec__", none),
    ] {
        ops::dict_set_str(&d, intern(k)?, v)?;
    }
    Ok(alloc_object(call.cls, ModuleBody::new(name, d), 0)?)
}

pub fn module_name(m: &Obj) -> String {
    m.payload::<ModuleBody>()
        .and_then(|b| try_str(&b.name).map(|s| s.to_string()))
        .unwrap_or_else(|| "?".into())
}

/// A module's `__dict__` and `__name__`.
pub(crate) fn module_special_attr(obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let m = obj.payload::<ModuleBody>().expect("module");
    Ok(Some(match name {
        "__dict__" => m.dict.clone(),
        "__name__" => m.name.clone(),
        _ => return Ok(None),
    }))
}

/// Assigning (`value` Some) or deleting (None) a module attribute: a
/// store into or removal from the module's globals dict.
pub(crate) fn module_set_attr(obj: &Obj, name: &Obj, value: Option<ObjRef>) -> PyResult<()> {
    let m = obj.payload::<ModuleBody>().expect("module");
    match value {
        Some(v) => crate::objects::dict::ops::dict_set_str(&m.dict, name.to_ref(), v),
        None => {
            let old = dict::dict_body(&m.dict)
                .expect("dict")
                .table
                .borrow_mut()
                .del_str(name);
            match old {
                Some(_) => Ok(()),
                None => Err(attr::no_attribute(obj, name)),
            }
        }
    }
}
