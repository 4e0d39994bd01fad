//! CPython's compact, insertion-ordered hash table, behind every dict.
//!
//! A [`DictTable`] is an index array (powers of two, at least 8 slots, each
//! `EMPTY`, `DUMMY` or an entry number) plus a dense entry array in insertion
//! order; both live on the heap. Probing is CPython's: `i = (5*i + perturb +
//! 1) & mask` with `perturb >>= 5`. Deleted entries leave a hole (`None`)
//! and a `DUMMY` index until the next resize compacts them. The table is at
//! most 2/3 full; it grows to the next power of two above `3 * used`.
//!
//! A *split* table (CPython's split dict, made by `obj.__dict__` from an
//! instance's values) points at its class's shared keys (kind
//! [`KIND_SPLIT`], refcounted) and keeps its values in the instance's
//! former values array, with the insertion order in the array's prefix.
//! Entry numbers are then the shared keys' indices; iteration follows the
//! insertion order ([`DictTable::positions`], [`DictTable::entry_at`]).
//! `ma_used` is the order's count, so the word that holds `used` in a
//! combined table holds the values pointer, with the array's size in its
//! top byte (a heap pointer fits in 56 bits): the table stays three words
//! and the dict object CPython's 64 bytes. An insertion that needs a new
//! name when the shared keys are full, a key that is no exact str, and
//! `popitem` make the table combined first (`insertion_resize`), as in
//! CPython 3.11.
//!
//! The table itself never runs Python code: it compares keys with
//! [`simple_eq`], which decides equality of built-in keys, and reports
//! [`NeedsEq`] when a key defines `__eq__`; the VM then compares candidates
//! itself (see [`super::ops`]), with the table unborrowed.

use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::keys::{
    self, calculate_log2_keysize, empty_keys, estimate_log2_keysize, free_keys_block, GeneralEntry,
    IndexWidth, Keys, KeysHeader, UnicodeEntry, DUMMY, EMPTY, KIND_GENERAL, KIND_SPLIT,
    KIND_UNICODE, LOG_MINSIZE,
};
use crate::objects::dict::shared;

mod split;
use crate::objects::registry::types;
use crate::objects::str::{hash_str_text, str_hash};
use crate::objects::{bytes, int, tuple, typeobject, Layout};
use crate::protocol::compare;
use arenapy_alloc::AllocError;
use std::ptr::NonNull;

/// A live entry, borrowed from its table.
pub struct Entry<'a> {
    pub hash: i64,
    pub key: &'a ObjRef,
    pub value: &'a ObjRef,
}

/// An entry taken out of its table.
pub struct OwnedEntry {
    pub hash: i64,
    pub key: ObjRef,
    pub value: ObjRef,
}

/// CPython's `PyDictObject` fields beyond the header: the keys block (see
/// [`keys`]), `ma_used` and `ma_version_tag`. 24 bytes, so a dict object
/// with its borrow flag and GC head is CPython's 64.
pub struct DictTable {
    keys: NonNull<KeysHeader>,
    /// `ma_used`; in a split table the values pointer and size (see the
    /// module header).
    used: usize,
    /// A fresh stamp on every insertion or deletion, so iterators and the
    /// VM's slow-path lookups notice changes made by Python code. Stamps are
    /// unique across all tables of the thread (0 = never inserted into, so
    /// empty), so equal versions mean the same entries at the same indices:
    /// the inline caches of LoadGlobal rely on this. The low bit is
    /// [`WATCHED`], kept across stamps.
    pub version: u64,
}

/// The low bit of a table's version: the table is a class's namespace,
/// and every change of it — a value replaced in place too — also moves
/// the thread's [`type_stamp`] (CPython's
/// `PyType_Modified` through a dict watcher, as 3.12 does). Stamps proper
/// are even, so the bit never collides with them.
const WATCHED: u64 = 1;

/// Where a split table keeps its values array's size in the `used` word.
const SPLIT_SIZE_SHIFT: u32 = 56;

/// A key comparison the table cannot decide without running `__eq__`.
#[derive(Debug)]
pub struct NeedsEq;

/// Is `key` an exact `str` (`PyUnicode_CheckExact`), which a unicode keys
/// object may hold?
#[inline(always)]
pub fn is_exact_str(key: &Obj) -> bool {
    key.ty().is(&types().str)
}

