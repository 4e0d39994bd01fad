//! Creating classes: the heap type a `class` statement makes (its bases,
//! MRO, `__slots__`, namespace and the flags derived from its dunders),
//! abstract methods, and `__annotations__` in class bodies.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::descriptor::ClassMethodBody;
use crate::objects::dict::shared::SharedKeys;
use crate::objects::dict::table::DictTable;
use crate::objects::dict::{dict_body, new_dict, new_dict_from_table, ops};
use crate::objects::exception::type_error;
use crate::objects::function::cell::CellBody;
use crate::objects::instance::InstanceShape;
use crate::objects::list::ListBody;
use crate::objects::member::{MemberBody, MemberKind};
use crate::objects::registry::types;
use crate::objects::set::SetBody;
use crate::objects::str::{new_str, try_str};
use crate::objects::tuple::{new_tuple, try_tuple_items};
use crate::objects::typeobject::mro::c3_mro;
use crate::objects::typeobject::{flags, is_subtype, lookup_str, Namespace, TypeBody};
use crate::objects::{typeobject, Layout};
use crate::protocol::object::type_name;
use crate::protocol::{attr, call};
use crate::vm::{PyErr, PyResult, Vm};
use arenapy_syntax::unicode_db as udb;
use std::cell::{Cell, RefCell};

/// The names a `__slots__` value lists (a str or an iterable of str).
///
/// Read again after the class exists (layouts, `__bases__` assignment), so
/// it takes the containers a `__slots__` value usually is (a dict gives its
/// keys, as iterating it does); the class statement itself goes through
/// [`checked_slot_names`], which iterates any iterable.
pub(crate) fn slot_names(slots: &Obj) -> Vec<String> {
    if let Some(s) = try_str(slots) {
        return vec![s.to_string()];
    }
    let items: Vec<ObjRef> = match try_tuple_items(slots) {
        Some(items) => items.to_vec(),
        None => match slots.payload::<ListBody>() {
            Some(l) => l.items.borrow().to_vec(),
            None if dict_body(slots).is_some() => crate::objects::dict::dict_pairs(slots)
                .into_iter()
                .map(|(k, _)| k)
                .collect(),
            None => Vec::new(),
        },
    };
    items
        .iter()
        .filter_map(|o| try_str(o).map(str::to_string))
        .collect()
}

/// The names of a class statement's `__slots__` as CPython's
/// `type_new_slots_impl` takes them: a str is one name, anything else is
/// iterated (a dict gives its keys, an iterator is used up); every item must
/// be a str and an identifier; private names are mangled with the class
/// name (`__x` in `C` is the member `_C__x`).
fn checked_slot_names(vm: &mut Vm, slots: &Obj, class_name: &str) -> PyResult<Vec<String>> {
    let items = match try_str(slots) {
        Some(_) => vec![slots.to_ref()],
        None => crate::protocol::iter::collect(vm, slots)?,
    };
    let mut names = Vec::with_capacity(items.len());
    for item in &items {
        let Some(s) = try_str(item) else {
            return Err(type_error(format!(
                "__slots__ items must be strings, not '{}'",
                type_name(item)
            )));
        };
        let mut chars = s.chars();
        let ident = matches!(chars.next(), Some(f) if f == '_' || udb::has(f, udb::XID_START))
            && chars.all(|x| udb::has(x, udb::XID_CONTINUE));
        if !ident {
            return Err(type_error("__slots__ must be identifiers"));
        }
        names.push(mangle(class_name, s));
    }
    Ok(names)
}

