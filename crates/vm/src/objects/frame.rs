//! Frame objects: `gen.gi_frame` (the same object each time, while the
//! generator has not finished) and `sys._getframe()`, with `f_code`,
//! `f_lineno`, `f_lasti`, `f_locals`, `f_globals`, `f_back` and the repr.
//! arenapy's frames are Rust values owned by whoever runs them, so a frame
//! object is either a view of a generator's suspended frame, read when
//! asked, or a snapshot of a running frame taken by `sys._getframe` (its
//! line, variables and callers as they were then; CPython's object would
//! go on following the live frame, and is the same object each time).

use crate::eval::frame::{running_frame_at, watch_stops, Frame};
use crate::memory::object::{alloc_object_init, object_block_size, Obj, ObjRef};
use crate::memory::slot::ObjSlot;
use crate::objects::dict::{new_dict, ops};
use crate::objects::exception::value_error;
use crate::objects::function::cell::CellBody;
use crate::objects::function::code::CodeBody;
use crate::objects::generator::GeneratorBody;
use crate::objects::int::new_int;
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::{Traverse, VarSize};
use crate::protocol::repr::addr;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

pub struct FrameBody {
    /// The generator whose frame this is (None for a running frame's).
    pub gen: Option<ObjRef>,
    /// A running frame's object; None once the collector cleared it.
    followed: RefCell<Option<Followed>>,
    /// The trailing words ([`ObjSlot`]s, CPython's `_f_frame_data`
    /// localsplus): a stopped frame's fast locals (`nfast`), then its
    /// cells (`ncells`), the rest empty.
    words: u32,
    nfast: Cell<u32>,
    ncells: Cell<u32>,
}

/// A frame object made for a running frame: it reads the frame while the
/// frame runs, and keeps what the frame held when it stopped (CPython's
/// frame object taking ownership of its `_PyInterpreterFrame`; the
/// variables go into the object's trailing words, as CPython's).
struct Followed {
    /// The running frame; null once it stopped ([`frame_stopped`]).
    live: *const Frame,
    code: ObjRef,
    globals: ObjRef,
    /// The namespace of a module or class body.
    ns: Option<ObjRef>,
    /// The last instruction run, when it stopped.
    lasti: u32,
    /// The caller's frame object, made when the frame stopped.
    back: Option<ObjRef>,
    /// A function frame's `f_locals` dict: the same object each time,
    /// refreshed from the variables on each read, as CPython's.
    locals: Option<ObjRef>,
}

thread_local! {
    /// The frame object of each running frame that has one, by the
    /// frame's address: the same object for each `sys._getframe` and each
    /// traceback entry while the frame runs. An entry goes when its frame
    /// stops.
    static FOLLOWED: RefCell<HashMap<usize, ObjRef>> = RefCell::new(HashMap::new());
}

/// CPython 3.11's `PyFrameObject` up to its frame's `localsplus`, GC head
/// included: `offsetof(PyFrameObject, _f_frame_data)` (48) plus the
/// `_PyInterpreterFrame` specials (72), plus 16.
const CPYTHON_FRAME_BASE: usize = 136;
const BASE_PAD: usize = CPYTHON_FRAME_BASE - object_block_size::<FrameBody>(0);

/// The localsplus words of a frame object for `code`: CPython's
/// `co_nlocalsplus + co_stacksize` (an argument that is also a cell has
/// one slot there), and at least room for our locals and cells.
fn frame_words(code: &CodeBody) -> usize {
    let c = &code.code;
    let ours = code.varnames.len() + c.cellvars.len() + c.freevars.len();
    let nlocalsplus = ours - c.cell2arg.len().min(ours);
    (nlocalsplus + c.stacksize as usize).max(ours)
}

impl FrameBody {
    fn slots(&self) -> &[ObjSlot] {
        let p = (self as *const FrameBody as *const u8)
            .wrapping_add(std::mem::size_of::<FrameBody>() + BASE_PAD)
            as *const ObjSlot;
        // SAFETY: a frame object's block has `words` initialised slots
        // after the body and its padding (`alloc_frame`), living as long
        // as the body.
        unsafe { std::slice::from_raw_parts(p, self.words as usize) }
    }

    /// The stopped frame's variables: its fast locals and its cells.
    fn stored(&self) -> (Vec<Option<ObjRef>>, Vec<ObjRef>) {
        let slots = self.slots();
        let nfast = (self.nfast.get() as usize).min(slots.len());
        let ncells = (self.ncells.get() as usize).min(slots.len() - nfast);
        let fast = slots[..nfast].iter().map(|s| s.get()).collect();
        let cells = slots[nfast..nfast + ncells]
            .iter()
            .filter_map(|s| s.get())
            .collect();
        (fast, cells)
    }
}

