//! Classes: the `class` statement (`__build_class__`), creating heap types
//! with a C3 MRO, calling a class to make an instance (`__new__` /
//! `__init__`), `super`, and the special attributes (`__class__`,
//! `__name__`, `__dict__` ...) that are not stored in any namespace.

use super::exc::type_error;
use super::ops::type_name;
use super::{call, dictops, PyResult, Vm};
use crate::object::{alloc_object, Obj, ObjRef};
use crate::types::dict::{dict_body, new_dict, new_dict_from_table, DictTable};
use crate::types::func::*;
use crate::types::int::new_int;
use crate::types::misc::*;
use crate::types::seq::{new_tuple, try_tuple_items};
use crate::types::str::{new_str, try_str};
use crate::types::typeobj::{flags, is_subtype, lookup_str, TypeBody};
use crate::types::{types, Layout};
use std::cell::{Cell, RefCell};

/// The names a `__slots__` value lists (a str or an iterable of str).
fn slot_names(slots: &Obj) -> Vec<String> {
    if let Some(s) = try_str(slots) {
        return vec![s.to_string()];
    }
    let items: Vec<ObjRef> = match try_tuple_items(slots) {
        Some(items) => items.to_vec(),
        None => match slots.payload::<crate::types::seq::ListBody>() {
            Some(l) => l.items.borrow().to_vec(),
            None => Vec::new(),
        },
    };
    items
        .iter()
        .filter_map(|o| try_str(o).map(str::to_string))
        .collect()
}

/// Whether an instance of a `flags::SLOTS` class may hold attribute `name`.
pub fn slots_allow(cls: &Obj, name: &str) -> bool {
    crate::types::typeobj::mro_iter(cls).any(|m| {
        let mb = m.payload::<TypeBody>().expect("type");
        let slots = mb.dict.borrow().get_rust_str("__slots__");
        slots.is_some_and(|s| slot_names(&s).iter().any(|n| n == name))
    })
}

