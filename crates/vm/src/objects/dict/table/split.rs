//! Split tables (CPython's split dict: an instance's `__dict__` sharing
//! its class's keys, see the header of `objects::dict::table`): making
//! one, its insertion, deletion and iteration step (kept out of line, so
//! the combined tables' paths stay as they were), copying it, making it
//! combined, and dropping it.

use super::{next_version, DictTable, Entry, OwnedEntry, SPLIT_SIZE_SHIFT};
use crate::memory::object::ObjRef;
use crate::objects::dict::keys::{
    self, calculate_log2_keysize, empty_keys, Keys, KeysHeader, KIND_GENERAL, KIND_SPLIT,
    KIND_UNICODE,
};
use crate::objects::dict::shared;
use crate::objects::dict::table::{fill_indices, is_exact_str};
use crate::objects::str::str_hash;
use arenapy_alloc::AllocError;
use std::ptr::NonNull;

impl DictTable {
    /// A split table over `keys` (a reference the caller gives up) and
    /// an instance's values array of `size` values (taken over).
    pub fn new_split(
        keys: NonNull<KeysHeader>,
        values: *mut Option<ObjRef>,
        size: usize,
    ) -> DictTable {
        debug_assert!(Keys(keys).hdr().kind == KIND_SPLIT && size < 256);
        debug_assert!((values as usize) >> SPLIT_SIZE_SHIFT == 0);
        DictTable {
            keys,
            used: values as usize | (size << SPLIT_SIZE_SHIFT),
            version: next_version(),
        }
    }

    #[cold]
    #[inline(never)]
    pub(super) fn split_entry_at(&self, pos: usize) -> Option<Entry<'_>> {
        self.entry(shared::order_at(self.split_values(), pos)?)
    }

    /// `insertdict` of a new key into a split table: a name of the shared
    /// keys this dict has not set, or a new one while the shared keys
    /// have room (added to the class's keys). Otherwise the table is made
    /// combined (`insertion_resize`) and the key and value come back for
    /// the ordinary insertion.
    #[cold]
    #[inline(never)]
    pub(super) fn split_insert(
        &mut self,
        key: ObjRef,
        value: ObjRef,
    ) -> Result<Option<(ObjRef, ObjRef)>, AllocError> {
        let v = self.split_values();
        let size = self.split_size();
        if let Some(ix) = shared::insert_key(self.k(), &key).filter(|&ix| ix < size) {
            // SAFETY: ix below the values size; the slot is unset (the
            // caller found no entry for this key).
            let old = unsafe { (*v.add(ix)).replace(value) };
            debug_assert!(old.is_none());
            shared::add_to_order(v, ix);
            self.new_version();
            return Ok(None);
        }
        let unicode = is_exact_str(&key);
        self.resize(calculate_log2_keysize(self.len() * 3), unicode)?;
        Ok(Some((key, value)))
    }

    /// `delitem_common` on a split table: the value goes, the shared name
    /// stays.
    #[cold]
    #[inline(never)]
    pub(super) fn split_remove(&mut self, ix: usize) -> OwnedEntry {
        // SAFETY: ix below nentries (checked by the caller), so below the
        // values size; `&mut self` excludes other borrows.
        let (key, value) = unsafe {
            let (kp, vp, _) = self.slot(ix);
            ((*kp).clone().expect("live"), (*vp).take().expect("live"))
        };
        shared::remove_from_order(self.split_values(), ix);
        self.new_version();
        OwnedEntry {
            hash: str_hash(&key),
            key,
            value,
        }
    }

    /// `dictresize` of a split table: a combined keys block holding the
    /// set values in their insertion order; the values array is freed and
    /// the shared keys released.
    #[cold]
    #[inline(never)]
    pub(super) fn combine(&mut self, log2_newsize: u8, unicode: bool) -> Result<(), AllocError> {
        let kind = if unicode { KIND_UNICODE } else { KIND_GENERAL };
        let new = Keys(keys::new_keys(log2_newsize, kind)?);
        let v = self.split_values();
        let size = self.split_size();
        let order = shared::order(v);
        for (j, &ix) in order.iter().enumerate() {
            // SAFETY: order entries are set indices below the values size
            // and nentries; j below the new capacity (it holds `used`
            // entries); each value moves once, each key is a new reference.
            unsafe {
                let (kp, vp, _) = self.slot(ix);
                let key = (*kp).clone().expect("live");
                let (nkp, nvp, _) = new.slot(j);
                if new.is_general() {
                    new.set_hash(j, str_hash(&key));
                }
                nkp.write(Some(key));
                nvp.write((*vp).take());
            }
        }
        let j = order.len();
        fill_indices(&new, j, log2_newsize);
        // SAFETY: every value moved out; the table gives up its reference
        // to the shared keys.
        unsafe {
            shared::free_values_block(v, size);
            shared::decref_keys(self.keys);
        }
        self.keys = new.0;
        self.used = j;
        self.new_version();
        Ok(())
    }

    /// `PyDict_Copy` of a split table: another split table on the same
    /// keys, with a values array of the shared keys' usable size now, the
    /// insertion order and the values copied.
    pub(super) fn clone_split(&self) -> Result<DictTable, AllocError> {
        let k = self.k();
        let n = k.hdr().nentries as usize;
        let size = (n + k.hdr().usable.max(0) as usize).max(1);
        let old = self.split_values();
        let new = shared::alloc_values(size)?;
        for ix in 0..n.min(self.split_size()) {
            // SAFETY: ix below nentries, below both arrays' sizes; the new
            // slots are zeroed, written once with new references.
            unsafe { new.add(ix).write((*old.add(ix)).clone()) };
        }
        for pos in 0..shared::order_len(old) {
            if let Some(ix) = shared::order_at(old, pos) {
                shared::add_to_order(new, ix);
            }
        }
        k.hdr_mut().refcnt += 1;
        Ok(DictTable::new_split(k.0, new, size))
    }

    /// Drops a split table: its values, the values array and its
    /// reference to the shared keys.
    pub(super) fn drop_split(&mut self) {
        let v = self.split_values();
        let size = self.split_size();
        for ix in 0..size {
            // SAFETY: ix below the values size; the table is being
            // dropped, so nothing else reads the array.
            drop(unsafe { (*v.add(ix)).take() });
        }
        // SAFETY: the values are all taken out; the table's reference to
        // the shared keys goes with it.
        unsafe {
            shared::free_values_block(v, size);
            shared::decref_keys(self.keys);
        }
        self.keys = empty_keys();
        self.used = 0;
    }
}