impl Traverse for FrameBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(g) = &self.gen {
            visit(g);
        }
        if let Ok(s) = self.followed.try_borrow() {
            if let Some(s) = s.as_ref() {
                visit(&s.code);
                visit(&s.globals);
                s.ns.iter()
                    .chain(s.back.iter())
                    .chain(s.locals.iter())
                    .for_each(|o| visit(o));
            }
        }
        for s in self.slots() {
            s.visit(visit);
        }
    }

    fn clear(&self) {
        // Only a stopped frame's object can be garbage (a running one is
        // in FOLLOWED); `f.f_locals['me'] = f`, or an exception kept in a
        // variable of the frame its traceback names, makes a cycle.
        let old = self.followed.try_borrow_mut().map(|mut s| s.take());
        drop(old);
        for s in self.slots() {
            drop(s.take());
        }
    }
}

impl VarSize for FrameBody {
    fn trailing_size(obj: &Obj) -> usize {
        let f = obj.payload::<FrameBody>().expect("frame");
        BASE_PAD + 8 * f.words as usize
    }

    fn drop_trailing(obj: &Obj) {
        if let Some(f) = obj.payload::<FrameBody>() {
            for s in f.slots() {
                drop(s.take());
            }
        }
    }
}

/// A frame object of CPython's size for `code`, its trailing words empty.
fn alloc_frame(code: &ObjRef, gen: Option<ObjRef>, followed: Option<Followed>) -> PyResult<ObjRef> {
    let words = code.payload::<CodeBody>().map_or(0, frame_words);
    let body = FrameBody {
        gen,
        followed: RefCell::new(followed),
        words: words as u32,
        nfast: Cell::new(0),
        ncells: Cell::new(0),
    };
    Ok(alloc_object_init(
        &types().frame,
        body,
        BASE_PAD + 8 * words,
        |obj| {
            let p = obj.trailing_ptr::<FrameBody>().wrapping_add(BASE_PAD) as *mut ObjSlot;
            for i in 0..words {
                // SAFETY: the block has `words` trailing slots after the
                // body's padding, not yet initialised nor seen by the
                // collector.
                unsafe { p.add(i).write(ObjSlot::new(None)) };
            }
        },
    )?)
}

/// A new frame object for the generator `gen`.
pub fn new_frame_object(gen: &Obj) -> PyResult<ObjRef> {
    let code = match gen.payload::<GeneratorBody>() {
        Some(g) => g.code.clone(),
        None => return Err(value_error("not a generator")),
    };
    alloc_frame(&code, Some(gen.to_ref()), None)
}

/// `sys._getframe(depth)`: the frame object of the running frame `depth`
/// calls out from the caller.
pub fn getframe(depth: i64) -> PyResult<ObjRef> {
    match running_frame_at(depth.max(0) as usize) {
        Some(p) => object_for(p),
        None => Err(value_error("call stack is not deep enough")),
    }
}

/// The frame object a traceback entry for the frame running `code` at
/// `instr` refers to (CPython's `PyTraceBack_Here` materialising the
/// frame's object): the innermost running frame's when it is that frame,
/// else (a generator thrown into before it resumes) one standing for it.
pub fn frame_for_traceback(code: &ObjRef, instr: u32) -> PyResult<ObjRef> {
    if let Some(p) = running_frame_at(0) {
        // SAFETY: `p` is on the running chain, so a live frame.
        let f = unsafe { &*p };
        if f.code.is(code) && f.lasti() == instr {
            return object_for(p);
        }
    }
    let state = Followed {
        live: std::ptr::null(),
        code: code.clone(),
        globals: types().none.clone(),
        ns: None,
        lasti: instr,
        back: None,
        locals: None,
    };
    alloc_frame(code, None, Some(state))
}

/// The code object a frame object runs (None once cleared).
pub fn frame_code(frame: &Obj) -> Option<ObjRef> {
    let b = frame.payload::<FrameBody>()?;
    if let Some(g) = b.gen.as_ref().and_then(|g| g.payload::<GeneratorBody>()) {
        return Some(g.code.clone());
    }
    followed_of(frame, |s| s.code.clone())
}

/// The globals of the running Python frame (a built-in's caller), if any
/// frame runs: `type(name, bases, ns)` takes its `__name__` as the new
/// class's `__module__`.
pub fn caller_globals() -> Option<ObjRef> {
    let p = running_frame_at(0)?;
    // SAFETY: `p` is on the running chain (`running_frame_at`), so a live
    // frame; its `globals` is set when it is made and only read here.
    Some(unsafe { &*p }.globals.clone())
}