/// `type(name, bases, ns)`: a new heap type whose type is `meta` (`type`
/// or a subclass of it: a metaclass).
pub fn create_class(
    vm: &mut Vm,
    meta: &Obj,
    name: &Obj,
    bases: Vec<ObjRef>,
    ns: &Obj,
) -> PyResult<ObjRef> {
    let t = types();
    let bases = if bases.is_empty() {
        vec![t.object.clone()]
    } else {
        bases
    };
    for b in &bases {
        let Some(bb) = b.payload::<TypeBody>() else {
            return Err(type_error(format!(
                "bases must be types, not {}",
                type_name(b)
            )));
        };
        if !bb.has_flag(flags::BASETYPE) {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                bb.name()
            )));
        }
    }
    // The instance layout comes from the bases; they must agree.
    let mut layout = Layout::Instance;
    for b in &bases {
        let l = match b.payload::<TypeBody>().expect("type").layout {
            Layout::Object => Layout::Instance,
            l => l,
        };
        if l != Layout::Instance {
            if layout != Layout::Instance && layout != l {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
            layout = l;
        }
    }
    if !matches!(
        layout,
        Layout::Instance
            | Layout::Exception
            | Layout::List
            | Layout::Dict
            | Layout::Set
            | Layout::Int
            | Layout::Float
            | Layout::Str
            | Layout::Tuple
            | Layout::Bytes
            | Layout::Type
    ) {
        return Err(type_error(format!(
            "subclassing '{}' is not supported by arenapy yet",
            bases[0].payload::<TypeBody>().expect("type").name()
        )));
    }
    let mro = c3_mro(&bases)?;
    let mut table = DictTable::new();
    let mut qualname = name.to_ref();
    let mut classcell = None;
    for e in dict_body(ns).expect("dict").table.borrow().iter() {
        match try_str(&e.key) {
            Some("__qualname__") => {
                qualname = e.value.clone();
                continue;
            }
            Some("__classcell__") => {
                classcell = Some(e.value.clone());
                continue;
            }
            // Implicitly a classmethod, as in CPython.
            Some("__init_subclass__") if e.value.layout() == Layout::Function => {
                let cm = alloc_object(
                    &t.classmethod,
                    ClassMethodBody {
                        func: e.value.clone(),
                    },
                    0,
                )?;
                table.insert_new(e.hash, e.key.clone(), cm)?;
                continue;
            }
            _ => {}
        }
        table.insert_new(e.hash, e.key.clone(), e.value.clone())?;
    }
    let has = |t: &DictTable, n: &str| t.get_rust_str(n).is_some();
    if has(&table, "__eq__") && !has(&table, "__hash__") {
        table.set_str(new_str("__hash__")?, t.none.clone())?;
    }
    let mut fl = flags::HEAPTYPE | flags::BASETYPE;
    fl |= flags_from_table(&table);
    for m in &mro {
        let mb = m.payload::<TypeBody>().expect("type");
        if mb.has_flag(flags::HEAPTYPE) {
            fl |= mb.flags.get()
                & !(flags::HEAPTYPE | flags::BASETYPE | flags::SLOTS | flags::ABSTRACT);
        }
        fl |= mb.flags.get() & flags::EXCEPTION;
    }
    if layout == Layout::Instance
        && table
            .get_rust_str("__slots__")
            .is_some_and(|s| !slot_names(&s).iter().any(|n| n == "__dict__"))
        && mro.iter().all(|m| {
            let mb = m.payload::<TypeBody>().expect("type");
            !mb.has_flag(flags::HEAPTYPE) || mb.has_flag(flags::SLOTS)
        })
    {
        fl |= flags::SLOTS;
    }
    let cls = alloc_object(
        meta,
        TypeBody {
            layout,
            name: RefCell::new(name.to_ref()),
            qualname: RefCell::new(qualname),
            base: Some(bases[0].clone()),
            bases: new_tuple(bases)?,
            mro_rest: new_tuple(mro)?,
            dict: RefCell::new(table),
            flags: Cell::new(fl),
        },
        0,
    )?;
    // Methods defined in the class keep no reference back to it, except
    // through the `__class__` cell (for `super()`), filled here.
    if let Some(c) = classcell.as_ref().and_then(|c| c.payload::<CellBody>()) {
        *c.value.borrow_mut() = Some(cls.clone());
    }
    let _ = vm;
    Ok(cls)
}

/// What `type.__new__` does once the class exists (PEP 487): calls
/// `__set_name__(cls, name)` on the attributes that define it, then the
/// nearest base's `__init_subclass__(**kwargs)` bound to the new class.
pub fn finish_class(vm: &mut Vm, cls: &Obj, kws: &[(&str, ObjRef)]) -> PyResult<()> {
    let b = cls.payload::<TypeBody>().expect("type");
    let entries: Vec<(ObjRef, ObjRef)> = b
        .dict
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in entries {
        if v.layout() == Layout::Type {
            continue;
        }
        if let Some(f) = lookup_str(v.ty(), "__set_name__") {
            call::call(vm, &f, &[v.clone(), cls.to_ref(), k], None)?;
        }
    }
    let hook = crate::types::typeobj::mro_iter(cls).skip(1).find_map(|m| {
        m.payload::<TypeBody>()
            .expect("type")
            .dict
            .borrow()
            .get_rust_str("__init_subclass__")
    });
    if let Some(h) = hook {
        if h.layout() == Layout::BuiltinFunction {
            if !kws.is_empty() {
                return Err(type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    b.name()
                )));
            }
            return Ok(());
        }
        let f = super::attr::bind_classmethod_like(&h, cls)?;
        let mut args = Vec::with_capacity(kws.len());
        let mut names = Vec::with_capacity(kws.len());
        for (k, v) in kws {
            args.push(v.clone());
            names.push(new_str(k)?);
        }
        let kwnames = new_tuple(names)?;
        let kwn = (!kws.is_empty()).then_some(&*kwnames);
        call::call(vm, &f, &args, kwn)?;
    }
    Ok(())
}

