//! The attributes that live in no namespace: `__class__`, `__name__`,
//! `__qualname__`, `__dict__`, `__bases__`, `__mro__`, `__doc__`, `__module__`
//! and the other read-only attributes of types, functions, methods, code objects,
//! exceptions and instances, and assigning the writable ones.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::descriptor::{ClassMethodBody, PropertyBody, StaticMethodBody};
use crate::objects::dict::table::DictTable;
use crate::objects::dict::{new_dict, new_dict_from_table, ops};
use crate::objects::exception::{type_error, ExceptionBody};
use crate::objects::function::builtin::BuiltinBody;
use crate::objects::function::cell::CellBody;
use crate::objects::function::code::CodeBody;
use crate::objects::function::method::MethodBody;
use crate::objects::function::FunctionBody;
use crate::objects::generator::GeneratorBody;
use crate::objects::instance::InstanceBody;
use crate::objects::int::new_int;
use crate::objects::module::ModuleBody;
use crate::objects::range::RangeBody;
use crate::objects::registry::types;
use crate::objects::slice::SliceBody;
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, try_tuple_items};
use crate::objects::typeobject::{flags, is_subtype, TypeBody};
use crate::objects::{bool, dict, exception, float, int, singletons, Layout};
use crate::protocol::{attr, object};
use crate::vm::{PyResult, Vm};

/// Attributes of a type that are not in its namespace.
pub fn type_special_attr(_vm: &mut Vm, cls: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let b = cls.payload::<TypeBody>().expect("type");
    Ok(Some(match name {
        "__name__" => b.name.borrow().clone(),
        "__qualname__" => b.qualname.borrow().clone(),
        "__bases__" => b.bases.clone(),
        "__base__" => b.base.clone().unwrap_or_else(|| types().none.clone()),
        "__mro__" => {
            let mut v = vec![cls.to_ref()];
            v.extend(try_tuple_items(&b.mro_rest).expect("tuple").iter().cloned());
            new_tuple(v)?
        }
        "__dict__" => {
            let mut t = DictTable::new();
            for e in b.dict.borrow().iter() {
                t.insert_new(e.hash, e.key.clone(), e.value.clone())?;
            }
            new_dict_from_table(t)?
        }
        "__class__" => cls.ty().to_ref(),
        "__doc__" => match b.dict.borrow().get_rust_str("__doc__") {
            Some(d) => d,
            None => types().none.clone(),
        },
        "__module__" if !b.has_flag(flags::HEAPTYPE) => new_str("builtins")?,
        // A class's own annotations (never a base's), created empty on
        // first access as CPython does.
        "__annotations__" if b.has_flag(flags::HEAPTYPE) => {
            let own = b.dict.borrow().get_rust_str("__annotations__");
            match own {
                Some(a) => a,
                None => {
                    let d = new_dict()?;
                    b.dict
                        .borrow_mut()
                        .set_str(new_str("__annotations__")?, d.clone())?;
                    d
                }
            }
        }
        _ => return Ok(None),
    }))
}

/// `obj.__dict__` of an instance: materialises the inline attributes into a
/// dict object on first use; the same dict afterwards.
fn instance_dict_object(obj: &Obj) -> PyResult<ObjRef> {
    let b = obj.payload::<InstanceBody>().expect("instance");
    if let Some(d) = b.materialized.get() {
        return Ok(d.clone());
    }
    let t = b.dict.borrow_mut().take_all();
    let d = new_dict_from_table(t)?;
    let _ = b.materialized.set(d.clone());
    Ok(d)
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
    let b = obj.payload::<InstanceBody>().expect("instance");
    if b.materialized.get().is_none() {
        let old = b.dict.borrow_mut().take_all();
        drop(old);
        let _ = b.materialized.set(v);
        return Ok(());
    }
    // Already materialised: the dict object stays, its contents change.
    let copy = crate::objects::dict::ops::dict_copy(&v)?;
    let new_table = dict::dict_body(&copy)
        .expect("dict")
        .table
        .borrow_mut()
        .take_all();
    let old = std::mem::replace(&mut *b.table().borrow_mut(), new_table);
    drop(old);
    Ok(())
}

/// Attributes of built-in objects that are not in any namespace.
/// `f.__isabstractmethod__` is set and true (for the wrappers below).
fn is_abstract(vm: &mut Vm, f: Option<&Obj>) -> PyResult<bool> {
    match f {
        Some(f) => match attr::get_attr_opt(vm, f, "__isabstractmethod__")? {
            Some(v) => object::truthy(vm, &v),
            None => Ok(false),
        },
        None => Ok(false),
    }
}