impl DictTable {
    /// An empty table on the shared empty keys object: no block at all.
    pub fn new() -> DictTable {
        DictTable {
            keys: empty_keys(),
            used: 0,
            version: 0,
        }
    }

    /// `dict_new_presized`: room for `n` entries without resizing (an empty
    /// table for at most 5).
    pub fn presized(n: usize, unicode: bool) -> Result<DictTable, AllocError> {
        if n <= keys::usable_fraction(1 << LOG_MINSIZE) {
            return Ok(DictTable::new());
        }
        let log2 = if n > keys::usable_fraction(1 << 17) {
            17
        } else {
            estimate_log2_keysize(n)
        };
        let kind = if unicode { KIND_UNICODE } else { KIND_GENERAL };
        Ok(DictTable {
            keys: keys::new_keys(log2, kind)?,
            used: 0,
            version: 0,
        })
    }

    /// An empty table for a class's namespace (see [`WATCHED`]).
    pub fn new_watched() -> DictTable {
        let mut t = DictTable::new();
        t.version = WATCHED;
        t
    }

    /// Makes this table a class's namespace (see [`WATCHED`]): a new class
    /// at a freed one's address moves the type stamp too.
    pub fn watch(&mut self) {
        self.version |= WATCHED;
        bump_type_stamp();
    }

    /// A new stamp after a change of the entries.
    #[inline(always)]
    fn new_version(&mut self) {
        let watched = self.version & WATCHED;
        self.version = next_version() | watched;
        if watched != 0 {
            bump_type_stamp();
        }
    }

    #[inline(always)]
    fn k(&self) -> Keys {
        Keys(self.keys)
    }

    /// Is this a split table (CPython's `_PyDict_HasSplitTable`)?
    #[inline(always)]
    pub fn is_split(&self) -> bool {
        self.k().hdr().kind == KIND_SPLIT
    }

    /// A split table's values array.
    #[inline(always)]
    fn split_values(&self) -> *mut Option<ObjRef> {
        (self.used & ((1usize << SPLIT_SIZE_SHIFT) - 1)) as *mut Option<ObjRef>
    }

