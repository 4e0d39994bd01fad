//! The fields the exception families add after `BaseException`'s (CPython
//! 3.11's `PyStopIterationObject`, `PyOSErrorObject`, `PySyntaxErrorObject`
//! ... in Include/cpython/pyerrors.h): which family a class belongs to, how
//! many words its instances carry after the [`ExceptionBody`], filling them
//! from `args` as the families' `__init__` do, and reading and writing them
//! as attributes (`e.value`, `e.errno`, `e.lineno`, `e.name` ...).
//!
//! ```text
//!  GcHead 16 │ refcnt, type 16 │ ExceptionBody 56 │ family words │ weakref word
//!                                  dict args notes    OSError: errno strerror
//!                                  traceback context  filename filename2
//!                                  cause suppress     written
//! ```
//!
//! A class statement's subclass adds one word, CPython's `__weakref__`
//! list (weak references live in `memory::weakref`'s table here, so the
//! word stays empty), unless `__slots__` leaves it out; its `__dict__` is
//! the base's `dict` field, as in CPython.
//!
//! Invariant: the number of words an instance carries ([`words`]) is a
//! function of its type that cannot change while the instance lives:
//! `__class__` and `__bases__` assignment refuse a type with another count
//! (`typeobject::bases::instance_layout`), and built-in types' names, which
//! the family is told by, are fixed. Every word is an [`ObjSlot`].

use crate::memory::object::{Obj, ObjRef};
use crate::memory::slot::ObjSlot;
use crate::objects::exception::ExceptionBody;
use crate::objects::registry::types;
use crate::objects::tuple::try_tuple_items;
use crate::objects::typeobject::{flags, TypeBody};
use crate::vm::PyResult;

/// An exception family: the built-in class whose C struct adds fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Family {
    Base,
    StopIteration,
    SystemExit,
    ImportError,
    OsError,
    SyntaxError,
    UnicodeError,
    NameError,
    AttributeError,
    Group,
}

impl Family {
    /// The fields' attribute names, in CPython's struct order. OSError's
    /// `written` (a C `Py_ssize_t`, shown as `characters_written`) is one
    /// word here too.
    pub const fn members(self) -> &'static [&'static str] {
        match self {
            Family::Base => &[],
            Family::StopIteration => &["value"],
            Family::SystemExit => &["code"],
            Family::ImportError => &["msg", "name", "path"],
            Family::OsError => &["errno", "strerror", "filename", "filename2", "written"],
            Family::SyntaxError => &[
                "msg",
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
                "print_file_and_line",
            ],
            Family::UnicodeError => &["encoding", "object", "start", "end", "reason"],
            Family::NameError => &["name"],
            Family::AttributeError => &["obj", "name"],
            Family::Group => &["message", "exceptions"],
        }
    }

    /// The family a built-in class roots, by its (fixed) name.
    fn of_builtin_name(name: &str) -> Option<Family> {
        Some(match name {
            "StopIteration" => Family::StopIteration,
            "SystemExit" => Family::SystemExit,
            "ImportError" => Family::ImportError,
            "OSError" => Family::OsError,
            "SyntaxError" => Family::SyntaxError,
            // Not UnicodeError itself: CPython makes it a plain
            // BaseException layout, only its three subclasses are complex.
            "UnicodeEncodeError" | "UnicodeDecodeError" | "UnicodeTranslateError" => {
                Family::UnicodeError
            }
            "NameError" => Family::NameError,
            "AttributeError" => Family::AttributeError,
            "BaseExceptionGroup" => Family::Group,
            _ => return None,
        })
    }
}

const FAMILIES: [Family; 10] = [
    Family::Base,
    Family::StopIteration,
    Family::SystemExit,
    Family::ImportError,
    Family::OsError,
    Family::SyntaxError,
    Family::UnicodeError,
    Family::NameError,
    Family::AttributeError,
    Family::Group,
];

/// The family of instances of `ty`, the words its class statements'
/// `__slots__` add, and whether they carry a weak-reference word; kept in
/// the type ([`TypeBody::exc_layout`]: family + 1 in the low 4 bits, 0x80
/// for the weak word, the slot words from bit 8) once worked out by
/// [`compute_layout`].
#[inline]
fn layout_of(ty: &Obj) -> (Family, usize, bool) {
    let Some(b) = ty.payload::<TypeBody>() else {
        return (Family::Base, 0, false);
    };
    let mut code = b.exc_layout.get();
    if code == 0 {
        let (f, slots, weak) = compute_layout(ty);
        code = (f as u32 + 1) | if weak { 0x80 } else { 0 } | (slots.min(1 << 20) as u32) << 8;
        b.exc_layout.set(code);
    }
    (
        FAMILIES[((code & 0xf) - 1) as usize],
        (code >> 8) as usize,
        code & 0x80 != 0,
    )
}

