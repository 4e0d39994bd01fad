//! Frame objects, as far as generators show them: `gen.gi_frame` (the same
//! object each time, while the generator has not finished) with `f_code`,
//! `f_lineno`, `f_lasti`, `f_locals`, `f_globals`, `f_back` and the repr.
//! arenapy's frames are Rust values owned by whoever runs them, so a frame
//! object is a view: it refers to its generator and reads the generator's
//! suspended frame when asked.

use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::dict::{new_dict, ops};
use crate::objects::function::cell::CellBody;
use crate::objects::function::code::CodeBody;
use crate::objects::generator::GeneratorBody;
use crate::objects::int::new_int;
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::{Traverse, VarSize};
use crate::protocol::repr::addr;
use crate::vm::PyResult;

pub struct FrameBody {
    /// The generator whose frame this is.
    pub gen: ObjRef,
}

impl Traverse for FrameBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.gen);
    }
}
impl VarSize for FrameBody {}

/// A new frame object for the generator `gen`.
pub fn new_frame_object(gen: &Obj) -> PyResult<ObjRef> {
    Ok(alloc_object(
        &types().frame,
        FrameBody { gen: gen.to_ref() },
        0,
    )?)
}

fn gen_body(obj: &Obj) -> &GeneratorBody {
    let f = obj.payload::<FrameBody>().expect("frame");
    f.gen.payload::<GeneratorBody>().expect("generator")
}

/// The line the generator's frame is at: that of its last instruction run
/// (the `yield` it is suspended at), or the `def` line before it started.
fn lineno(g: &GeneratorBody) -> u32 {
    let Some(cb) = g.code.payload::<CodeBody>() else {
        return 0;
    };
    let pc = g
        .frame
        .try_borrow()
        .ok()
        .and_then(|f| f.as_ref().map(|f| f.pc));
    match pc {
        Some(pc) if pc > 0 => cb
            .code
            .positions
            .get(pc - 1)
            .map_or(cb.code.first_line, |p| p.line),
        _ => cb.code.first_line,
    }
}

/// `<frame at 0x..., file '...', line N, code NAME>`.
pub(crate) fn frame_repr(o: &Obj) -> String {
    let g = gen_body(o);
    let (file, name) = g
        .code
        .payload::<CodeBody>()
        .map(|c| (c.code.filename.to_string(), c.code.name.to_string()))
        .unwrap_or_default();
    format!(
        "<frame at {}, file '{file}', line {}, code {name}>",
        addr(o),
        lineno(g)
    )
}

/// The frame's attributes.
pub(crate) fn frame_special_attr(obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let g = gen_body(obj);
    Ok(Some(match name {
        "f_code" => g.code.clone(),
        "f_lineno" => new_int(lineno(g) as i64)?,
        "f_lasti" => {
            let pc = g
                .frame
                .try_borrow()
                .ok()
                .and_then(|f| f.as_ref().map(|f| f.pc));
            new_int(pc.map_or(-1, |pc| pc as i64 * 2 - 2))?
        }
        "f_back" | "f_trace" => types().none.clone(),
        "f_globals" => match g
            .frame
            .try_borrow()
            .ok()
            .and_then(|f| f.as_ref().map(|f| f.globals.clone()))
        {
            Some(d) => d,
            None => new_dict()?,
        },
        "f_locals" => {
            let d = new_dict()?;
            let f = g.frame.try_borrow().ok();
            if let (Some(Some(frame)), Some(cb)) = (f.as_deref(), g.code.payload::<CodeBody>()) {
                for (name, v) in cb.varnames.iter().zip(&frame.fast) {
                    if let Some(v) = v {
                        ops::dict_set_str(&d, name.clone(), v.clone())?;
                    }
                }
                let cell_names = cb.code.cellvars.iter().chain(&cb.code.freevars);
                for (name, cell) in cell_names.zip(&frame.cells) {
                    let v = cell.payload::<CellBody>().and_then(|c| c.value.get());
                    if let Some(v) = v {
                        ops::dict_set_str(&d, new_str(name)?, v)?;
                    }
                }
            }
            d
        }
        _ => return Ok(None),
    }))
}
