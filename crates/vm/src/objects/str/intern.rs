//! Interned strings (CPython's `PyUnicode_InternInPlace` for the names of
//! code objects): one str object per distinct identifier, so attribute,
//! global and keyword lookups of a name written in two functions compare
//! pointers, not bytes.
//!
//! Interning is *mortal*, as in CPython 3.11: the table does not own its
//! strings. An interned str carries [`STATE_INTERNED`] in its state word
//! and leaves the table when it dies (`StrBody`'s `drop_trailing`), so
//! interning never keeps a string alive longer than the code that uses it,
//! and the heap's counts are those of the objects the program holds.
//!
//! Invariant: every table entry points at a live exact str with the
//! interned mark whose text is the entry's key.

use crate::memory::object::{Obj, ObjRef};
use arenapy_alloc::AllocError;
use std::cell::RefCell;
use std::collections::HashMap;

/// The state-word bit of an interned str.
pub const STATE_INTERNED: u64 = 1;

thread_local! {
    /// Text → address of the interned str.
    static INTERNED: RefCell<HashMap<Box<str>, usize>> = RefCell::new(HashMap::new());
}

/// The interned str for `s`: the existing one, or a new one entered in the
/// table.
pub fn intern(s: &str) -> Result<ObjRef, AllocError> {
    if s.is_empty() {
        return super::new_str(s);
    }
    let found = INTERNED.with(|t| t.borrow().get(s).copied());
    if let Some(p) = found {
        // SAFETY: entries are live strs (module invariant); the clone takes
        // a reference of our own.
        return Ok(unsafe { &*(p as *const Obj) }.to_ref());
    }
    let obj = super::new_str_with_state(s, STATE_INTERNED)?;
    INTERNED.with(|t| t.borrow_mut().insert(s.into(), obj.id()));
    Ok(obj)
}

/// An interned str is dying: its entry goes. (The table is never borrowed
/// across anything that can free an object, so this borrow always
/// succeeds; an entry left behind would point at a freed block.)
pub fn forget(s: &str) {
    INTERNED.with(|t| t.borrow_mut().remove(s));
}

/// Empties the table (interpreter teardown: no str outlives it).
pub fn reset() {
    INTERNED.with(|t| t.borrow_mut().clear());
}