/// CPython's `_Py_Mangle` for a slot name.
fn mangle(class_name: &str, name: &str) -> String {
    let stripped = class_name.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
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
    // Two bases on different built-in types of one layout (set and
    // frozenset): CPython's best_base finds no solid base below both.
    // Most exceptions share BaseException's layout; the ones whose C
    // struct adds fields (CPython 3.11's OSError, SyntaxError, ...) are
    // solid bases of their own (`class C(OSError, SyntaxError)` conflicts).
    const SOLID_EXCEPTIONS: &[&str] = &[
        "BaseExceptionGroup",
        "StopIteration",
        "SystemExit",
        "ImportError",
        "OSError",
        "SyntaxError",
        // (UnicodeError itself adds nothing; its three subclasses do.)
        "UnicodeEncodeError",
        "UnicodeDecodeError",
        "UnicodeTranslateError",
        "NameError",
        "AttributeError",
    ];
    let builtin_of = |b: &ObjRef| {
        typeobject::mro_iter(b)
            .find(|m| {
                let mb = m.payload::<TypeBody>().expect("type");
                !mb.has_flag(flags::HEAPTYPE)
                    && match mb.layout {
                        Layout::Instance | Layout::Object => false,
                        Layout::Exception => SOLID_EXCEPTIONS.contains(&mb.name().as_ref()),
                        _ => true,
                    }
            })
            .map(|m| m.to_ref())
    };
    let solid: Vec<ObjRef> = bases.iter().filter_map(builtin_of).collect();
    for (i, a) in solid.iter().enumerate() {
        if solid[i + 1..]
            .iter()
            .any(|b| !is_subtype(a, b) && !is_subtype(b, a))
        {
            return Err(type_error("multiple bases have instance lay-out conflict"));
        }
    }
    // Plain classes, exceptions and metaclasses lay out their own words;
    // the other subclassable built-ins carry the trailer words.
    if !matches!(layout, Layout::Instance | Layout::Exception | Layout::Type)
        && !crate::objects::subtype_dict::has_trailer(layout)
    {
        return Err(type_error(format!(
            "subclassing '{}' is not supported by arenapy yet",
            bases[0].payload::<TypeBody>().expect("type").name()
        )));
    }
    let mro = c3_mro(&bases)?;
    // CPython's type_new: the namespace is a copy of the body's dict
    // (`PyDict_Copy`), from which `__qualname__` and `__classcell__` are
    // deleted (leaving holes, so the class's dict grows as CPython's),
    // and a plain-function `__init_subclass__` is replaced in place by a
    // classmethod.
    let mut table = crate::objects::dict::ops::copy_dict_table(
        &dict_body(ns).expect("dict").table.borrow(),
        false,
    )?;
    // CPython's type_new_set_module: without `__module__` in the namespace
    // (a class statement's body sets it), the `__name__` of the calling
    // frame's globals, if it has one.
    if table.get_rust_str("__module__").is_none() {
        let module = crate::objects::frame::caller_globals()
            .and_then(|g| dict_body(&g).and_then(|d| d.table.borrow().get_rust_str("__name__")));
        if let Some(m) = module {
            table.set_str(new_str("__module__")?, m)?;
        }
    }
    let qualname = take_entry(&mut table, "__qualname__").unwrap_or_else(|| name.to_ref());
    if let Some(ix) = find_entry(&table, "__init_subclass__") {
        let f = table.entry(ix).map(|e| e.value.clone());
        if let Some(f) = f.filter(|f| f.layout() == Layout::Function) {
            let cm = alloc_object(&t.classmethod, ClassMethodBody::new(f), 0)?;
            drop(table.replace_value(ix, cm));
        }
    }
    let classcell = take_entry(&mut table, "__classcell__");
    let has = |t: &DictTable, n: &str| t.get_rust_str(n).is_some();
    // `__hash__ = None` for a class defining `__eq__` alone is set after
    // the getsets and `__doc__` (CPython's type_ready_set_hash).
    let hash_none = has(&table, "__eq__") && !has(&table, "__hash__");
    let mut fl = flags::HEAPTYPE | flags::BASETYPE;
    fl |= flags_from_table(&table);
    if hash_none {
        fl |= flags::CUSTOM_HASH;
    }
    for m in &mro {
        let mb = m.payload::<TypeBody>().expect("type");
        if mb.has_flag(flags::HEAPTYPE) {
            fl |= mb.flags.get()
                & !(flags::HEAPTYPE | flags::BASETYPE | flags::SLOTS | flags::ABSTRACT);
        }
        fl |= mb.flags.get() & flags::EXCEPTION;
    }
    // The instance shape (CPython's type_new_descriptors): the base's
    // slots, then this class's own; a managed dict and a weak-list word
    // unless `__slots__` leaves them out all along the MRO.
    let own_slots: Option<Vec<String>> = match table.get_rust_str("__slots__") {
        Some(s) => Some(checked_slot_names(vm, &s, try_str(name).unwrap_or(""))?),
        None => None,
    };
    // Variable-size built-ins (CPython's `tp_itemsize != 0`: int, bytes,
    // tuple) take no slots, not even `__dict__`.
    if own_slots.as_ref().is_some_and(|s| !s.is_empty())
        && matches!(layout, Layout::Int | Layout::Bytes | Layout::Tuple)
    {
        return Err(type_error(format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            bases[0].payload::<TypeBody>().expect("type").name()
        )));
    }
    let mut shape = InstanceShape::default();
    // Does a base already give the instances a dict / a weak-reference
    // list (then this class adds no `__dict__` / `__weakref__` getset)?
    // Computed from the shape for plain classes (below); for subclasses of
    // built-in types, as CPython's `type_new_descriptors`: a class below a
    // class statement's type inherits its getsets, an exception and a type
    // have a dict, a set and a type a weak list, and a variable-size object
    // (int, tuple, bytes) cannot take one.
    let inherited = |n: &str| bases.iter().any(|b| lookup_str(b, n).is_some());
    let mut base_dict = inherited("__dict__")
        || matches!(layout, Layout::Exception | Layout::Type | Layout::Namespace);
    let mut base_weak = inherited("__weakref__")
        || matches!(
            layout,
            Layout::Set | Layout::Type | Layout::Int | Layout::Tuple | Layout::Bytes
        );
    let mut own_members: Vec<(String, usize)> = Vec::new();
    if layout == Layout::Instance {
        let base_shape = |b: &Obj| -> (usize, bool, bool) {
            let bb = b.payload::<TypeBody>().expect("type");
            if bb.has_flag(flags::HEAPTYPE) && bb.layout == Layout::Instance {
                (bb.shape.nslots, bb.shape.managed_dict, bb.shape.weaklist)
            } else {
                (0, false, false)
            }
        };
        // CPython's best_base: the base with the most slots lays the
        // instances out (a base adding none, `__slots__ = ()`, does not
        // count); every other base with slots must be above it.
        let mut winner = &bases[0];
        for b in &bases[1..] {
            if base_shape(b).0 > base_shape(winner).0 {
                winner = b;
            }
        }
        let nslots = base_shape(winner).0;
        let (mut dict, mut weak) = (false, false);
        for b in &bases {
            let (n, d, w) = base_shape(b);
            if n > 0 && !is_subtype(winner, b) {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
            dict |= d;
            weak |= w;
        }
        (base_dict, base_weak) = (dict, weak);
        check_dict_weak_slots(own_slots.as_deref().unwrap_or(&[]), base_dict, base_weak)?;
        match &own_slots {
            None => {
                dict = true;
                weak = true;
            }
            Some(names) => {
                let mut i = nslots;
                for n in names {
                    match n.as_str() {
                        "__dict__" => dict = true,
                        "__weakref__" => weak = true,
                        _ => {
                            if own_members.iter().any(|(m, _)| m == n) {
                                continue;
                            }
                            if table.get_rust_str(n).is_some() {
                                return Err(crate::objects::exception::value_error(format!(
                                    "'{n}' in __slots__ conflicts with class variable"
                                )));
                            }
                            own_members.push((n.clone(), i));
                            i += 1;
                        }
                    }
                }
            }
        }
        shape.nslots = nslots + own_members.len();
        shape.managed_dict = dict;
        shape.weaklist = weak;
        if dict {
            shape.cached_keys = SharedKeys::new_for_class()?;
        } else {
            fl |= flags::SLOTS;
        }
    } else if layout != Layout::Type {
        check_dict_weak_slots(own_slots.as_deref().unwrap_or(&[]), base_dict, base_weak)?;
        own_members = builtin_subtype_slots(&bases, &table, own_slots.as_deref().unwrap_or(&[]))?;
    }
    let instance = layout == Layout::Instance;
    // A subclass of another built-in type has a `__dict__` (its side dict,
    // `objects::subtype_dict`) unless `__slots__` leaves it out and no base
    // class statement's type gave one.
    let builtin_no_dict = !instance
        && !base_dict
        && own_slots
            .as_ref()
            .is_some_and(|names| !names.iter().any(|n| n == "__dict__"));
    if builtin_no_dict {
        fl |= flags::SLOTS;
    }
    let add_dict = (!instance || shape.managed_dict) && !base_dict && !builtin_no_dict;
    let mut add_weak = (!instance || shape.weaklist) && !base_weak;
    if !instance && crate::objects::subtype_dict::has_trailer(layout) {
        // The words after the built-in's body (`objects::subtype_dict`):
        // the slots of every class down to this one, a dict unless
        // `__slots__` left it out, a weak-reference word if a class
        // statement's base has one or this class adds one.
        let own_weak = own_slots
            .as_ref()
            .is_none_or(|names| names.iter().any(|n| n == "__weakref__"));
        add_weak &= own_weak;
        let heap_weak = bases.iter().any(|b| {
            let bb = b.payload::<TypeBody>().expect("type");
            bb.has_flag(flags::HEAPTYPE) && bb.shape.weaklist
        });
        let heap_slots = bases
            .iter()
            .map(|b| b.payload::<TypeBody>().expect("type").shape.nslots)
            .max()
            .unwrap_or(0);
        let nslots = own_members
            .iter()
            .map(|(_, i)| i + 1)
            .max()
            .unwrap_or(0)
            .max(heap_slots);
        shape = crate::objects::subtype_dict::shape_for(
            layout,
            nslots,
            // A namespace's dict is its body's.
            !builtin_no_dict && layout != Layout::Namespace,
            heap_weak || add_weak,
        );
    }
    // CPython gives a subclass of a fixed-size built-in with a dict a
    // managed dict, and so shared keys (`ht_cached_keys`), as for plain
    // classes: its instances' dicts are split dicts over them.
    if !instance && shape.managed_dict && !crate::objects::subtype_dict::var_sized(layout) {
        shape.cached_keys = SharedKeys::new_for_class()?;
    }
    let cls = alloc_object(
        meta,
        TypeBody {
            layout,
            name: RefCell::new(name.to_ref()),
            qualname: RefCell::new(qualname),
            base: Cell::new(Some(bases[0].clone())),
            bases: Cell::new(Some(new_tuple(bases)?)),
            // Set below, once the class exists: it comes first.
            mro: RefCell::new(t.empty_tuple.clone()),
            namespace: Namespace::Heap(new_dict_from_table(table)?),
            flags: Cell::new(fl),
            shape,
            exc_layout: Cell::new(0),
            subclasses: crate::memory::slot::ObjSlot::new(None),
        },
        super::type_trailing(true),
    )?;
    let tb = cls.payload::<TypeBody>().expect("type");
    // Attribute caches keyed on a freed class at this address must miss.
    tb.dict().borrow_mut().watch();
    let mut full_mro = Vec::with_capacity(mro.len() + 1);
    full_mro.push(cls.clone());
    full_mro.extend(mro);
    let old = tb.mro.replace(new_tuple(full_mro)?);
    drop(old);
    for b in crate::objects::tuple::tuple_items(&tb.bases()) {
        super::subclasses::add_subclass(b, &cls)?;
    }
    let ns = tb.dict_object().expect("a class's namespace");
    // One member descriptor per own slot name, after the namespace's own
    // entries (CPython's order: `C.__dict__` lists them after `__slots__`).
    for (n, i) in own_members {
        let name = new_str(&n)?;
        let m = crate::objects::member::new_member(name.clone(), &cls, i)?;
        set_in_namespace(ns, name, m)?;
    }
    // Then the getsets the class adds and `__doc__` (CPython's
    // `type_new_set_doc`), unless the body set them.
    let [k_dict, k_weak, k_doc] = &t.class_keys;
    for (add, name) in [(add_dict, k_dict), (add_weak, k_weak)] {
        if add && tb.dict().borrow().get_str(name).is_none() {
            let d = crate::objects::member::new_getset(name.clone(), &cls)?;
            set_in_namespace(ns, name.clone(), d)?;
        }
    }
    if tb.dict().borrow().get_str(k_doc).is_none() {
        set_in_namespace(ns, k_doc.clone(), t.none.clone())?;
    }
    if hash_none {
        set_in_namespace(ns, new_str("__hash__")?, t.none.clone())?;
    }
    // Methods defined in the class keep no reference back to it, except
    // through the `__class__` cell (for `super()`), filled here.
    if let Some(c) = classcell.as_ref().and_then(|c| c.payload::<CellBody>()) {
        c.value.set(Some(cls.clone()));
    }
    let _ = vm;
    Ok(cls)
}