/// Do instances of `ty` carry a weak-reference word (may they be weakly
/// referred to)?
pub(crate) fn has_weak_word(ty: &Obj) -> bool {
    layout_of(ty).2
}

/// [`layout_of`] worked out, as CPython's `type_new` sizes a subclass of
/// an exception: along the first-base chain (`tp_base`, which the instance
/// layout follows), the first built-in class that adds fields is the
/// family; each class statement's class adds a word per `__slots__` name,
/// and the weak-reference word unless its `__slots__` leave `__weakref__`
/// out or a class above already added it (ExceptionGroup, a heap type in
/// CPython, has it). The named slots' values live in their words
/// ([`slot_word`]).
fn compute_layout(ty: &Obj) -> (Family, usize, bool) {
    let mut t = ty.to_ref();
    let (mut slots, mut weak) = (0, false);
    loop {
        let Some(b) = t.payload::<TypeBody>() else {
            return (Family::Base, slots, weak);
        };
        if b.has_flag(flags::HEAPTYPE) {
            let own = b.dict().borrow().get_rust_str("__slots__");
            match own.map(|s| crate::objects::typeobject::class::slot_names(&s)) {
                None => weak = true,
                Some(mut names) => {
                    weak |= names.iter().any(|n| n == "__weakref__");
                    names.sort();
                    names.dedup();
                    slots += names
                        .iter()
                        .filter(|n| *n != "__weakref__" && *n != "__dict__")
                        .count();
                }
            }
        } else {
            let name = b.name.borrow();
            let name = crate::objects::str::as_str(&name);
            weak |= name == "ExceptionGroup";
            if let Some(f) = Family::of_builtin_name(name) {
                return (f, slots, weak);
            }
        }
        match layout_base(b) {
            Some(base) => t = base,
            None => return (Family::Base, slots, weak),
        }
    }
}

/// The base an instance's layout extends (CPython's `best_base`): of the
/// bases that are exceptions, the one with the most fields and named
/// slots (`class C(A, B)` where only B adds a named slot extends B's
/// layout; a weak-reference word does not count, as in CPython's
/// `solid_base`), else the first base.
fn layout_base(b: &TypeBody) -> Option<ObjRef> {
    let bases = b.bases();
    let items = try_tuple_items(&bases).unwrap_or(&[]);
    if items.len() < 2 {
        return b.base();
    }
    let is_exc = |t: &Obj| crate::objects::typeobject::is_subtype(t, &types().base_exception);
    let solid = |t: &Obj| {
        let (f, slots, _) = layout_of(t);
        f.members().len() + slots
    };
    let mut best: Option<&ObjRef> = None;
    for t in items.iter().filter(|t| is_exc(t)) {
        if best.is_none_or(|bt| solid(t) > solid(bt)) {
            best = Some(t);
        }
    }
    best.cloned().or_else(|| b.base())
}

/// The family of instances of `ty` (see [`layout_of`]).
#[inline]
pub fn family(ty: &Obj) -> Family {
    layout_of(ty).0
}

/// Words after the [`ExceptionBody`] of an instance of `ty`: the family's
/// fields, the slot words and the weak-reference word (see [`layout_of`]).
/// The family's fields come first.
#[inline]
pub fn words(ty: &Obj) -> usize {
    let (f, slots, weak) = layout_of(ty);
    f.members().len() + slots + weak as usize
}

/// The `i`th word of `obj`, an exception; None past its words.
fn word(obj: &Obj, i: usize) -> Option<&ObjSlot> {
    all_words(obj).get(i)
}

/// Every word of `obj`, an exception.
fn all_words(obj: &Obj) -> &[ObjSlot] {
    let p = obj.trailing_ptr::<ExceptionBody>() as *const ObjSlot;
    // SAFETY: an exception is allocated with `words(ty)` initialised slots
    // after its body (`exception::alloc_exception`), and its type's count
    // cannot change (module invariant).
    unsafe { std::slice::from_raw_parts(p, words(obj.ty())) }
}

/// The word of named `__slots__` entry `i` of `obj` (a member
/// descriptor's index), after the family's fields; None past the slots.
pub fn slot_word(obj: &Obj, i: usize) -> Option<&ObjSlot> {
    let (f, slots, _) = layout_of(obj.ty());
    (i < slots).then(|| word(obj, f.members().len() + i))?
}

/// The slot of the field `name` of `obj`'s family, if it has one.
pub fn slot<'a>(obj: &'a Obj, name: &str) -> Option<&'a ObjSlot> {
    let i = family(obj.ty()).members().iter().position(|m| *m == name)?;
    word(obj, i)
}

/// The value of field `name` (None for an unset field); None when `obj`'s
/// family has no such field.
pub fn get(obj: &Obj, name: &str) -> Option<ObjRef> {
    slot(obj, name).map(|s| s.get().unwrap_or_else(|| types().none.clone()))
}

