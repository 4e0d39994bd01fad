//! `getset_descriptor`: the class-level attributes of built-in types whose
//! instances compute them (`int.real`, `int.imag`, `int.numerator`,
//! `int.denominator`, `float.real`, `float.imag`), so that
//! `hasattr(int, 'real')` holds and `int.real` is
//! `<attribute 'real' of 'int' objects>`, as in CPython.
//!
//! Layout: the property layout ([`PropertyBody`]), read-only: `fget` is a
//! built-in method whose name and owner are the attribute's and the type's
//! (the repr reads them); the instance value comes from
//! `special_attrs::special_attr`, which keeps serving instances directly.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::descriptor::PropertyBody;
use crate::objects::exception::type_error;
use crate::objects::function::builtin::{new_builtin, BuiltinBody, BuiltinKind, NativeFn};
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::typeobject::{self, special_attrs, TypeBody};
use crate::protocol::object::type_name;
use crate::vm::{PyResult, Vm};

/// The instance attribute `name` of an instance of `owner` (a subclass
/// instance too); a TypeError for any other object, as CPython's
/// "descriptor 'real' for 'int' objects doesn't apply to a 'str' object".
fn get(vm: &mut Vm, args: &[ObjRef], owner: &Obj, name: &str) -> PyResult<ObjRef> {
    let Some(obj) = args.first() else {
        return Err(type_error(format!("descriptor '{name}' needs an argument")));
    };
    if !typeobject::is_subtype(obj.ty(), owner) {
        return Err(type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            owner
                .payload::<TypeBody>()
                .map_or_else(|| "?".into(), |t| t.name()),
            type_name(obj)
        )));
    }
    special_attrs::special_attr(vm, obj, name)?
        .ok_or_else(|| type_error(format!("descriptor '{name}' has no value")))
}

macro_rules! getter {
    ($fn:ident, $ty:ident, $name:literal) => {
        fn $fn(
            vm: &mut Vm,
            args: &[ObjRef],
            _kw: Option<&crate::memory::object::Obj>,
        ) -> PyResult<ObjRef> {
            get(vm, args, &types().$ty, $name)
        }
    };
}
getter!(int_real, int, "real");
getter!(int_imag, int, "imag");
getter!(int_numerator, int, "numerator");
getter!(int_denominator, int, "denominator");
getter!(float_real, float, "real");
getter!(float_imag, float, "imag");

fn install(ty: &Obj, owner: &'static str, attrs: &[(&'static str, NativeFn)]) -> PyResult<()> {
    let tb = ty.payload::<TypeBody>().expect("type");
    for (name, f) in attrs {
        let fget = new_builtin(name, owner, *f, BuiltinKind::Method)?;
        fget.make_immortal();
        let d = alloc_object(
            &types().getset_descriptor,
            PropertyBody {
                fget: Some(fget),
                fset: None,
                fdel: None,
                doc: None,
            },
            0,
        )?;
        d.make_immortal();
        tb.dict.borrow_mut().set_str(new_str(name)?, d)?;
    }
    Ok(())
}

pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    install(
        &t.int,
        "int",
        &[
            ("real", int_real),
            ("imag", int_imag),
            ("numerator", int_numerator),
            ("denominator", int_denominator),
        ],
    )?;
    install(
        &t.float,
        "float",
        &[("real", float_real), ("imag", float_imag)],
    )
}

/// `<attribute 'real' of 'int' objects>`; None when `o` is not one.
pub(crate) fn getset_repr(o: &Obj) -> Option<String> {
    if !o.ty().is(&types().getset_descriptor) {
        return None;
    }
    let p = o.payload::<PropertyBody>()?;
    let b = p.fget.as_ref()?.payload::<BuiltinBody>()?;
    Some(format!("<attribute '{}' of '{}' objects>", b.name, b.owner))
}