/// The frame object of the running frame `p`, made on first use.
fn object_for(p: *const Frame) -> PyResult<ObjRef> {
    if let Some(o) = FOLLOWED.with(|t| t.borrow().get(&(p as usize)).cloned()) {
        return Ok(o);
    }
    // SAFETY: `p` is on the running chain (`running_frame_at`, or the
    // caller of a stopping frame), so a live frame not being written.
    let f = unsafe { &*p };
    let state = Followed {
        live: p,
        code: f.code.clone(),
        globals: f.globals.clone(),
        ns: f.locals.clone(),
        lasti: f.lasti(),
        back: None,
        locals: None,
    };
    let o = alloc_frame(&f.code, None, Some(state))?;
    FOLLOWED.with(|t| t.borrow_mut().insert(p as usize, o.clone()));
    watch_stops(true);
    Ok(o)
}

/// `unlink`'s report that the running frame `p` stopped (returned, raised
/// or, for a generator's frame, yielded): its frame object, if it has one,
/// keeps the frame's variables and last instruction, and gets its caller's
/// frame object as `f_back`.
///
/// # Safety
/// `p` must be the frame being taken off the running chain, still intact
/// (not yet recycled or dropped), and its `previous` a running frame.
pub unsafe fn frame_stopped(p: *const Frame) {
    let Some(o) = FOLLOWED.with(|t| {
        let mut t = t.borrow_mut();
        let o = t.remove(&(p as usize));
        if t.is_empty() {
            watch_stops(false);
        }
        o
    }) else {
        return;
    };
    // Nothing else refers to the object: it dies with its frame, as
    // CPython's `_PyFrame_Clear` frees a frame object only it holds.
    if o.refcnt() == 1 {
        drop(o);
        return;
    }
    // SAFETY: the caller's promise: `p` is the frame `unlink` is taking off
    // the chain, intact until `unlink` returns.
    let f = unsafe { &*p };
    let (lasti, previous) = (f.lasti(), f.previous);
    if let Some(b) = o.payload::<FrameBody>() {
        if let Ok(mut s) = b.followed.try_borrow_mut() {
            if let Some(s) = s.as_mut() {
                s.live = std::ptr::null();
                s.lasti = lasti;
            }
        }
        // The variables move into the object's words (CPython's
        // `take_ownership` copying the frame into `_f_frame_data`).
        let slots = b.slots();
        let fast = f.fast.iter().take(slots.len());
        let nfast = fast.len();
        for (slot, v) in slots.iter().zip(fast) {
            slot.set(v.clone());
        }
        let rest = &slots[nfast..];
        let ncells = f.cells.len().min(rest.len());
        for (slot, c) in rest.iter().zip(f.cells.iter()) {
            slot.set(Some(c.clone()));
        }
        b.nfast.set(nfast as u32);
        b.ncells.set(ncells as u32);
    }
    // The caller runs on: its object (made now if need be) is the back
    // link. Without memory for it, `f_back` is None.
    let back = if previous.is_null() {
        None
    } else {
        object_for(previous).ok()
    };
    if let Some(mut s) = o
        .payload::<FrameBody>()
        .and_then(|b| b.followed.try_borrow_mut().ok())
    {
        if let Some(s) = s.as_mut() {
            s.back = back;
        }
    }
    drop(o);
}

/// Drops the table (interpreter teardown; every frame has stopped).
pub fn reset() {
    let all: Vec<ObjRef> = FOLLOWED.with(|t| t.borrow_mut().drain().map(|(_, o)| o).collect());
    watch_stops(false);
    drop(all);
}

/// A function frame's variables as `f_locals` shows them: `d` refreshed
/// (bound names set, unbound ones removed), CPython's `PyFrame_FastToLocals`.
fn refresh_locals(
    vm: &mut Vm,
    d: &Obj,
    cb: &CodeBody,
    fast: &[Option<ObjRef>],
    cells: &[ObjRef],
) -> PyResult<()> {
    let cell_names = cb.code.cellvars.iter().chain(&cb.code.freevars);
    let mut pairs: Vec<(ObjRef, Option<ObjRef>)> = Vec::new();
    for (name, v) in cb.varnames.iter().zip(fast) {
        pairs.push((name.clone(), v.clone()));
    }
    for (name, cell) in cell_names.zip(cells) {
        let v = cell.payload::<CellBody>().and_then(|c| c.value.get());
        pairs.push((new_str(name)?, v));
    }
    for (name, v) in pairs {
        match v {
            Some(v) => ops::dict_set(vm, d, name, v)?,
            None => drop(ops::dict_pop(vm, d, &name)?),
        }
    }
    Ok(())
}

fn gen_of(obj: &Obj) -> Option<&GeneratorBody> {
    let f = obj.payload::<FrameBody>().expect("frame");
    f.gen.as_ref()?.payload::<GeneratorBody>()
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
        .and_then(|f| f.as_ref().map(|f| f.pc()));
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
    let (code, line) = match gen_of(o) {
        Some(g) => (Some(g.code.clone()), lineno(g)),
        None => followed_of(o, |s| (s.code.clone(), followed_line(s)))
            .map_or((None, 0), |(c, l)| (Some(c), l)),
    };
    let (file, name) = code
        .as_ref()
        .and_then(|c| c.payload::<CodeBody>())
        .map(|c| (c.code.filename.to_string(), c.code.name.to_string()))
        .unwrap_or_default();
    format!(
        "<frame at {}, file '{file}', line {line}, code {name}>",
        addr(o)
    )
}