pub fn special_attr(vm: &mut Vm, obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let none = || types().none.clone();
    if name == "__class__" {
        return Ok(Some(obj.ty().to_ref()));
    }
    let v = match obj.layout() {
        Layout::Instance if name == "__dict__" => {
            if obj.type_body().has_flag(flags::SLOTS) {
                return Ok(None);
            }
            instance_dict_object(obj)?
        }
        Layout::Function => {
            let f = obj.payload::<FunctionBody>().expect("function");
            match name {
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
            }
        }
        Layout::Method => {
            let m = obj.payload::<MethodBody>().expect("method");
            match name {
                "__self__" => m.self_.clone(),
                "__func__" => m.func.clone(),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    return special_attr(vm, &m.func.clone(), name);
                }
                _ => return Ok(None),
            }
        }
        Layout::BuiltinFunction => {
            let b = obj.payload::<BuiltinBody>().expect("builtin");
            match name {
                "__name__" => new_str(b.name)?,
                "__qualname__" => {
                    if b.owner == "builtins" {
                        new_str(b.name)?
                    } else {
                        new_str(&format!("{}.{}", b.owner, b.name))?
                    }
                }
                "__self__" => b.bound.clone().unwrap_or_else(none),
                "__doc__" => none(),
                "__module__" => none(),
                _ => return Ok(None),
            }
        }
        Layout::Exception => {
            let e = obj.payload::<ExceptionBody>().expect("exception");
            match name {
                "args" => e.args.borrow().clone(),
                "__cause__" => e.cause.borrow().clone().unwrap_or_else(none),
                "__context__" => e.context.borrow().clone().unwrap_or_else(none),
                "__suppress_context__" => bool::py_bool(e.suppress_context.get()),
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
            }
        }
        Layout::Module => {
            let m = obj.payload::<ModuleBody>().expect("module");
            match name {
                "__dict__" => m.dict.clone(),
                "__name__" => m.name.clone(),
                _ => return Ok(None),
            }
        }
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
        Layout::Range => {
            let r = obj.payload::<RangeBody>().expect("range");
            match name {
                "start" => new_int(r.start)?,
                "stop" => new_int(r.stop)?,
                "step" => new_int(r.step)?,
                _ => return Ok(None),
            }
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
        Layout::Property => {
            let p = obj.payload::<PropertyBody>().expect("property");
            match name {
                "fget" => p.fget.clone().unwrap_or_else(none),
                "fset" => p.fset.clone().unwrap_or_else(none),
                "fdel" => p.fdel.clone().unwrap_or_else(none),
                "__doc__" => p.doc.clone().unwrap_or_else(none),
                "__isabstractmethod__" => {
                    let mut any = false;
                    for f in [&p.fget, &p.fset, &p.fdel] {
                        any = any || is_abstract(vm, f.as_deref())?;
                    }
                    bool::py_bool(any)
                }
                _ => return Ok(None),
            }
        }
        Layout::ClassMethod if name == "__func__" => {
            obj.payload::<ClassMethodBody>().expect("cm").func.clone()
        }
        Layout::StaticMethod if name == "__func__" => {
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
            let v = c.value.borrow().clone();
            v.ok_or_else(|| exception::value_error("Cell is empty"))?
        }
        Layout::Generator => {
            let g = obj.payload::<GeneratorBody>().expect("generator");
            match name {
                "__name__" => g.name.clone(),
                "__qualname__" => g.qualname.clone(),
                "gi_running" => bool::py_bool(g.running.get()),
                _ => return Ok(None),
            }
        }
        Layout::Code => {
            let c = obj.payload::<CodeBody>().expect("code");
            match name {
                "co_name" => new_str(&c.code.name)?,
                "co_filename" => new_str(&c.code.filename)?,
                "co_firstlineno" => new_int(c.code.first_line as i64)?,
                "co_argcount" => new_int(c.code.argcount as i64)?,
                "co_varnames" => new_tuple(c.varnames.iter().cloned().collect())?,
                "co_qualname" => new_str(&c.code.qualname)?,
                "co_posonlyargcount" => new_int(c.code.posonlyargcount as i64)?,
                "co_kwonlyargcount" => new_int(c.code.kwonlyargcount as i64)?,
                "co_flags" => new_int(c.code.flags as i64)?,
                "co_nlocals" => new_int(c.varnames.len() as i64)?,
                "co_names" => new_tuple(c.names.iter().cloned().collect())?,
                "co_cellvars" | "co_freevars" => {
                    let v = if name == "co_cellvars" {
                        &c.code.cellvars
                    } else {
                        &c.code.freevars
                    };
                    let mut items = Vec::with_capacity(v.len());
                    for n in v {
                        items.push(new_str(n)?);
                    }
                    new_tuple(items)?
                }
                _ => return Ok(None),
            }
        }
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
                "__doc__" => *f.doc.borrow_mut() = v,
                "__module__" => *f.module.borrow_mut() = v,
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
                    *e.cause.borrow_mut() = (!singletons::is_none(&v)).then_some(v);
                    e.suppress_context.set(true);
                }
                "__context__" => *e.context.borrow_mut() = (!singletons::is_none(&v)).then_some(v),
                "__suppress_context__" => e.suppress_context.set(v.is(&types().true_)),
                "args" => {
                    let t = new_tuple(crate::protocol::iter::collect(_vm, &v)?)?;
                    *e.args.borrow_mut() = t;
                }
                "__traceback__" => {}
                _ => return Ok(false),
            }
            Ok(true)
        }
        _ => {
            let _ = ops::dict_get_str;
            Ok(false)
        }
    }
}