/// The entry number of the key `name` in a class namespace's table.
fn find_entry(t: &DictTable, name: &str) -> Option<usize> {
    (0..t.entry_slots()).find(|&ix| t.entry(ix).is_some_and(|e| try_str(e.key) == Some(name)))
}

/// Deletes the key `name` from a class namespace's table, returning its
/// value.
fn take_entry(t: &mut DictTable, name: &str) -> Option<ObjRef> {
    let ix = find_entry(t, name)?;
    Some(t.remove_at(ix).value)
}

/// `__dict__` and `__weakref__` in `__slots__` when a base already gives
/// the instances one, or named twice (CPython's `type_new_visit_slots`).
fn check_dict_weak_slots(names: &[String], base_dict: bool, base_weak: bool) -> PyResult<()> {
    let (mut dict, mut weak) = (base_dict, base_weak);
    for n in names {
        if n == "__dict__" {
            if dict {
                return Err(type_error("__dict__ slot disallowed: we already got one"));
            }
            dict = true;
        } else if n == "__weakref__" {
            if weak {
                return Err(type_error(
                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                ));
            }
            weak = true;
        }
    }
    Ok(())
}

/// The named slots of a class statement's subclass of a built-in type
/// (`class L(list): __slots__ = ('a',)`), numbered after those of its
/// bases; their values live beside the instance (`objects::subtype_dict`).
/// As CPython's `best_base`, two bases that both add slots must be one
/// below the other, and a base with slots that has no built-in layout
/// cannot be combined with one.
fn builtin_subtype_slots(
    bases: &[ObjRef],
    table: &DictTable,
    names: &[String],
) -> PyResult<Vec<(String, usize)>> {
    let conflict = || type_error("multiple bases have instance lay-out conflict");
    let mut start = 0;
    let mut adding: Vec<&ObjRef> = Vec::new();
    for b in bases {
        let bb = b.payload::<TypeBody>().expect("type");
        if bb.layout == Layout::Instance && bb.shape.nslots > 0 {
            return Err(conflict());
        }
        let n = typeobject::mro_iter(b)
            .filter_map(|m| {
                let d = m.payload::<TypeBody>().expect("type").dict().borrow();
                d.iter()
                    .filter_map(|e| match e.value.payload::<MemberBody>()?.kind {
                        MemberKind::Slot(i) => Some(i as usize + 1),
                        MemberKind::GetSet => None,
                    })
                    .max()
            })
            .max()
            .unwrap_or(0);
        if n > 0 {
            if adding
                .iter()
                .any(|o| !is_subtype(o, b) && !is_subtype(b, o))
            {
                return Err(conflict());
            }
            adding.push(b);
            start = start.max(n);
        }
    }
    let mut own: Vec<(String, usize)> = Vec::new();
    for n in names {
        if n == "__dict__" || n == "__weakref__" || own.iter().any(|(m, _)| m == n) {
            continue;
        }
        if table.get_rust_str(n).is_some() {
            return Err(crate::objects::exception::value_error(format!(
                "'{n}' in __slots__ conflicts with class variable"
            )));
        }
        own.push((n.clone(), start + own.len()));
    }
    Ok(own)
}

