//! `getset_descriptor`: attributes that the instances compute, listed in a
//! class namespace. A class statement's type gets `__dict__` and
//! `__weakref__` (as CPython's `subtype_getsets_full`, each pointing back
//! at the class: part of a class's reference cycles), and built-in types
//! `int.real`, `int.imag`, `int.numerator`, `int.denominator`,
//! `float.real`, `float.imag`, `complex.real`, `complex.imag`, and
//! `start`, `stop`, `step` of range and slice, so that `hasattr(int, 'real')` holds and
//! `int.real` is `<attribute 'real' of 'int' objects>`, as in CPython.
//!
//! Layout: the member descriptor's ([`MemberBody`] with
//! [`MemberKind::GetSet`]): CPython's `PyGetSetDescrObject` is the same
//! 48 bytes. The value comes from `special_attrs::special_attr`; reads,
//! writes, the repr and `__get__` are in `objects::member`.

use crate::memory::object::Obj;
use crate::objects::member::new_getset;
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::typeobject::TypeBody;
use crate::vm::PyResult;

fn install(ty: &Obj, attrs: &[&'static str]) -> PyResult<()> {
    let tb = ty.payload::<TypeBody>().expect("type");
    for name in attrs {
        let n = new_str(name)?;
        n.make_immortal();
        let d = new_getset(n.clone(), ty)?;
        d.make_immortal();
        let old = tb.dict().borrow_mut().set_str(n, d)?;
        drop(old);
    }
    Ok(())
}

pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    install(&t.int, &["real", "imag", "numerator", "denominator"])?;
    install(&t.float, &["real", "imag"])?;
    install(&t.complex, &["real", "imag"])?;
    install(&t.range, &["start", "stop", "step"])?;
    install(&t.slice, &["start", "stop", "step"])
}