    /// A split table's values array size.
    #[inline(always)]
    fn split_size(&self) -> usize {
        self.used >> SPLIT_SIZE_SHIFT
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        if self.is_split() {
            shared::order_len(self.split_values())
        } else {
            self.used
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The key and value slots of entry `ix` (the value in the values
    /// array for a split table), and the stored hash of a general one.
    ///
    /// # Safety
    /// `ix` is below the entry count (and so below a split table's values
    /// size); the caller does not create overlapping mutable references.
    #[inline(always)]
    unsafe fn slot(&self, ix: usize) -> (*mut Option<ObjRef>, *mut Option<ObjRef>, Option<i64>) {
        let k = self.k();
        let kind = k.hdr().kind;
        let e = k.entries_ptr();
        if kind == KIND_GENERAL {
            let p = (e as *mut GeneralEntry).wrapping_add(ix);
            // SAFETY: within the entry array (caller's contract).
            return unsafe {
                (
                    std::ptr::addr_of_mut!((*p).key),
                    std::ptr::addr_of_mut!((*p).value),
                    Some((*p).hash),
                )
            };
        }
        let p = (e as *mut UnicodeEntry).wrapping_add(ix);
        // SAFETY: within the entry array (caller's contract).
        let kp = unsafe { std::ptr::addr_of_mut!((*p).key) };
        let vp = if kind == KIND_SPLIT {
            debug_assert!(ix < self.split_size());
            self.split_values().wrapping_add(ix)
        } else {
            // SAFETY: as above.
            unsafe { std::ptr::addr_of_mut!((*p).value) }
        };
        (kp, vp, None)
    }

    /// Bytes of the keys block (`_PyDict_KeysSize`), 0 for the shared
    /// empty keys object (CPython counts that one, it is 0 + ... no: an
    /// empty dict's getsizeof is its object only).
    pub fn keys_bytes(&self) -> usize {
        if self.is_split() {
            // `_PyDict_SizeOf` of a split dict: its values (as many as
            // the shared keys would give a new instance now), and the
            // keys only once no class owns them.
            let h = self.k();
            let n = (h.hdr().nentries + h.hdr().usable) as usize;
            let keys = if h.hdr().refcnt == 1 {
                keys::keys_size(h.hdr().log2_size, h.hdr().kind)
            } else {
                0
            };
            return 8 * n + keys;
        }
        if self.keys == empty_keys() {
            0
        } else {
            let h = self.k();
            keys::keys_size(h.hdr().log2_size, h.hdr().kind)
        }
    }

    /// The live entry `ix`, if any.
    #[inline(always)]
    pub fn entry(&self, ix: usize) -> Option<Entry<'_>> {
        let k = self.k();
        if ix >= k.hdr().nentries as usize {
            return None;
        }
        // SAFETY: ix is below nentries, within the entry array; the table
        // is borrowed shared for the returned lifetime, so nothing writes
        // the entry meanwhile.
        unsafe {
            let (kp, vp, h) = self.slot(ix);
            let value = (*vp).as_ref()?;
            let key = (*kp).as_ref()?;
            Some(Entry {
                hash: h.unwrap_or_else(|| str_hash(key)),
                key,
                value,
            })
        }
    }

    /// Entry number of `key` (hash `hash`), deciding equality with
    /// [`simple_eq`].
    pub fn find(&self, hash: i64, key: &Obj) -> Result<Option<usize>, NeedsEq> {
        let k = self.k();
        // One probe loop per index width, so the width test is made once.
        let r = match k.hdr().log2_size {
            0..=7 => self.find_w::<i8>(hash, key),
            8..=15 => self.find_w::<i16>(hash, key),
            16..=31 => self.find_w::<i32>(hash, key),
            _ => self.find_w::<i64>(hash, key),
        };
        // A split table shares its names: one this dict has not set is
        // absent here.
        match r {
            Ok(Some(ix)) if k.hdr().kind == KIND_SPLIT && self.value(ix).is_none() => Ok(None),
            r => r,
        }
    }

    #[inline(always)]
    fn find_w<I: IndexWidth>(&self, hash: i64, key: &Obj) -> Result<Option<usize>, NeedsEq> {
        let k = self.k();
        let general = k.is_general();
        let idx = k.indices() as *const I;
        let ents = k.entries_ptr();
        let mask = k.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            // SAFETY: i is masked to the table size: within the index array.
            let ix = unsafe { *idx.add(i) }.get();
            if ix == EMPTY {
                return Ok(None);
            }
            if ix >= 0 {
                let ix = ix as usize;
                // SAFETY: index slots hold entry numbers below nentries, so
                // the entry is initialised; shared borrow of the table.
                let (ek, eh) = unsafe {
                    if general {
                        let e = &*(ents as *const GeneralEntry).add(ix);
                        (e.key.as_ref(), e.hash)
                    } else {
                        let e = &*(ents as *const UnicodeEntry).add(ix);
                        (e.key.as_ref(), 0)
                    }
                };
                if let Some(ek) = ek {
                    if ek.is(key) {
                        return Ok(Some(ix));
                    }
                    let eh = if general { eh } else { str_hash(ek) };
                    if eh == hash {
                        // Most keys are str: compare their text directly.
                        if let (Some(a), Some(b)) = (
                            crate::objects::str::try_str(ek),
                            crate::objects::str::try_str(key),
                        ) {
                            if a == b {
                                return Ok(Some(ix));
                            }
                        } else {
                            match simple_eq(ek, key) {
                                Some(true) => return Ok(Some(ix)),
                                Some(false) => {}
                                None => return Err(NeedsEq),
                            }
                        }
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// The value of live entry `ix` (no hash computed: lookups' result).
    #[inline(always)]
    pub fn value(&self, ix: usize) -> Option<&ObjRef> {
        let k = self.k();
        if ix >= k.hdr().nentries as usize {
            return None;
        }
        // SAFETY: ix below nentries; shared borrow of the table.
        unsafe { (*self.slot(ix).1).as_ref() }
    }

    /// Where live entry `ix`'s value is: it stays there until the table's
    /// next new version (an insertion, deletion or resize), which is what
    /// LoadGlobal's cache relies on. Null for an `ix` past the entries.
    pub fn value_slot(&self, ix: usize) -> *const Option<ObjRef> {
        if ix >= self.k().hdr().nentries as usize {
            return std::ptr::null();
        }
        // SAFETY: ix below nentries; only an address is computed.
        unsafe { self.slot(ix).1 }
    }

    /// Entry numbers whose hash equals `hash`, in probe order (the VM's slow
    /// path compares each with `__eq__`).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        let k = self.k();
        for i in Probe::new(hash, k.mask()) {
            let ix = k.get_index(i);
            if ix == EMPTY {
                return out;
            }
            if ix >= 0 && self.entry(ix as usize).is_some_and(|e| e.hash == hash) {
                out.push(ix as usize);
            }
        }
        out
    }

    /// Number of entry slots (live or deleted): entry numbers run over
    /// `0..entry_slots()`.
    pub fn entry_slots(&self) -> usize {
        self.k().hdr().nentries as usize
    }

    /// Iteration positions run over `0..positions()` (see [`entry_at`]).
    ///
    /// [`entry_at`]: DictTable::entry_at
    #[inline(always)]
    pub fn positions(&self) -> usize {
        if self.is_split() {
            shared::order_len(self.split_values())
        } else {
            self.entry_slots()
        }
    }

    /// The live entry at iteration position `pos`: entry `pos` of a
    /// combined table, the `pos`th value set in a split one.
    #[inline(always)]
    pub fn entry_at(&self, pos: usize) -> Option<Entry<'_>> {
        if self.is_split() {
            return self.split_entry_at(pos);
        }
        self.entry(pos)
    }

    /// Replaces the value of entry `ix`, returning the old one.
    pub fn replace_value(&mut self, ix: usize, value: ObjRef) -> ObjRef {
        assert!(ix < self.entry_slots(), "live entry");
        // SAFETY: ix below nentries; `&mut self` excludes other borrows.
        let vp = unsafe { self.slot(ix).1 };
        // SAFETY: as above.
        let old = unsafe { (*vp).replace(value) };
        // The entries keep their indices (no new version), but the
        // attribute caches hold the values of class namespaces borrowed
        // (see `AttrEntry::value`): they must look again.
        if self.version & WATCHED != 0 {
            bump_type_stamp();
        }
        old.expect("live entry")
    }

    /// Inserts a key known to be absent (CPython's `insertdict` for a new
    /// key, with `insert_to_emptydict`'s first table).
    pub fn insert_new(&mut self, hash: i64, key: ObjRef, value: ObjRef) -> Result<(), AllocError> {
        let unicode = is_exact_str(&key);
        if self.is_split() {
            match self.split_insert(key, value)? {
                None => return Ok(()),
                Some((k, v)) => return self.insert_new(hash, k, v),
            }
        }
        if self.keys == empty_keys() {
            let kind = if unicode { KIND_UNICODE } else { KIND_GENERAL };
            self.keys = keys::new_keys(LOG_MINSIZE, kind)?;
        } else if !unicode && !self.k().is_general() {
            self.resize(calculate_log2_keysize(self.used * 3), false)?;
        }
        if self.k().hdr().usable <= 0 {
            self.resize(calculate_log2_keysize(self.used * 3), true)?;
        }
        let k = self.k();
        let ix = k.hdr().nentries as usize;
        let slot = self.free_slot(hash);
        k.set_index(slot, ix as isize);
        // SAFETY: usable > 0, so ix is below the entry capacity; the entry
        // past nentries is zeroed (no references to drop).
        unsafe {
            let (kp, vp, _) = k.slot(ix);
            kp.write(Some(key));
            vp.write(Some(value));
            if k.is_general() {
                k.set_hash(ix, hash);
            }
        }
        let h = k.hdr_mut();
        h.usable -= 1;
        h.nentries += 1;
        self.used += 1;
        self.new_version();
        Ok(())
    }

    /// Removes entry `ix` and returns it (`delitem_common`: the index slot
    /// becomes DUMMY and the entry a hole until the next resize).
    pub fn remove_at(&mut self, ix: usize) -> OwnedEntry {
        let k = self.k();
        assert!(ix < k.hdr().nentries as usize, "live entry");
        if self.is_split() {
            return self.split_remove(ix);
        }
        // SAFETY: ix below nentries; `&mut self` excludes other borrows.
        let (key, value, h) = unsafe {
            let (kp, vp, h) = k.slot(ix);
            ((*kp).take().expect("live"), (*vp).take().expect("live"), h)
        };
        let hash = h.unwrap_or_else(|| str_hash(&key));
        let slot = Probe::new(hash, k.mask())
            .find(|&i| k.get_index(i) == ix as isize)
            .expect("a live entry has an index slot");
        k.set_index(slot, DUMMY);
        self.used -= 1;
        self.new_version();
        OwnedEntry { hash, key, value }
    }

    /// Removes and returns the last inserted entry (`dict.popitem`).
    pub fn pop_last(&mut self) -> Result<Option<OwnedEntry>, AllocError> {
        if self.is_split() {
            // CPython 3.11's popitem makes a split table combined first.
            self.resize(self.k().hdr().log2_size, true)?;
        }
        Ok(self.pop_last_combined())
    }

    fn pop_last_combined(&mut self) -> Option<OwnedEntry> {
        let ix = (0..self.entry_slots())
            .rev()
            .find(|&i| self.value(i).is_some())?;
        let e = self.remove_at(ix);
        // CPython 3.11's popitem gives the entry number back (later
        // insertions reuse it: no index slot refers to it any more) but
        // not its usable count ("we can't dk_usable++ since there is
        // DKIX_DUMMY in indices"), so a dict after popitem resizes when
        // CPython's does.
        let k = self.k();
        let h = k.hdr_mut();
        h.nentries = ix as isize;
        Some(e)
    }

    /// Removes everything; returns the old entries so the caller can drop
    /// them after releasing any borrow (dropping may run `__del__`).
    pub fn take_all(&mut self) -> DictTable {
        let watched = self.version & WATCHED;
        let mut old = std::mem::take(self);
        old.version = next_version();
        self.version = watched;
        self.new_version();
        old
    }

    fn free_slot(&self, hash: i64) -> usize {
        let k = self.k();
        Probe::new(hash, k.mask())
            .find(|&i| k.get_index(i) < 0)
            .expect("the table always has free slots")
    }

    /// `dictresize`: a new keys block of `1 << log2_newsize` slots holding
    /// the live entries compacted in order; unicode stays unicode only if
    /// asked and the old keys were.
    fn resize(&mut self, log2_newsize: u8, unicode: bool) -> Result<(), AllocError> {
        if self.is_split() {
            return self.combine(log2_newsize, unicode);
        }
        let old = self.k();
        let unicode = unicode && !old.is_general();
        let kind = if unicode { KIND_UNICODE } else { KIND_GENERAL };
        let new = Keys(keys::new_keys(log2_newsize, kind)?);
        let n_old = old.hdr().nentries as usize;
        let same_kind = old.is_general() == new.is_general();
        let mut j = 0usize;
        if same_kind && n_old == self.used {
            // No holes: the entries move as they are (CPython's memcpy).
            let bytes = n_old * keys::entry_size(kind);
            // SAFETY: both arrays hold at least n_old entries of this kind;
            // the references move, the old block is freed without drop.
            unsafe { std::ptr::copy_nonoverlapping(old.entries_ptr(), new.entries_ptr(), bytes) };
            j = n_old;
        } else {
            for ix in 0..n_old {
                // SAFETY: ix below the old nentries, j below the new
                // capacity (it holds `used` entries); each reference is
                // moved exactly once, old slots are freed without drop.
                unsafe {
                    let (okp, ovp, oh) = old.slot(ix);
                    if (*ovp).is_none() {
                        continue;
                    }
                    let key = okp.read().expect("live");
                    let value = ovp.read();
                    let (nkp, nvp, _) = new.slot(j);
                    if new.is_general() {
                        new.set_hash(j, oh.unwrap_or_else(|| str_hash(&key)));
                    }
                    nkp.write(Some(key));
                    nvp.write(value);
                }
                j += 1;
            }
        }
        fill_indices(&new, j, log2_newsize);
        // SAFETY: every live reference was moved out; the holes hold None.
        unsafe { free_keys_block(self.keys) };
        self.keys = new.0;
        // Entries moved to new indices (holes were compacted).
        self.new_version();
        Ok(())
    }

    /// `dictresize(mp, estimate_log2_keysize(n), unicode)`: `fromkeys`
    /// sizes its new dict for the source dict or set this way.
    pub fn resize_for(&mut self, n: usize, unicode: bool) -> Result<(), AllocError> {
        self.resize(estimate_log2_keysize(n), unicode)
    }

    /// A resize to `1 << log2` slots (an instance's dict made from its
    /// values is sized so).
    pub fn resize_log2(&mut self, log2: u8, unicode: bool) -> Result<(), AllocError> {
        self.resize(log2, unicode)
    }

    /// Is the keys object a "unicode" one (every key an exact str)?
    pub fn is_unicode(&self) -> bool {
        !self.k().is_general()
    }

    /// Makes room for `extra` more entries at once (`dict_merge`'s one big
    /// resize before copying another dict in).
    pub fn reserve_for(&mut self, extra: usize, unicode: bool) -> Result<(), AllocError> {
        let k = self.k();
        // CPython's empty keys object has one slot and no usable entry,
        // so merging anything into an empty dict sizes it up front.
        let room = if self.keys == empty_keys() {
            0
        } else {
            keys::usable_fraction(k.size())
        };
        if room < extra {
            let unicode = unicode && (self.keys == empty_keys() || !k.is_general());
            if self.keys == empty_keys() {
                let kind = if unicode { KIND_UNICODE } else { KIND_GENERAL };
                self.keys = keys::new_keys(estimate_log2_keysize(self.len() + extra), kind)?;
            } else {
                self.resize(estimate_log2_keysize(self.len() + extra), unicode)?;
            }
        }
        Ok(())
    }

    /// `clone_combined_dict_keys`: a copy with the same keys block geometry
    /// (dict.copy() and dict(d) of a clean dict), if CPython would clone:
    /// no holes, and the table is the minimum size or more than half used.
    pub fn try_clone_compact(&self) -> Result<Option<DictTable>, AllocError> {
        let k = self.k();
        let n = k.hdr().nentries as usize;
        if self.is_split()
            || self.used == 0
            || self.used != n
            || !(k.hdr().log2_size == LOG_MINSIZE
                || keys::usable_fraction(k.size() / 2) < self.used)
        {
            return Ok(None);
        }
        self.clone_keys().map(Some)
    }

    /// `PyDict_Copy`'s own rule: a split table is copied split; a
    /// combined one is cloned block for block (holes included) while at
    /// least 2/3 of its entries are live; otherwise None (the caller
    /// merges into a new dict).
    pub fn copy_table(&self) -> Result<Option<DictTable>, AllocError> {
        if self.is_split() {
            return self.clone_split().map(Some);
        }
        let n = self.entry_slots();
        if self.used == 0 || self.used < n * 2 / 3 {
            return Ok(None);
        }
        self.clone_keys().map(Some)
    }

    /// `clone_combined_dict_keys`: the keys block copied as it is.
    fn clone_keys(&self) -> Result<DictTable, AllocError> {
        let k = self.k();
        let n = k.hdr().nentries as usize;
        let new = Keys(keys::new_keys(k.hdr().log2_size, k.hdr().kind)?);
        for i in 0..k.size() {
            new.set_index(i, k.get_index(i));
        }
        for ix in 0..n {
            // SAFETY: ix below nentries of both (same geometry); the new
            // slots are zeroed, written once with new references.
            unsafe {
                let (okp, ovp, oh) = k.slot(ix);
                let (nkp, nvp, _) = new.slot(ix);
                nkp.write((*okp).clone());
                nvp.write((*ovp).clone());
                if let Some(h) = oh {
                    new.set_hash(ix, h);
                }
            }
        }
        let h = new.hdr_mut();
        h.nentries = n as isize;
        h.usable = k.hdr().usable;
        Ok(DictTable {
            keys: new.0,
            used: self.used,
            version: next_version(),
        })
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = Entry<'_>> {
        (0..self.positions()).filter_map(move |i| self.entry_at(i))
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        // A split table's names belong to the shared keys, not to it
        // (CPython's dict_traverse visits only the values).
        let split = self.is_split();
        for e in self.iter() {
            if !split {
                visit(e.key);
            }
            visit(e.value);
        }
    }

    // --- str-keyed fast paths (namespaces, attributes, kwargs) ----------

    /// Entry index of a str key; a key that would need `__eq__` counts as
    /// absent.
    #[inline]
    pub fn find_str(&self, key: &Obj) -> Option<usize> {
        self.find(str_hash(key), key).ok().flatten()
    }

    pub fn get_str(&self, key: &Obj) -> Option<ObjRef> {
        let h = str_hash(key);
        match self.find(h, key) {
            Ok(Some(ix)) => self.value(ix).cloned(),
            _ => None,
        }
    }

    pub fn get_rust_str(&self, key: &str) -> Option<ObjRef> {
        let h = hash_str_text(key);
        let k = self.k();
        // The probe of `candidates`, without collecting them (this runs on
        // every special-method lookup).
        for i in Probe::new(h, k.mask()) {
            let ix = k.get_index(i);
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 {
                if let Some(e) = self.entry(ix as usize) {
                    if e.hash == h && crate::objects::str::try_str(e.key) == Some(key) {
                        return Some(e.value.clone());
                    }
                }
            }
        }
        None
    }

    /// Sets a str key, returning the previous value.
    pub fn set_str(&mut self, key: ObjRef, value: ObjRef) -> Result<Option<ObjRef>, AllocError> {
        let h = str_hash(&key);
        match self.find(h, &key) {
            Ok(Some(ix)) => Ok(Some(self.replace_value(ix, value))),
            _ => self.insert_new(h, key, value).map(|_| None),
        }
    }

    /// Removes a str key, returning its value.
    pub fn del_str(&mut self, key: &Obj) -> Option<ObjRef> {
        let h = str_hash(key);
        match self.find(h, key) {
            Ok(Some(ix)) => Some(self.remove_at(ix).value),
            _ => None,
        }
    }
}

/// A fresh keys block of `1 << log2_size` slots whose first `n` entries
/// were just written: counts them and builds their index slots at the
/// block's index width.
pub(crate) fn fill_indices(k: &Keys, n: usize, log2_size: u8) {
    let h = k.hdr_mut();
    h.usable -= n as isize;
    h.nentries = n as isize;
    match log2_size {
        0..=7 => build_indices::<i8>(k, n),
        8..=15 => build_indices::<i16>(k, n),
        16..=31 => build_indices::<i32>(k, n),
        _ => build_indices::<i64>(k, n),
    }
}

/// `build_indices_generic`/`build_indices_unicode`: the index slots of
/// entries `0..n` of a fresh keys block.
fn build_indices<I: IndexWidth>(k: &Keys, n: usize) {
    let idx = k.indices() as *mut I;
    let mask = k.mask();
    let general = k.is_general();
    let ents = k.entries_ptr();
    for ix in 0..n {
        // SAFETY: ix below nentries: initialised entries with live keys.
        let hash = unsafe {
            if general {
                (*(ents as *const GeneralEntry).add(ix)).hash
            } else {
                str_hash(
                    (*(ents as *const UnicodeEntry).add(ix))
                        .key
                        .as_ref()
                        .expect("live"),
                )
            }
        };
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        // SAFETY: i is masked to the table size.
        while unsafe { *idx.add(i) }.get() != EMPTY {
            i = next_probe(i, &mut perturb, mask);
        }
        // SAFETY: as above.
        unsafe { *idx.add(i) = I::from(ix as isize) };
    }
}

impl Drop for DictTable {
    fn drop(&mut self) {
        if self.keys == empty_keys() {
            return;
        }
        if self.is_split() {
            self.drop_split();
            return;
        }
        let k = self.k();
        // Nothing can reach this table any more (it is being dropped), so
        // a dealloc run by dropping an entry cannot see it half-emptied.
        let n = k.hdr().nentries as usize;
        for ix in 0..n {
            // SAFETY: ix below nentries; the table is being dropped, so no
            // other borrow exists; each slot is taken once.
            let (key, value) = unsafe {
                let (kp, vp, _) = k.slot(ix);
                ((*kp).take(), (*vp).take())
            };
            drop(key);
            drop(value);
        }
        // SAFETY: every reference was taken out.
        unsafe { free_keys_block(self.keys) };
        self.keys = empty_keys();
    }
}

thread_local! {
    static DICT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    static TYPE_STAMP: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// Gives `t` a new version stamp though its entries did not change: its
/// class's MRO did (`C.__bases__ = ...`), and the attribute and
/// constructor caches keyed on the versions along the MRO must miss.
pub fn bump_version(t: &mut DictTable) {
    t.new_version();
}

/// The type stamp: it moves whenever a class's namespace changes (see
/// [`WATCHED`]). While it stays put, every version along every MRO is the
/// one last seen — CPython's type version tag, for all types at once — so
/// the attribute and constructor caches revalidate only after it moves,
/// not after every change of any dict.
#[inline(always)]
pub fn type_stamp() -> u64 {
    TYPE_STAMP.with(|v| v.get())
}

fn bump_type_stamp() {
    TYPE_STAMP.with(|v| v.set(v.get() + 1));
}

/// A dict version stamp never handed out before on this thread (even:
/// the low bit is [`WATCHED`]).
#[inline(always)]
fn next_version() -> u64 {
    DICT_VERSION.with(|v| {
        let n = v.get() + 2;
        v.set(n);
        n
    })
}

/// CPython's open-addressing probe sequence (dictobject.c): start at
/// `hash & mask`, then `i = (5*i + perturb + 1) & mask` with `perturb >>= 5`,
/// which visits every slot eventually. Endless: callers stop at a hit or an
/// empty slot.
struct Probe {
    i: usize,
    perturb: u64,
    mask: usize,
    started: bool,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        Probe {
            i: (hash as u64 as usize) & mask,
            perturb: hash as u64,
            mask,
            started: false,
        }
    }
}

impl Iterator for Probe {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        if self.started {
            self.i = next_probe(self.i, &mut self.perturb, self.mask);
        }
        self.started = true;
        Some(self.i)
    }
}

impl Default for DictTable {
    fn default() -> Self {
        DictTable::new()
    }
}

/// Equality of two keys when it can be decided without running Python code:
/// identity, numbers, str, None/bool, and tuples of those. `None` means a
/// user-defined `__eq__` must decide.
pub fn simple_eq(a: &Obj, b: &Obj) -> Option<bool> {
    use crate::objects::float::float_value;
    use crate::objects::int::int_body;
    use crate::objects::int::to_bigint;
    if a.is(b) {
        return Some(true);
    }
    let ta = a.type_body();
    let tb = b.type_body();
    if ta.has_flag(typeobject::flags::CUSTOM_EQ) || tb.has_flag(typeobject::flags::CUSTOM_EQ) {
        return None;
    }
    match (a.layout(), b.layout()) {
        (Layout::Str, Layout::Str) => {
            Some(crate::objects::str::as_str(a) == crate::objects::str::as_str(b))
        }
        (Layout::Int, Layout::Int) => {
            let (x, y) = (int_body(a)?, int_body(b)?);
            if x.is_small() && y.is_small() {
                Some(int::int_small(a) == int::int_small(b))
            } else {
                Some(to_bigint(a) == to_bigint(b))
            }
        }
        (Layout::Float, Layout::Float) => Some(float_value(a) == float_value(b)),
        (Layout::Int, Layout::Float) => Some(compare::int_float_eq(a, float_value(b)?)),
        (Layout::Float, Layout::Int) => Some(compare::int_float_eq(b, float_value(a)?)),
        (Layout::Bytes, Layout::Bytes) => Some(bytes::try_bytes(a) == bytes::try_bytes(b)),
        // Set equality may run __eq__ of the elements: the VM decides.
        (Layout::Set, Layout::Set) => None,
        // complex equals int and float: the VM's comparison decides.
        (Layout::Complex, _) | (_, Layout::Complex) => None,
        // Bound methods compare their function and object.
        (Layout::Method, Layout::Method)
        | (Layout::BuiltinFunction, Layout::BuiltinFunction)
        | (Layout::Range, Layout::Range)
        | (Layout::DictView, _)
        | (_, Layout::DictView) => None,
        // Weak references compare their referents.
        (Layout::WeakRef, Layout::WeakRef) => None,
        (Layout::Tuple, Layout::Tuple) => {
            let (x, y) = (tuple::tuple_items(a), tuple::tuple_items(b));
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y) {
                if !simple_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        _ => Some(false),
    }
}

/// The next slot of CPython's open-addressing probe (`lookdict`'s
/// `perturb >>= PERTURB_SHIFT; i = (i*5 + perturb + 1) & mask`).
#[inline(always)]
pub(crate) fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5)
        .wrapping_add(*perturb as usize)
        .wrapping_add(1))
        & mask
}
