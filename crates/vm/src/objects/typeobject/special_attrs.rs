//! The attributes that live in no namespace (CPython's `tp_getset`): those
//! of types (`__name__`, `__qualname__`, `__bases__`, `__mro__`, `__dict__`,
//! `__doc__`, `__module__` ...) and instances (`__class__`, `__dict__`) here,
//! and [`special_attr`] dispatching to the other types' own getters
//! (`function_special_attr`, `exception_special_attr` ... in their files);
//! assigning the writable ones.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::descriptor::{property_special_attr, ClassMethodBody, StaticMethodBody};
use crate::objects::dict::table::DictTable;
use crate::objects::dict::{new_dict, new_dict_from_table, ops};
use crate::objects::exception::{exception_special_attr, type_error, ExceptionBody};
use crate::objects::function::builtin::builtin_special_attr;
use crate::objects::function::cell::CellBody;
use crate::objects::function::code::code_special_attr;
use crate::objects::function::method::method_special_attr;
use crate::objects::function::{function_special_attr, FunctionBody};
use crate::objects::generator::generator_special_attr;
use crate::objects::int::new_int;
use crate::objects::module::module_special_attr;
use crate::objects::registry::types;
use crate::objects::slice::SliceBody;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobject::{flags, TypeBody};
use crate::objects::{bool, dict, exception, float, int, singletons, Layout};
use crate::protocol::{attr, object};
use crate::vm::{PyResult, Vm};

/// Attributes of a type that are not in its namespace.
pub fn type_special_attr(_vm: &mut Vm, cls: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let b = cls.payload::<TypeBody>().expect("type");
    Ok(Some(match name {
        // A built-in type's dotted tp_name (`weakref.ReferenceType`):
        // the name is the part after the dot, the module the part before.
        "__name__" | "__qualname__" if !b.has_flag(flags::HEAPTYPE) && b.name().contains('.') => {
            let n = b.name();
            new_str(n.rsplit('.').next().unwrap_or(&n))?
        }
        "__name__" => b.name.borrow().clone(),
        "__qualname__" => b.qualname.borrow().clone(),
        "__bases__" => b.bases(),
        "__base__" => b.base().unwrap_or_else(|| types().none.clone()),
        "__mro__" => b.mro(),
        "__dict__" => {
            let mut t = DictTable::new();
            for e in b.dict().borrow().iter() {
                t.insert_new(e.hash, e.key.clone(), e.value.clone())?;
            }
            new_dict_from_table(t)?
        }
        "__class__" => cls.ty().to_ref(),
        "__doc__" => match b.dict().borrow().get_rust_str("__doc__") {
            Some(d) => d,
            None if !b.has_flag(flags::HEAPTYPE) => {
                crate::objects::function::builtin::builtin_doc("type", &b.name())?
            }
            None => types().none.clone(),
        },
        "__module__" if !b.has_flag(flags::HEAPTYPE) => {
            let n = b.name();
            new_str(n.rsplit_once('.').map_or("builtins", |(m, _)| m))?
        }
        // type's `__module__` getset (CPython's type_module): a class's own
        // entry, never a base's; AttributeError without one. A metaclass
        // defining `__module__` itself (any class statement's does) hides
        // the getset: then the ordinary lookup decides.
        "__module__"
            if crate::objects::typeobject::lookup_str(cls.ty(), "__module__").is_none() =>
        {
            let own = b.dict().borrow().get_rust_str("__module__");
            match own {
                Some(m) => m,
                None => return Err(exception::attribute_error("__module__")),
            }
        }
        // A class's own annotations (never a base's), created empty on
        // first access as CPython does.
        "__annotations__" if b.has_flag(flags::HEAPTYPE) => {
            let own = b.dict().borrow().get_rust_str("__annotations__");
            match own {
                Some(a) => a,
                None => {
                    let d = new_dict()?;
                    let key = new_str("__annotations__")?;
                    attr::track_materialized(cls, &key, &d);
                    b.dict().borrow_mut().set_str(key, d.clone())?;
                    d
                }
            }
        }
        _ => return Ok(None),
    }))
}