/// Sets field `name` (None clears it); false when the family has none.
pub fn set(obj: &Obj, name: &str, v: Option<ObjRef>) -> bool {
    let v = v.filter(|v| !v.is(&types().none));
    match slot(obj, name) {
        Some(s) => {
            s.set(v);
            true
        }
        None => false,
    }
}

/// Every word of `obj` to the collector.
pub fn traverse(obj: &Obj, visit: &mut dyn FnMut(&Obj)) {
    for s in all_words(obj) {
        s.visit(visit);
    }
}

/// Empties every word (tp_clear, and before the block is freed); each old
/// value is dropped after its word is already empty.
pub fn clear(obj: &Obj) {
    for s in all_words(obj) {
        drop(s.take());
    }
}

/// Fills the family's fields from `args`, as the families' `__init__`
/// (StopIteration_init, SystemExit_init, ImportError_init, OSError_init,
/// SyntaxError_init, UnicodeEncodeError_init ...) do.
pub fn init_from_args(obj: &Obj, args: &Obj) -> PyResult<()> {
    let items = try_tuple_items(args).unwrap_or(&[]);
    let arg = |i: usize| items.get(i).cloned();
    match family(obj.ty()) {
        Family::StopIteration => {
            set(obj, "value", arg(0));
        }
        Family::SystemExit => {
            let code = match items.len() {
                0 => None,
                1 => arg(0),
                _ => Some(args.to_ref()),
            };
            set(obj, "code", code);
        }
        Family::ImportError => {
            set(obj, "msg", if items.len() == 1 { arg(0) } else { None });
        }
        Family::OsError if (2..=5).contains(&items.len()) => {
            set(obj, "errno", arg(0));
            set(obj, "strerror", arg(1));
            set(obj, "filename", arg(2));
            // (errno, strerror, filename, winerror, filename2).
            set(obj, "filename2", arg(4));
            // With a filename, `args` keeps only (errno, strerror).
            if items.len() >= 3 && !items[2].is(&types().none) {
                let short = crate::objects::tuple::new_tuple(items[..2].to_vec())?;
                if let Some(b) = obj.payload::<ExceptionBody>() {
                    b.args.set(Some(short));
                }
            }
        }
        Family::SyntaxError => {
            set(obj, "msg", arg(0));
            if items.len() == 2 {
                if let Some(info) = try_tuple_items(&items[1]) {
                    // (filename, lineno, offset, text, end_lineno,
                    // end_offset): the members after `msg`.
                    let names = &Family::SyntaxError.members()[1..7];
                    for (n, v) in names.iter().zip(info) {
                        set(obj, n, Some(v.clone()));
                    }
                }
            }
        }
        Family::UnicodeError if items.len() == 5 => {
            for (n, v) in ["encoding", "object", "start", "end", "reason"]
                .iter()
                .zip(items)
            {
                set(obj, n, Some(v.clone()));
            }
        }
        _ => {}
    }
    Ok(())
}

/// `str()` of a UnicodeEncodeError or UnicodeDecodeError whose fields are
/// set (CPython's `UnicodeEncodeError_str`, `UnicodeDecodeError_str`);
/// None otherwise (one made from a message alone prints its args).
pub fn unicode_error_str(vm: &mut crate::vm::Vm, o: &Obj) -> PyResult<Option<String>> {
    use crate::objects::int::int_small;
    use crate::protocol::repr::str_string;
    if family(o.ty()) != Family::UnicodeError {
        return Ok(None);
    }
    let field = |n: &str| slot(o, n).and_then(ObjSlot::get);
    let (Some(encoding), Some(object), Some(start), Some(end), Some(reason)) = (
        field("encoding"),
        field("object"),
        field("start").as_deref().and_then(int_small),
        field("end").as_deref().and_then(int_small),
        field("reason"),
    ) else {
        return Ok(None);
    };
    let (encoding, reason) = (str_string(vm, &encoding)?, str_string(vm, &reason)?);
    let decode = crate::objects::typeobject::is_subtype(o.ty(), &types().unicode_decode_error);
    let single = end == start + 1 && start >= 0;
    if decode {
        let byte = crate::objects::bytes::try_bytes(&object).and_then(|b| b.get(start as usize));
        return Ok(Some(match byte {
            Some(b) if single => format!(
                "'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
            ),
            _ => format!(
                "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        }));
    }
    let ch = crate::objects::str::try_str(&object).and_then(|s| s.chars().nth(start as usize));
    Ok(Some(match ch {
        Some(c) if single => {
            let c = c as u32;
            let shown = if c <= 0xff {
                format!("\\x{c:02x}")
            } else if c <= 0xffff {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            format!(
                "'{encoding}' codec can't encode character '{shown}' in position {start}: {reason}"
            )
        }
        _ => format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ),
    }))
}
