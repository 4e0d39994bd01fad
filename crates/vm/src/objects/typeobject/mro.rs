//! The C3 linearisation of a class's bases (CPython's `mro_implementation`),
//! with the `TypeError: Cannot create a consistent method resolution order`
//! of CPython 3.11.

use crate::memory::object::ObjRef;
use crate::objects::exception::type_error;
use crate::objects::typeobject;
use crate::objects::typeobject::TypeBody;
use crate::vm::PyResult;

/// C3 linearisation of the bases (the MRO after the class itself).
pub(crate) fn c3_mro(bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    // CPython's `check_duplicates`, before the merge.
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|o| o.is(b)) {
            return Err(type_error(format!(
                "duplicate base class {}",
                b.payload::<TypeBody>().expect("type").name()
            )));
        }
    }
    let mut seqs: Vec<Vec<ObjRef>> = Vec::new();
    for b in bases {
        seqs.push(typeobject::mro_iter(b).map(|o| o.to_ref()).collect());
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