/// `obj.__dict__ = d` on an instance.
pub fn set_instance_dict(obj: &Obj, value: Option<ObjRef>) -> PyResult<()> {
    let Some(v) = value else {
        return Err(type_error("cannot delete __dict__"));
    };
    if dict::dict_body(&v).is_none() {
        return Err(type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            object::type_name(&v)
        )));
    }
    crate::objects::instance::replace_dict(obj, v)
}

/// Attributes of built-in objects that are not in any namespace.
/// `f.__isabstractmethod__` is set and true (for the wrappers below).
pub(crate) fn is_abstract(vm: &mut Vm, f: Option<&Obj>) -> PyResult<bool> {
    match f {
        Some(f) => match attr::get_attr_opt(vm, f, "__isabstractmethod__")? {
            Some(v) => object::truthy(vm, &v),
            None => Ok(false),
        },
        None => Ok(false),
    }
}

pub fn special_attr(vm: &mut Vm, obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let found = layout_special_attr(vm, obj, name)?;
    // An instance of a built-in type reads its type's `__doc__` (a getset
    // of every static type in CPython).
    if found.is_none() && name == "__doc__" && obj.layout() != Layout::Type {
        return type_special_attr(vm, obj.ty(), "__doc__");
    }
    Ok(found)
}

fn layout_special_attr(vm: &mut Vm, obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let _none = || types().none.clone();
    if name == "__class__" {
        return Ok(Some(obj.ty().to_ref()));
    }
    if name == "__dict__" && crate::objects::subtype_dict::eligible(obj) {
        return crate::objects::subtype_dict::get_or_make(obj).map(Some);
    }
    let v = match obj.layout() {
        Layout::Instance if name == "__dict__" => {
            match crate::objects::instance::instance_dict_object(obj)? {
                Some(d) => d,
                None => return Ok(None),
            }
        }
        Layout::Function => return function_special_attr(obj, name),
        Layout::Method => return method_special_attr(vm, obj, name),
        Layout::BuiltinFunction => return builtin_special_attr(obj, name),
        Layout::Exception => return exception_special_attr(obj, name),
        Layout::Module => return module_special_attr(obj, name),
        Layout::Int => match name {
            "real" | "numerator" => int::new_bigint(&int::to_bigint(obj).expect("int"))?,
            "imag" => new_int(0)?,
            "denominator" => new_int(1)?,
            _ => return Ok(None),
        },
        Layout::Float => match name {
            "real" => float::new_float(float::float_value(obj).expect("float"))?,
            "imag" => float::new_float(0.0)?,
            _ => return Ok(None),
        },
        Layout::MemoryView => {
            return crate::objects::memoryview::memoryview_special_attr(obj, name)
        }
        Layout::Complex => {
            let (re, im) = crate::objects::complex::complex_value(obj).expect("complex");
            match name {
                "real" => float::new_float(re)?,
                "imag" => float::new_float(im)?,
                _ => return Ok(None),
            }
        }
        Layout::Range => {
            return crate::objects::range::range_attr(obj, name);
        }
        Layout::Slice => {
            let s = obj.payload::<SliceBody>().expect("slice");
            match name {
                "start" => s.start.clone(),
                "stop" => s.stop.clone(),
                "step" => s.step.clone(),
                _ => return Ok(None),
            }
        }
        Layout::Property => return property_special_attr(vm, obj, name),
        Layout::ClassMethod | Layout::StaticMethod if name == "__dict__" => {
            return crate::objects::descriptor::wrapper_dict_object(obj);
        }
        Layout::ClassMethod if name == "__func__" || name == "__wrapped__" => {
            obj.payload::<ClassMethodBody>().expect("cm").func.clone()
        }
        Layout::StaticMethod if name == "__func__" || name == "__wrapped__" => {
            obj.payload::<StaticMethodBody>().expect("sm").func.clone()
        }
        Layout::ClassMethod if name == "__isabstractmethod__" => {
            let f = obj.payload::<ClassMethodBody>().expect("cm").func.clone();
            bool::py_bool(is_abstract(vm, Some(&f))?)
        }
        Layout::StaticMethod if name == "__isabstractmethod__" => {
            let f = obj.payload::<StaticMethodBody>().expect("sm").func.clone();
            bool::py_bool(is_abstract(vm, Some(&f))?)
        }
        Layout::Cell if name == "cell_contents" => {
            let c = obj.payload::<CellBody>().expect("cell");
            let v = c.value.get();
            v.ok_or_else(|| exception::value_error("Cell is empty"))?
        }
        Layout::Namespace if name == "__dict__" => crate::objects::namespace::dict_of(obj)
            .cloned()
            .unwrap_or_else(|| types().none.clone()),
        Layout::WeakRef if name == "__callback__" => {
            crate::objects::weakref::callback_of(obj).unwrap_or_else(|| types().none.clone())
        }
        Layout::Generator => return generator_special_attr(obj, name),
        Layout::Code => return code_special_attr(obj, name),
        Layout::Traceback => return crate::objects::traceback::traceback_special_attr(obj, name),
        Layout::Frame => return crate::objects::frame::frame_special_attr(vm, obj, name),
        _ => return Ok(None),
    };
    Ok(Some(v))
}