/// Stores into a class's namespace dict object, keeping its tracking.
fn set_in_namespace(ns: &Obj, name: ObjRef, value: ObjRef) -> PyResult<()> {
    crate::objects::dict::maintain_tracking(ns, &name, &value);
    let old = crate::objects::dict::ops::table_of(ns)
        .borrow_mut()
        .set_str(name, value)?;
    drop(old);
    Ok(())
}

/// What `type.__new__` does once the class exists (PEP 487): calls
/// `__set_name__(cls, name)` on the attributes that define it, then the
/// nearest base's `__init_subclass__(**kwargs)` bound to the new class.
pub fn finish_class(vm: &mut Vm, cls: &Obj, kws: &[(&str, ObjRef)]) -> PyResult<()> {
    let b = cls.payload::<TypeBody>().expect("type");
    let entries: Vec<(ObjRef, ObjRef)> = b
        .dict()
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
    let hook = typeobject::mro_iter(cls).skip(1).find_map(|m| {
        m.payload::<TypeBody>()
            .expect("type")
            .dict()
            .borrow()
            .get_rust_str("__init_subclass__")
    });
    if let Some(h) = hook {
        if h.layout() == Layout::BuiltinFunction {
            if !kws.is_empty() {
                // A built-in method bound to a class is named by the
                // class's qualified name.
                return Err(type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    try_str(&b.qualname.borrow()).unwrap_or("?")
                )));
            }
            return Ok(());
        }
        let f = attr::bind_classmethod_like(&h, cls)?;
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

pub(crate) fn flags_from_table(t: &DictTable) -> u32 {
    let mut fl = 0;
    for e in t.iter() {
        fl |= dunder_flag(try_str(e.key).unwrap_or(""));
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
    match v.payload::<SetBody>() {
        Some(s) => s.table.borrow().keys(),
        None => crate::protocol::iter::seq_items(v),
    }
}

/// CPython's refusal to instantiate a class with abstract methods left.
#[cold]
pub(crate) fn abstract_error(tb: &TypeBody) -> PyErr {
    let mut names: Vec<String> = match tb.dict().borrow().get_rust_str("__abstractmethods__") {
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

/// SetupAnnotations: `__annotations__ = {}` in a module or class namespace
/// that has none yet.
pub fn setup_annotations(vm: &mut Vm, ns: &Obj) -> PyResult<()> {
    let key = new_str("__annotations__")?;
    if ops::dict_get(vm, ns, &key)?.is_none() {
        ops::dict_set(vm, ns, key, new_dict()?)?;
    }
    Ok(())
}