fn flags_from_table(t: &DictTable) -> u32 {
    let mut fl = 0;
    for e in t.iter() {
        fl |= dunder_flag(try_str(&e.key).unwrap_or(""));
    }
    fl
}

fn dunder_flag(name: &str) -> u32 {
    match name {
        "__eq__" | "__ne__" => flags::CUSTOM_EQ,
        "__hash__" => flags::CUSTOM_HASH,
        "__getattr__" | "__getattribute__" => flags::CUSTOM_GETATTR,
        "__setattr__" | "__delattr__" => flags::CUSTOM_SETATTR,
        "__del__" => flags::HAS_FINALIZER,
        _ => 0,
    }
}

/// The items of an `__abstractmethods__` value (a set, tuple or list).
fn abstract_names(v: &Obj) -> Vec<ObjRef> {
    match v.payload::<crate::types::dict::SetBody>() {
        Some(s) => s.table.borrow().keys(),
        None => super::iterops::seq_items(v),
    }
}

/// CPython's refusal to instantiate a class with abstract methods left.
#[cold]
fn abstract_error(tb: &TypeBody) -> crate::interp::PyErr {
    let mut names: Vec<String> = match tb.dict.borrow().get_rust_str("__abstractmethods__") {
        Some(v) => abstract_names(&v)
            .iter()
            .filter_map(|n| try_str(n).map(str::to_string))
            .collect(),
        None => Vec::new(),
    };
    names.sort();
    type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        tb.name(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    ))
}

/// Keeps the fast-path flags right when a class attribute is set later
/// (`__abstractmethods__` too: the class is abstract while it is non-empty).
pub fn note_dunder_flags(cls: &Obj, name: &str, value: Option<&Obj>) {
    if name == "__abstractmethods__" {
        let b = cls.payload::<TypeBody>().expect("type");
        let empty = value.is_none_or(|v| abstract_names(v).is_empty());
        let fl = b.flags.get() & !flags::ABSTRACT;
        b.flags.set(if empty { fl } else { fl | flags::ABSTRACT });
        return;
    }
    let f = dunder_flag(name);
    if f != 0 {
        let b = cls.payload::<TypeBody>().expect("type");
        b.flags.set(b.flags.get() | f);
    }
}

