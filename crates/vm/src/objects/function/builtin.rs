//! Built-in functions and method descriptors: a native Rust function with
//! its name, owner and kind (function, method, class method, static method),
//! the bound `self` for a built-in method, installing a type's method table,
//! and their reprs.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::function::signature::{self, SigRef};
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::typeobject::TypeBody;
use crate::objects::{Traverse, VarSize};
use crate::protocol::object::type_name;
use crate::protocol::repr::addr;
use crate::vm::{PyResult, Vm};

/// A built-in implemented in Rust: positional arguments first, then the
/// values of keyword arguments whose names are in `kwnames` (a tuple).
pub type NativeFn = fn(&mut Vm, &[ObjRef], Option<&Obj>) -> PyResult<ObjRef>;

/// How a built-in binds when found on a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuiltinKind {
    /// A module-level function (`len`): never binds.
    Function,
    /// A method descriptor (`list.append`): binds to the instance.
    Method,
    /// A class method (`dict.fromkeys`): binds to the class.
    ClassMethod,
    /// A static method (`str.maketrans`).
    StaticMethod,
}

/// CPython's `PyMethodDef`: what a built-in is — its name, owner, Rust
/// function, kind and signature. Static data shared by the unbound
/// built-in and every method bound from it (made once per built-in, and
/// kept for the life of the thread, as CPython's method tables are static
/// C data).
#[derive(Debug)]
pub struct BuiltinDef {
    pub name: &'static str,
    /// The owning type's name for method descriptors (`list`), for reprs and
    /// error messages.
    pub owner: &'static str,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// CPython's signature, checked before `func` runs.
    pub sig: SigRef,
}

type DefKey = (usize, usize, usize, usize, usize, BuiltinKind);

/// A multiply-rotate hasher for [`DefKey`]s (addresses and lengths):
/// start-up installs about a thousand built-ins, and SipHash over six
/// words each took a third of the start-up's instructions.
#[derive(Default)]
struct DefHasher(u64);

impl std::hash::Hasher for DefHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type DefMap = std::collections::HashMap<
    DefKey,
    &'static BuiltinDef,
    std::hash::BuildHasherDefault<DefHasher>,
>;

thread_local! {
    /// Every def made on this thread, so installing the same built-in
    /// again (another interpreter, a module imported again) shares it.
    static DEFS: std::cell::RefCell<DefMap> = std::cell::RefCell::new(DefMap::default());
}

/// The shared def of a built-in.
pub fn def_for(
    name: &'static str,
    owner: &'static str,
    func: NativeFn,
    kind: BuiltinKind,
) -> &'static BuiltinDef {
    let key = (
        name.as_ptr() as usize,
        name.len(),
        owner.as_ptr() as usize,
        owner.len(),
        func as usize,
        kind,
    );
    DEFS.with(|d| {
        *d.borrow_mut().entry(key).or_insert_with(|| {
            Box::leak(Box::new(BuiltinDef {
                name,
                owner,
                func,
                kind,
                sig: signature::lookup_ref(owner, name),
            }))
        })
    })
}

/// CPython 3.11's `PyCFunctionObject` (72 bytes with the GC head): the def
/// (`m_ml`), the bound `self` (`m_self`) of a bound built-in method
/// (`[].append`), and three words standing for `m_module`,
/// `m_weakreflist` and `vectorcall`, kept for the size. The def's fields
/// read through it (`b.name`, `b.func` ...).
pub struct BuiltinBody {
    pub def: &'static BuiltinDef,
    pub bound: Option<ObjRef>,
    _layout_parity: [usize; 3],
}

impl BuiltinBody {
    pub fn new(def: &'static BuiltinDef, bound: Option<ObjRef>) -> BuiltinBody {
        BuiltinBody {
            def,
            bound,
            _layout_parity: [0; 3],
        }
    }
}

impl std::ops::Deref for BuiltinBody {
    type Target = BuiltinDef;
    fn deref(&self) -> &BuiltinDef {
        self.def
    }
}

impl Traverse for BuiltinBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(b) = &self.bound {
            visit(b);
        }
    }
}
impl VarSize for BuiltinBody {}

/// Installs `methods` into `ty`'s namespace as method descriptors.
pub fn install(
    ty: &Obj,
    owner: &'static str,
    methods: &[(&'static str, NativeFn)],
    kind: BuiltinKind,
) -> PyResult<()> {
    let tb = ty.payload::<TypeBody>().expect("type");
    for (name, f) in methods {
        let b = new_builtin(name, owner, *f, kind)?;
        b.make_immortal();
        tb.dict().borrow_mut().set_str(new_str(name)?, b)?;
    }
    Ok(())
}

/// A built-in function object.
pub fn new_builtin(
    name: &'static str,
    owner: &'static str,
    func: NativeFn,
    kind: BuiltinKind,
) -> PyResult<ObjRef> {
    let o = alloc_object(
        &types().builtin_function,
        BuiltinBody::new(def_for(name, owner, func, kind), None),
        0,
    )?;
    Ok(o)
}

/// `<built-in function len>`, `<built-in method append of list object at 0x...>` or `<method 'append' of 'list' objects>`.
pub(crate) fn builtin_repr(o: &Obj) -> String {
    let b = o.payload::<BuiltinBody>().expect("builtin");
    match &b.bound {
        Some(s) if !s.is(&types().none) && b.owner != "builtins" => format!(
            "<built-in method {} of {} object at {}>",
            b.name,
            type_name(s),
            addr(s)
        ),
        _ if b.owner != "builtins" && b.owner != "sys" && b.owner != "gc" && b.owner != "math" => {
            format!("<method '{}' of '{}' objects>", b.name, b.owner)
        }
        _ => format!("<built-in function {}>", b.name),
    }
}

/// CPython's documentation string of the built-in `name` of `owner` (a
/// module, a type's name, or `type` for the type `name` itself), made
/// when it is asked for, as CPython's `meth_get__doc__` makes it; None
/// where it has none.
pub fn builtin_doc(owner: &str, name: &str) -> PyResult<ObjRef> {
    use super::builtin_docs::DOCS;
    match DOCS.binary_search_by(|(o, n, _)| (*o, *n).cmp(&(owner, name))) {
        Ok(i) => Ok(new_str(DOCS[i].2)?),
        Err(_) => Ok(types().none.clone()),
    }
}

/// A built-in function's `__name__`, `__qualname__` and `__self__`.
pub(crate) fn builtin_special_attr(obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let none = || types().none.clone();
    let b = obj.payload::<BuiltinBody>().expect("builtin");
    Ok(Some(match name {
        "__name__" => new_str(b.name)?,
        "__qualname__" => {
            if b.owner == "builtins" {
                new_str(b.name)?
            } else {
                new_str(&format!("{}.{}", b.owner, b.name))?
            }
        }
        "__self__" => b.bound.clone().unwrap_or_else(none),
        "__doc__" => builtin_doc(b.owner, b.name)?,
        "__module__" => none(),
        _ => return Ok(None),
    }))
}