/// Reads a followed frame's state (None: a generator's, or cleared).
fn followed_of<R>(obj: &Obj, f: impl FnOnce(&Followed) -> R) -> Option<R> {
    let b = obj.payload::<FrameBody>()?;
    let s = b.followed.try_borrow().ok()?;
    s.as_ref().map(f)
}

/// The last instruction a followed frame ran (or is running).
fn followed_lasti(s: &Followed) -> u32 {
    if s.live.is_null() {
        s.lasti
    } else {
        // SAFETY: a non-null `live` is a running frame (FOLLOWED holds the
        // object until `frame_stopped` nulls it).
        unsafe { (*s.live).lasti() }
    }
}

fn followed_line(s: &Followed) -> u32 {
    s.code
        .payload::<CodeBody>()
        .map_or(0, |cb| crate::eval::frame::line_of(cb, followed_lasti(s)))
}

/// A followed frame's attributes.
fn followed_attr(vm: &mut Vm, obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let none = || types().none.clone();
    let Some((code, globals, ns, live, back, locals)) = followed_of(obj, |s| {
        (
            s.code.clone(),
            s.globals.clone(),
            s.ns.clone(),
            s.live,
            s.back.clone(),
            s.locals.clone(),
        )
    }) else {
        return Ok(None);
    };
    Ok(Some(match name {
        "f_code" => code,
        "f_globals" => globals,
        "f_trace" => none(),
        "f_lineno" => new_int(followed_of(obj, followed_line).unwrap_or(0) as i64)?,
        "f_lasti" => new_int(followed_of(obj, followed_lasti).unwrap_or(0) as i64 * 2)?,
        "f_back" if live.is_null() => back.unwrap_or_else(none),
        "f_back" => {
            // SAFETY: a non-null `live` is a running frame (see above).
            let previous = unsafe { (*live).previous };
            if previous.is_null() {
                none()
            } else {
                object_for(previous)?
            }
        }
        "f_locals" => match ns {
            Some(ns) => ns,
            None => {
                let d = match locals {
                    Some(d) => d,
                    None => {
                        let d = new_dict()?;
                        if let Some(mut s) = obj
                            .payload::<FrameBody>()
                            .and_then(|b| b.followed.try_borrow_mut().ok())
                        {
                            if let Some(s) = s.as_mut() {
                                s.locals = Some(d.clone());
                            }
                        }
                        d
                    }
                };
                let (fast, cells) = if live.is_null() {
                    obj.payload::<FrameBody>()
                        .map(|b| b.stored())
                        .unwrap_or_default()
                } else {
                    // SAFETY: a non-null `live` is a running frame (see above).
                    let f = unsafe { &*live };
                    (f.fast.to_vec(), f.cells.to_vec())
                };
                let cb = code.payload::<CodeBody>().expect("code object");
                refresh_locals(vm, &d, cb, &fast, &cells)?;
                d
            }
        },
        _ => return Ok(None),
    }))
}

/// The frame's attributes.
pub(crate) fn frame_special_attr(vm: &mut Vm, obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let Some(g) = gen_of(obj) else {
        return followed_attr(vm, obj, name);
    };
    Ok(Some(match name {
        "f_code" => g.code.clone(),
        "f_lineno" => new_int(lineno(g) as i64)?,
        "f_lasti" => {
            let pc = g
                .frame
                .try_borrow()
                .ok()
                .and_then(|f| f.as_ref().map(|f| f.pc()));
            new_int(pc.map_or(-1, |pc| pc as i64 * 2 - 2))?
        }
        "f_back" | "f_trace" => types().none.clone(),
        "f_globals" => match g
            .frame
            .try_borrow()
            .ok()
            .and_then(|f| f.as_ref().map(|f| f.globals().clone()))
        {
            Some(d) => d,
            None => new_dict()?,
        },
        "f_locals" => {
            let d = new_dict()?;
            let f = g.frame.try_borrow().ok();
            if let (Some(Some(frame)), Some(cb)) = (f.as_deref(), g.code.payload::<CodeBody>()) {
                for (name, v) in cb.varnames.iter().zip(frame.fast()) {
                    if let Some(v) = v {
                        ops::dict_set_str(&d, name.clone(), v.clone())?;
                    }
                }
                let cell_names = cb.code.cellvars.iter().chain(&cb.code.freevars);
                for (name, cell) in cell_names.zip(frame.cells()) {
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