/// C3 linearisation of the bases (the MRO after the class itself).
fn c3_mro(bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = Vec::new();
    for b in bases {
        seqs.push(
            crate::types::typeobj::mro_iter(b)
                .map(|o| o.to_ref())
                .collect(),
        );
    }
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|o| o[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            let names: Vec<String> = bases
                .iter()
                .map(|b| b.payload::<TypeBody>().expect("type").name())
                .collect();
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Calling a class.
pub fn call_type(
    vm: &mut Vm,
    cls: &Obj,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<ObjRef> {
    let t = types();
    let tb = cls.payload::<TypeBody>().expect("type");
    if !tb.has_flag(flags::HEAPTYPE) {
        if cls.is(&t.type_) {
            let (pos, _) = super::convert::split_kwargs(args, kwnames);
            if pos.len() == 1 {
                return Ok(pos[0].ty().to_ref());
            }
            if pos.len() == 3 {
                let bases = try_tuple_items(&pos[1])
                    .ok_or_else(|| {
                        type_error(format!(
                            "type.__new__() argument 2 must be tuple, not {}",
                            type_name(&pos[1])
                        ))
                    })?
                    .to_vec();
                let meta = super::metaclass::calculate_metaclass(&t.type_, &bases)?;
                let cls = create_class(vm, &meta, &pos[0], bases, &pos[2])?;
                finish_class(vm, &cls, &[])?;
                return Ok(cls);
            }
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
        return super::builtins::construct_builtin(vm, cls, args, kwnames);
    }
    // A metaclass's own `__call__` (singletons, registries ...) replaces
    // `type.__call__`, which is the code below.
    if !cls.ty().is(&t.type_) {
        if let Some(f) = lookup_str(cls.ty(), "__call__") {
            if f.layout() != Layout::BuiltinFunction {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(cls.to_ref());
                full.extend_from_slice(args);
                return call::call(vm, &f, &full, kwnames);
            }
        }
    }
    call_type_default(vm, cls, args, kwnames)
}

/// `type.__call__(cls, *args, **kwargs)` for a class statement's class:
/// `__new__`, then `__init__` when `__new__` returned an instance of `cls`.
pub fn call_type_default(
    vm: &mut Vm,
    cls: &Obj,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<ObjRef> {
    let tb = cls.payload::<TypeBody>().expect("type");
    if !tb.has_flag(flags::HEAPTYPE) {
        return call_type(vm, cls, args, kwnames);
    }
    let new = lookup_str(cls, "__new__");
    let obj = match new {
        Some(ref n) if !is_builtin_new(n) => {
            let f = match n.layout() {
                Layout::StaticMethod => n.payload::<StaticMethodBody>().expect("sm").func.clone(),
                _ => n.clone(),
            };
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(cls.to_ref());
            full.extend_from_slice(args);
            let obj = call::call(vm, &f, &full, kwnames)?;
            if !is_subtype(obj.ty(), cls) {
                return Ok(obj);
            }
            obj
        }
        _ if is_immutable_layout(tb.layout) => new_immutable_instance(vm, cls, args, kwnames)?,
        // A metaclass without its own `__new__`: `type.__new__`.
        _ if tb.layout == Layout::Type => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(cls.to_ref());
            full.extend_from_slice(args);
            let obj = super::metaclass::type_new(vm, &full, kwnames)?;
            if !is_subtype(obj.ty(), cls) {
                return Ok(obj);
            }
            obj
        }
        _ => alloc_instance(cls, args)?,
    };
    let init = lookup_str(cls, "__init__");
    match init {
        Some(i) if !super::ops::is_object_slot(&i) => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend_from_slice(args);
            let r = call::call(vm, &i, &full, kwnames)?;
            if !super::is_none(&r) {
                return Err(type_error(format!(
                    "__init__() should return None, not '{}'",
                    type_name(&r)
                )));
            }
        }
        _ => {
            let has_args = !args.is_empty();
            if has_args && tb.layout == Layout::Instance && new.as_ref().is_none_or(is_builtin_new)
            {
                return Err(type_error(format!("{}() takes no arguments", tb.name())));
            }
            if matches!(tb.layout, Layout::List | Layout::Dict | Layout::Set) && has_args {
                // list/dict/set subclasses without __init__: fill like the base.
                super::builtins::init_builtin_subclass(vm, &obj, args, kwnames)?;
            }
        }
    }
    Ok(obj)
}

fn is_builtin_new(f: &ObjRef) -> bool {
    f.layout() == Layout::BuiltinFunction
}

/// Do instances of this layout hold an immutable built-in value (int,
/// float, str, tuple, bytes), made whole by `__new__`?
pub fn is_immutable_layout(l: Layout) -> bool {
    matches!(
        l,
        Layout::Int | Layout::Float | Layout::Str | Layout::Tuple | Layout::Bytes
    )
}

/// `int.__new__(cls, ...)` and friends for a subclass `cls` of an immutable
/// built-in: the built-in constructor's value, copied into an object of
/// type `cls` (same layout, so the built-in code works on it unchanged).
pub fn new_immutable_instance(
    vm: &mut Vm,
    cls: &Obj,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<ObjRef> {
    let layout = cls.payload::<TypeBody>().expect("type").layout;
    let base = crate::types::typeobj::mro_iter(cls)
        .find(|m| {
            let b = m.payload::<TypeBody>().expect("type");
            !b.has_flag(flags::HEAPTYPE) && b.layout == layout
        })
        .expect("built-in base")
        .to_ref();
    let v = super::builtins::construct_builtin(vm, &base, args, kwnames)?;
    retype_immutable(cls, &v)
}

/// A copy of the built-in value `v` whose type is `cls` (same layout).
pub fn retype_immutable(cls: &Obj, v: &Obj) -> PyResult<ObjRef> {
    if v.ty().is(cls) {
        return Ok(v.to_ref());
    }
    Ok(match v.layout() {
        Layout::Int => {
            crate::types::int::new_bigint_in(cls, &crate::types::int::to_bigint(v).expect("int"))?
        }
        Layout::Float => alloc_object(
            cls,
            crate::types::int::FloatBody {
                value: crate::types::int::float_value(v).expect("float"),
            },
            0,
        )?,
        Layout::Str => crate::types::str::new_str_with_type(cls, try_str(v).expect("str"))?,
        Layout::Tuple => {
            crate::types::seq::new_tuple_in(cls, try_tuple_items(v).expect("tuple").to_vec())?
        }
        Layout::Bytes => crate::types::bytes::new_bytes_in(
            cls,
            crate::types::bytes::try_bytes(v).expect("bytes"),
        )?,
        l => return Err(type_error(format!("cannot retype layout {}", l.name()))),
    })
}

/// `object.__new__(cls)`: a blank instance of a heap type.
pub fn alloc_instance(cls: &Obj, args: &[ObjRef]) -> PyResult<ObjRef> {
    let tb = cls.payload::<TypeBody>().expect("type");
    if tb.has_flag(flags::ABSTRACT) {
        return Err(abstract_error(tb));
    }
    Ok(match tb.layout {
        Layout::Instance => alloc_object(cls, InstanceBody::new(), 0)?,
        Layout::Exception => alloc_object(
            cls,
            ExceptionBody {
                args: RefCell::new(new_tuple(args.to_vec())?),
                dict: RefCell::new(DictTable::new()),
                traceback: RefCell::new(crate::heap::hvec()),
                cause: RefCell::new(None),
                context: RefCell::new(None),
                suppress_context: Cell::new(false),
            },
            0,
        )?,
        Layout::List => alloc_object(
            cls,
            crate::types::seq::ListBody {
                items: RefCell::new(crate::heap::hvec()),
            },
            0,
        )?,
        Layout::Dict => alloc_object(
            cls,
            crate::types::dict::DictBody {
                table: RefCell::new(DictTable::new()),
            },
            0,
        )?,
        Layout::Set => alloc_object(
            cls,
            crate::types::dict::SetBody {
                table: RefCell::new(crate::types::setobject::SetTable::new()),
                frozen: false,
            },
            0,
        )?,
        l => {
            return Err(type_error(format!(
                "cannot create instances of layout {}",
                l.name()
            )))
        }
    })
}

/// Attribute lookup on a `super` object.
pub fn super_getattr(vm: &mut Vm, sup: &Obj, name: &Obj) -> PyResult<Option<ObjRef>> {
    let s = sup.payload::<SuperBody>().expect("super");
    let mut after = false;
    for t in crate::types::typeobj::mro_iter(&s.obj_type) {
        if after {
            let tb = t.payload::<TypeBody>().expect("type");
            let v = tb.dict.borrow().get_str(name);
            if let Some(v) = v {
                let inst = if s.obj.is(&s.obj_type) {
                    None
                } else {
                    Some(&*s.obj)
                };
                return super::attr::descr_get(vm, &v, inst, &s.obj_type).map(Some);
            }
        } else if t.is(&s.this_type) {
            after = true;
        }
    }
    special_attr(vm, sup, try_str(name).unwrap_or(""))
}

/// `super(type, obj)`.
pub fn new_super(this_type: &Obj, obj: &Obj) -> PyResult<ObjRef> {
    if this_type.payload::<TypeBody>().is_none() {
        return Err(type_error("super() argument 1 must be a type"));
    }
    let obj_type = if obj.layout() == Layout::Type && is_subtype(obj, this_type) {
        obj.to_ref()
    } else if is_subtype(obj.ty(), this_type) {
        obj.ty().to_ref()
    } else {
        return Err(type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    };
    Ok(alloc_object(
        &types().super_,
        SuperBody {
            this_type: this_type.to_ref(),
            obj: obj.to_ref(),
            obj_type,
        },
        0,
    )?)
}

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
pub fn instance_dict_object(obj: &Obj) -> PyResult<ObjRef> {
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
    if crate::types::dict::dict_body(&v).is_none() {
        return Err(type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            super::ops::type_name(&v)
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
    let copy = super::dictops::dict_copy(&v)?;
    let new_table = crate::types::dict::dict_body(&copy)
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
        Some(f) => match super::attr::get_attr_opt(vm, f, "__isabstractmethod__")? {
            Some(v) => super::ops::truthy(vm, &v),
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
                "__suppress_context__" => super::py_bool(e.suppress_context.get()),
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
            "real" | "numerator" => {
                crate::types::int::new_bigint(&crate::types::int::to_bigint(obj).expect("int"))?
            }
            "imag" => new_int(0)?,
            "denominator" => new_int(1)?,
            _ => return Ok(None),
        },
        Layout::Float => match name {
            "real" => {
                crate::types::int::new_float(crate::types::int::float_value(obj).expect("float"))?
            }
            "imag" => crate::types::int::new_float(0.0)?,
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
                    super::py_bool(any)
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
            super::py_bool(is_abstract(vm, Some(&f))?)
        }
        Layout::StaticMethod if name == "__isabstractmethod__" => {
            let f = obj.payload::<StaticMethodBody>().expect("sm").func.clone();
            super::py_bool(is_abstract(vm, Some(&f))?)
        }
        Layout::Cell if name == "cell_contents" => {
            let c = obj.payload::<CellBody>().expect("cell");
            let v = c.value.borrow().clone();
            v.ok_or_else(|| super::exc::value_error("Cell is empty"))?
        }
        Layout::Generator => {
            let g = obj
                .payload::<crate::types::iter::GeneratorBody>()
                .expect("generator");
            match name {
                "__name__" => g.name.clone(),
                "__qualname__" => g.qualname.clone(),
                "gi_running" => super::py_bool(g.running.get()),
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
                "__defaults__" => *f.defaults.borrow_mut() = (!super::is_none(&v)).then_some(v),
                "__kwdefaults__" => *f.kwdefaults.borrow_mut() = (!super::is_none(&v)).then_some(v),
                _ => return Ok(false),
            }
            Ok(true)
        }
        Layout::Exception => {
            let e = obj.payload::<ExceptionBody>().expect("exception");
            match name {
                "__cause__" => {
                    *e.cause.borrow_mut() = (!super::is_none(&v)).then_some(v);
                    e.suppress_context.set(true);
                }
                "__context__" => *e.context.borrow_mut() = (!super::is_none(&v)).then_some(v),
                "__suppress_context__" => e.suppress_context.set(v.is(&types().true_)),
                "args" => {
                    let t = new_tuple(super::iterops::collect(_vm, &v)?)?;
                    *e.args.borrow_mut() = t;
                }
                "__traceback__" => {}
                _ => return Ok(false),
            }
            Ok(true)
        }
        _ => {
            let _ = dictops::dict_get_str;
            Ok(false)
        }
    }
}

/// SetupAnnotations: `__annotations__ = {}` in a module or class namespace
/// that has none yet.
pub fn setup_annotations(vm: &mut Vm, ns: &Obj) -> PyResult<()> {
    let key = new_str("__annotations__")?;
    if dictops::dict_get(vm, ns, &key)?.is_none() {
        dictops::dict_set(vm, ns, key, new_dict()?)?;
    }
    Ok(())
}