/// Assignable special attributes; returns whether `name` was handled.
pub fn set_special_attr(
    _vm: &mut Vm,
    obj: &Obj,
    name: &str,
    value: Option<ObjRef>,
) -> PyResult<bool> {
    let v = value.unwrap_or_else(|| types().none.clone());
    match obj.layout() {
        Layout::Function => {
            let f = obj.payload::<FunctionBody>().expect("function");
            match name {
                "__name__" => *f.name.borrow_mut() = v,
                "__qualname__" => *f.qualname.borrow_mut() = v,
                "__doc__" => f.doc.set(Some(v)),
                "__annotations__" => {
                    // CPython's func_set_annotations: a dict, or None
                    // (deletion) to have a new one made when next read.
                    if !singletons::is_none(&v)
                        && v.payload::<crate::objects::dict::DictBody>().is_none()
                    {
                        return Err(crate::objects::exception::type_error(
                            "__annotations__ must be set to a dict object",
                        ));
                    }
                    f.annotations.set((!singletons::is_none(&v)).then_some(v));
                }
                "__module__" => f.module.set(Some(v)),
                "__defaults__" => {
                    *f.defaults.borrow_mut() = (!singletons::is_none(&v)).then_some(v)
                }
                "__kwdefaults__" => {
                    *f.kwdefaults.borrow_mut() = (!singletons::is_none(&v)).then_some(v)
                }
                _ => return Ok(false),
            }
            Ok(true)
        }
        Layout::Exception => {
            let e = obj.payload::<ExceptionBody>().expect("exception");
            match name {
                "__cause__" => {
                    e.cause.set((!singletons::is_none(&v)).then_some(v));
                    e.suppress_context.set(true);
                }
                "__context__" => e.context.set((!singletons::is_none(&v)).then_some(v)),
                "__suppress_context__" => e.suppress_context.set(v.is(&types().true_)),
                "args" => {
                    let t = new_tuple(crate::protocol::iter::collect(_vm, &v)?)?;
                    e.args.set(Some(t));
                }
                "__traceback__" => crate::objects::traceback::set_exception_traceback(obj, &v)?,
                // Read-only members of exception groups.
                "message" | "exceptions" if crate::objects::exception_group::is_group(obj) => {
                    return Err(crate::objects::exception::attribute_error(
                        "readonly attribute",
                    ))
                }
                _ => return Ok(crate::objects::exception::set_member(obj, name, v)),
            }
            Ok(true)
        }
        _ => {
            let _ = ops::dict_get_str;
            Ok(false)
        }
    }
}
