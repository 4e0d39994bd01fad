//! A class's shared keys (CPython's `ht_cached_keys`): one split keys
//! object per class whose instances keep a managed dict, holding the
//! attribute names its instances have used; each instance keeps only a
//! values array (see `objects::instance`).
//!
//! The keys block is refcounted (`dk_refcnt`): the class holds one
//! reference, and so does every split dict made from an instance's values
//! (`obj.__dict__`, see `objects::dict::table`), which may outlive the
//! class. The values arrays' prefix helpers (insertion order) live here
//! too, since both instances and split dicts keep values in that form.
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

    /// `_PyDictKeys_StringLookup`: the index of `name`, if any.
    #[inline]
    pub fn find(&self, name: &Obj) -> Option<usize> {
        find_key(Keys(self.keys.get()?), name)
    }

    /// `insert_into_dictkeys`: the index of `name`, added if absent and
    /// there is room; None for a name that is no exact str or when full.
    pub fn insert(&self, name: &Obj) -> Option<usize> {
        insert_key(Keys(self.keys.get()?), name)
    }

    /// Another reference to the keys block, for a split dict.
    pub fn share(&self) -> Option<NonNull<KeysHeader>> {
        let k = self.k()?;
        k.hdr_mut().refcnt += 1;
        Some(k.0)
    }
}

/// `_PyDictKeys_StringLookup` on a split keys block: the index of `name`,
/// if any. Runs on every instance attribute store and method-call shadow
/// check, so it reads the block directly: the table always has 64
/// one-byte indices and str entries.
#[inline]
pub fn find_key(keys: Keys, name: &Obj) -> Option<usize> {
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
        i = super::table::next_probe(i, &mut perturb, mask);
    }
}

/// `insert_into_dictkeys` on a split keys block: the index of `name`,
/// added if absent and there is room; None for a name that is no exact
/// str or when full.
pub fn insert_key(k: Keys, name: &Obj) -> Option<usize> {
    if let Some(ix) = find_key(Keys(k.0), name) {
        return Some(ix);
    }
    if !is_exact_str(name) || k.hdr().usable <= 0 {
        return None;
    }
    let hash = str_hash(name);
    let mask = k.mask();
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    while k.get_index(i) >= 0 {
        i = super::table::next_probe(i, &mut perturb, mask);
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

/// Drops one reference to a split keys block; the last frees the names
/// and the block.
///
/// # Safety
/// `k` is a split keys block the caller holds a reference to, not used
/// by the caller afterwards.
pub unsafe fn decref_keys(k: NonNull<KeysHeader>) {
    let keys = Keys(k);
    let h = keys.hdr_mut();
    h.refcnt -= 1;
    if h.refcnt > 0 {
        return;
    }
    for ix in 0..keys.hdr().nentries as usize {
        // SAFETY: ix below nentries; the last reference is going, nothing
        // else reads the keys.
        let key = unsafe { (*keys.slot(ix).0).take() };
        drop(key);
    }
    // SAFETY: every key was taken out.
    unsafe { free_keys_block(k) };
}

/// `prefix_size` of `new_values`: the order bytes, their count and the
/// prefix size, rounded up to a word.
pub fn prefix_size(size: usize) -> usize {
    (size + 2 + 7) & !7
}

/// Total bytes of a values array of `size` values.
pub fn values_block_size(size: usize) -> usize {
    prefix_size(size) + 8 * size
}

/// `new_values`: a zeroed array of `size` values (none set) after its
/// prefix; returns the pointer to the values.
pub fn alloc_values(size: usize) -> Result<*mut Option<ObjRef>, AllocError> {
    let n = values_block_size(size);
    let mem = crate::memory::heap::malloc(n)?;
    let p = prefix_size(size);
    // SAFETY: a fresh block of n bytes: the prefix, then `size` words
    // zeroed (None values).
    unsafe {
        std::ptr::write_bytes(mem.as_ptr(), 0, n);
        *mem.as_ptr().add(p - 1) = p as u8;
    }
    Ok(mem.as_ptr().wrapping_add(p) as *mut Option<ObjRef>)
}

/// `_PyDictValues_AddToInsertionOrder`: appends `ix` to the insertion
/// order kept before the values.
pub fn add_to_order(values: *mut Option<ObjRef>, ix: usize) {
    let b = values as *mut u8;
    // SAFETY: the count byte is at -2 and the order bytes before it; the
    // prefix has room for one byte per value slot (size + 2 <= prefix).
    unsafe {
        let n = *b.sub(2) as usize + 1;
        *b.sub(2 + n) = ix as u8;
        *b.sub(2) = n as u8;
    }
}

/// `delete_index_from_values`.
pub fn remove_from_order(values: *mut Option<ObjRef>, ix: usize) {
    let b = values as *mut u8;
    // SAFETY: as in add_to_order; only the first `n` order bytes are read.
    unsafe {
        let n = *b.sub(2) as usize;
        let mut j = 1;
        while j <= n && *b.sub(2 + j) as usize != ix {
            j += 1;
        }
        if j > n {
            return;
        }
        while j < n {
            *b.sub(2 + j) = *b.sub(3 + j);
            j += 1;
        }
        *b.sub(2) = (n - 1) as u8;
    }
}

/// How many values are set (the length of the insertion order).
#[inline(always)]
pub fn order_len(values: *mut Option<ObjRef>) -> usize {
    // SAFETY: the count byte of a live values array.
    unsafe { *(values as *const u8).sub(2) as usize }
}

/// The index of the `pos`th value set, if `pos` is below the count.
#[inline(always)]
pub fn order_at(values: *mut Option<ObjRef>, pos: usize) -> Option<usize> {
    if pos >= order_len(values) {
        return None;
    }
    // SAFETY: pos below the count: an order byte.
    Some(unsafe { *(values as *const u8).sub(3 + pos) as usize })
}

/// The indices of the set values, in insertion order.
pub fn order(values: *mut Option<ObjRef>) -> Vec<usize> {
    (0..order_len(values))
        .filter_map(|p| order_at(values, p))
        .collect()
}

/// Frees a values array whose references were all taken out.
///
/// # Safety
/// `values` came from an array of `size` values made by the instance code
/// and is not used afterwards.
pub unsafe fn free_values_block(values: *mut Option<ObjRef>, size: usize) {
    // SAFETY: the prefix size is in the byte before the values; the block
    // started that many bytes before them (caller's contract).
    unsafe {
        let p = *(values as *mut u8).sub(1) as usize;
        crate::memory::heap::free(
            NonNull::new_unchecked((values as *mut u8).sub(p)),
            values_block_size(size),
        );
    }
}

impl Drop for SharedKeys {
    fn drop(&mut self) {
        if let Some(k) = self.keys.take() {
            // SAFETY: the class's reference, given up as the class dies.
            unsafe { decref_keys(k) };
        }
    }
}
