//! `str.translate` and `str.maketrans`: mapping characters through a
//! table (a dict or any object with `__getitem__`), as CPython's
//! `unicode_translate` and `unicode_maketrans`.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::ops;
use crate::objects::exception::{type_error, value_error};
use crate::objects::int::new_int;
use crate::objects::registry::types;
use crate::objects::str::methods::{arg_str, s, this};
use crate::objects::str::try_str;
use crate::objects::{dict, singletons, typeobject, Layout};
use crate::protocol::convert::{check_args, index_value};
use crate::protocol::subscript;
use crate::vm::{PyResult, Vm};

/// `s.translate(table)`: `table[ord(c)]` is a str, an int code point, or
/// None (delete); a missing key (LookupError) keeps the character.
pub(super) fn str_translate(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let text = this(args, "translate")?;
    check_args("translate", &args[1..], 1, 1)?;
    let table = args[1].clone();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let key = new_int(c as i64)?;
        match subscript::getitem(vm, &table, &key) {
            Ok(v) if singletons::is_none(&v) => {}
            Ok(v) => {
                if let Some(t) = try_str(&v) {
                    out.push_str(t);
                } else if v.layout() == Layout::Int {
                    let cp = index_value(&v)?;
                    match u32::try_from(cp).ok().and_then(char::from_u32) {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(value_error("character mapping must be in range(0x110000)"))
                        }
                    }
                } else {
                    return Err(type_error(
                        "character mapping must return integer, None or str",
                    ));
                }
            }
            Err(e) if typeobject::is_subtype(e.0.ty(), &types().lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    s(&out)
}

/// `str.maketrans(dict)` or `str.maketrans(from, to[, delete])`.
pub(super) fn str_maketrans(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("maketrans", args, 1, 3)?;
    let d = dict::new_dict()?;
    if args.len() == 1 {
        if args[0].layout() != Layout::Dict {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        }
        let pairs: Vec<(ObjRef, ObjRef)> = ops::table_of(&args[0])
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in pairs {
            let key = match try_str(&k) {
                Some(t) if t.chars().count() == 1 => {
                    new_int(t.chars().next().unwrap_or('\0') as i64)?
                }
                Some(_) => {
                    return Err(value_error(
                        "string keys in translate table must be of length 1",
                    ))
                }
                None if k.layout() == Layout::Int => k.clone(),
                None => {
                    return Err(type_error(
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            ops::dict_set(vm, &d, key, v)?;
        }
        return Ok(d);
    }
    let from = arg_str(&args[0], "maketrans() argument 1")?;
    let to = arg_str(&args[1], "maketrans() argument 2")?;
    if from.chars().count() != to.chars().count() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in from.chars().zip(to.chars()) {
        ops::dict_set(vm, &d, new_int(a as i64)?, new_int(b as i64)?)?;
    }
    if let Some(del) = args.get(2) {
        for c in arg_str(del, "maketrans() argument 3")?.chars() {
            ops::dict_set(vm, &d, new_int(c as i64)?, types().none.clone())?;
        }
    }
    Ok(d)
}
