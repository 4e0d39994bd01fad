//! A class's shared keys (CPython's `ht_cached_keys`): one split keys
//! object per class whose instances keep a managed dict, holding the
//! attribute names its instances have used; each instance keeps only a
//! values array (see `objects::instance`).
//!
//! Invariants: keys are only ever added (an index, once given to a name,
//! stays that name's for the life of the class), at most
//! `SHARED_KEYS_MAX_SIZE` of them, each an exact `str`; `usable` starts at
//! 30 and also drops by one per new instance (down to 1), as in CPython, so
//! the values arrays of later instances are smaller.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::keys::{
    self, free_keys_block, Keys, KeysHeader, UnicodeEntry, EMPTY, KIND_SPLIT,
};
use crate::objects::dict::table::is_exact_str;
use crate::objects::str::{str_hash, try_str, StrBody};
use arenapy_alloc::AllocError;
use std::cell::Cell;
use std::ptr::NonNull;

/// `SHARED_KEYS_MAX_SIZE`.
pub const SHARED_KEYS_MAX_SIZE: usize = 30;
/// `NEXT_LOG2_SHARED_KEYS_MAX_SIZE`: 64 index slots.
const LOG2_SIZE: u8 = 6;

/// The shared keys of one class (or none, for classes whose instances keep
/// no dict).
#[derive(Default)]
pub struct SharedKeys {
    keys: Cell<Option<NonNull<KeysHeader>>>,
}

impl SharedKeys {
    /// `_PyDict_NewKeysForClass`: 64 slots, unicode entries, 30 usable.
    pub fn new_for_class() -> Result<SharedKeys, AllocError> {
        let k = keys::new_keys(LOG2_SIZE, KIND_SPLIT)?;
        Keys(k).hdr_mut().usable = SHARED_KEYS_MAX_SIZE as isize;
        Ok(SharedKeys {
            keys: Cell::new(Some(k)),
        })
    }

    #[inline(always)]
    fn k(&self) -> Option<Keys> {
        self.keys.get().map(Keys)
    }

    pub fn is_some(&self) -> bool {
        self.keys.get().is_some()
    }

    /// Bytes of the keys block (`_PyDict_KeysSize`).
    pub fn bytes(&self) -> usize {
        if self.is_some() {
            keys::keys_size(LOG2_SIZE, KIND_SPLIT)
        } else {
            0
        }
    }

    /// `shared_keys_usable_size`: how many values a new values array holds.
    pub fn usable_size(&self) -> usize {
        self.k()
            .map_or(0, |k| (k.hdr().nentries + k.hdr().usable) as usize)
    }

    /// `init_inline_values`' first step: each new instance takes one from
    /// `usable` (while more than one is left); returns the values array
    /// size for it.
    pub fn note_new_instance(&self) -> usize {
        if let Some(k) = self.k() {
            if k.hdr().usable > 1 {
                k.hdr_mut().usable -= 1;
            }
        }
        self.usable_size()
    }

    pub fn nentries(&self) -> usize {
        self.k().map_or(0, |k| k.hdr().nentries as usize)
    }

    /// The name at index `ix`.
    #[inline(always)]
    pub fn key_at(&self, ix: usize) -> Option<&ObjRef> {
        let k = self.k()?;
        if ix >= k.hdr().nentries as usize {
            return None;
        }
        // SAFETY: ix below nentries; keys are never removed or replaced,
        // so the reference stays valid while the class lives.
        unsafe { (*k.slot(ix).0).as_ref() }
    }

    /// `_PyDictKeys_StringLookup`: the index of `name`, if any. Runs on
    /// every instance attribute store and method-call shadow check, so it
    /// reads the block directly: the table always has 64 one-byte indices
    /// and str entries.
    #[inline]
    pub fn find(&self, name: &Obj) -> Option<usize> {
        let k = self.keys.get()?;
        let keys = Keys(k);
        let n = keys.hdr().nentries as usize;
        if n == 0 {
            return None;
        }
        let hash = name.payload::<StrBody>().map(|_| str_hash(name))?;
        let idx = keys.indices() as *const i8;
        let ents = keys.entries_ptr() as *const UnicodeEntry;
        let mask = (1usize << LOG2_SIZE) - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            // SAFETY: i is masked to the 64 index slots.
            let ix = unsafe { *idx.add(i) } as isize;
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 {
                // SAFETY: index slots hold entry numbers below nentries,
                // whose keys are set and never removed.
                let key = unsafe { (*ents.add(ix as usize)).key.as_ref() }?;
                if key.is(name) || (str_hash(key) == hash && try_str(key) == try_str(name)) {
                    return Some(ix as usize);
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// `insert_into_dictkeys`: the index of `name`, added if absent and
    /// there is room; None for a name that is no exact str or when full.
    pub fn insert(&self, name: &Obj) -> Option<usize> {
        if let Some(ix) = self.find(name) {
            return Some(ix);
        }
        if !is_exact_str(name) {
            return None;
        }
        let k = self.k()?;
        if k.hdr().usable <= 0 {
            return None;
        }
        let hash = str_hash(name);
        let mask = k.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while k.get_index(i) >= 0 {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        let ix = k.hdr().nentries as usize;
        k.set_index(i, ix as isize);
        // SAFETY: usable > 0, so ix is below the entry capacity (42); the
        // slot past nentries is zeroed.
        unsafe { k.slot(ix).0.write(Some(name.to_ref())) };
        let h = k.hdr_mut();
        h.usable -= 1;
        h.nentries += 1;
        Some(ix)
    }
}

impl Drop for SharedKeys {
    fn drop(&mut self) {
        let Some(k) = self.k() else {
            return;
        };
        for ix in 0..k.hdr().nentries as usize {
            // SAFETY: ix below nentries; the class is being freed, nothing
            // else reads its keys.
            let key = unsafe { (*k.slot(ix).0).take() };
            drop(key);
        }
        // SAFETY: every key was taken out.
        unsafe { free_keys_block(k.0) };
        self.keys.set(None);
    }
}
