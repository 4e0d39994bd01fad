//! The constructor cache: where a class's `__new__` and `__init__` are, so
//! that calling a class does not look both names up along its MRO by text
//! at every instantiation (CPython keeps the same answers behind its type
//! version tags and method cache).
//!
//! A small direct-mapped table per thread, keyed by the type's address.
//! An entry records the dict version of each class on the MRO and, for each
//! name, the MRO level and entry index where it was found. Dict versions are
//! stamps unique on the thread and change on every insertion or deletion,
//! so equal versions mean the same keys at the same indices: a hit reads
//! the *current* value through the recorded index (so `C.__init__ = f`,
//! which replaces a value in place, is seen at once), and a type freed and
//! another allocated at the same address never matches (its dicts carry
//! new stamps). The table holds no references; MROs longer than
//! [`MAX_DEPTH`] are not cached.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::table::type_stamp;
use crate::objects::str::try_str;
use crate::objects::typeobject::{mro_iter, with_mro, TypeBody};
use std::cell::RefCell;

const SLOTS: usize = 64;
const MAX_DEPTH: usize = 4;
/// No entry found on the MRO.
const ABSENT: (u8, u32) = (u8::MAX, u32::MAX);

#[derive(Clone, Copy)]
struct Entry {
    /// The type's address; 0 for an empty slot.
    ty: usize,
    depth: u8,
    versions: [u64; MAX_DEPTH],
    new_at: (u8, u32),
    init_at: (u8, u32),
    /// The thread's type stamp when `versions` were last found current:
    /// while it has not moved, no class namespace has changed, so they
    /// still are (as `protocol::attr_cache`'s entries).
    checked_at: u64,
}

const EMPTY: Entry = Entry {
    ty: 0,
    depth: 0,
    versions: [0; MAX_DEPTH],
    new_at: ABSENT,
    init_at: ABSENT,
    checked_at: 0,
};

thread_local! {
    static TABLE: RefCell<[Entry; SLOTS]> = const { RefCell::new([EMPTY; SLOTS]) };
}

fn slot_of(ty: &Obj) -> usize {
    (ty.id() >> 4) % SLOTS
}

/// `(lookup(cls, "__new__"), lookup(cls, "__init__"))` for a class.
pub fn new_and_init(cls: &Obj) -> (Option<ObjRef>, Option<ObjRef>) {
    let slot = slot_of(cls);
    let stamp = type_stamp();
    let hit = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let e = &mut t[slot];
        if e.ty != cls.id() {
            return None;
        }
        if e.checked_at != stamp {
            if !valid(e, cls) {
                return None;
            }
            e.checked_at = stamp;
        }
        Some(*e)
    });
    let e = match hit {
        Some(e) => e,
        None => match fill(cls) {
            Some(mut e) => {
                e.checked_at = stamp;
                TABLE.with(|t| t.borrow_mut()[slot] = e);
                e
            }
            None => {
                return (
                    super::lookup_str(cls, "__new__"),
                    super::lookup_str(cls, "__init__"),
                )
            }
        },
    };
    (value_at(cls, e.new_at), value_at(cls, e.init_at))
}

fn dict_version(t: &Obj) -> u64 {
    t.payload::<TypeBody>()
        .expect("a type")
        .dict()
        .borrow()
        .version
}

fn valid(e: &Entry, cls: &Obj) -> bool {
    with_mro(cls, |mro| {
        mro.len() == e.depth as usize
            && mro
                .iter()
                .zip(&e.versions)
                .all(|(t, &v)| dict_version(t) == v)
    })
}

fn fill(cls: &Obj) -> Option<Entry> {
    let mut e = Entry {
        ty: cls.id(),
        ..EMPTY
    };
    for (level, t) in mro_iter(cls).enumerate() {
        if level >= MAX_DEPTH {
            return None;
        }
        let d = t.payload::<TypeBody>().expect("a type").dict().borrow();
        e.versions[level] = d.version;
        e.depth = level as u8 + 1;
        for (name, at) in [("__new__", &mut e.new_at), ("__init__", &mut e.init_at)] {
            if *at != ABSENT {
                continue;
            }
            let found = (0..d.entry_slots())
                .find(|&ix| d.entry(ix).is_some_and(|en| try_str(en.key) == Some(name)));
            if let Some(ix) = found {
                *at = (level as u8, ix as u32);
            }
        }
    }
    Some(e)
}

fn value_at(cls: &Obj, (level, ix): (u8, u32)) -> Option<ObjRef> {
    if (level, ix) == ABSENT {
        return None;
    }
    with_mro(cls, |mro| {
        let t = mro.get(level as usize)?;
        let d = t.payload::<TypeBody>().expect("a type").dict().borrow();
        d.entry(ix as usize).map(|en| en.value.clone())
    })
}
