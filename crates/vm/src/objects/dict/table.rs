//! CPython's compact, insertion-ordered hash table, behind every dict.
//!
//! A [`DictTable`] is an index array (powers of two, at least 8 slots, each
//! `EMPTY`, `DUMMY` or an entry number) plus a dense entry array in insertion
//! order; both live on the heap. Probing is CPython's: `i = (5*i + perturb +
//! 1) & mask` with `perturb >>= 5`. Deleted entries leave a hole (`None`)
//! and a `DUMMY` index until the next resize compacts them. The table is at
//! most 2/3 full; it grows to the next power of two above `3 * used`.
//!
//! The table itself never runs Python code: it compares keys with
//! [`simple_eq`], which decides equality of built-in keys, and reports
//! [`NeedsEq`] when a key defines `__eq__`; the VM then compares candidates
//! itself (see [`super::ops`]), with the table unborrowed.

use crate::memory::heap::{hvec, hvec_with_capacity, HVec};
use crate::memory::object::{Obj, ObjRef};
use crate::objects::str::{hash_str_text, str_hash};
use crate::objects::{bytes, int, tuple, typeobject, Layout};
use crate::protocol::compare;
use arenapy_alloc::AllocError;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;

pub struct Entry {
    pub hash: i64,
    pub key: ObjRef,
    pub value: ObjRef,
}

pub struct DictTable {
    indices: HVec<i32>,
    entries: HVec<Option<Entry>>,
    used: usize,
    /// A fresh stamp on every insertion or deletion, so iterators and the
    /// VM's slow-path lookups notice changes made by Python code. Stamps are
    /// unique across all tables of the thread (0 = never inserted into, so
    /// empty), so equal versions mean the same entries at the same indices:
    /// the inline caches of LoadGlobal rely on this.
    pub version: u64,
}

/// A key comparison the table cannot decide without running `__eq__`.
#[derive(Debug)]
pub struct NeedsEq;

impl DictTable {
    pub fn new() -> DictTable {
        DictTable {
            indices: hvec(),
            entries: hvec(),
            used: 0,
            version: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Entry number of `key` (hash `hash`), deciding equality with
    /// [`simple_eq`].
    pub fn find(&self, hash: i64, key: &Obj) -> Result<Option<usize>, NeedsEq> {
        if self.indices.is_empty() {
            return Ok(None);
        }
        for i in self.probe(hash) {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Ok(None);
            }
            let Some(e) = (ix >= 0)
                .then(|| self.entries[ix as usize].as_ref())
                .flatten()
            else {
                continue;
            };
            if e.key.is(key) {
                return Ok(Some(ix as usize));
            }
            if e.hash != hash {
                continue;
            }
            // Most keys are str: compare their text directly.
            if let (Some(a), Some(b)) = (
                crate::objects::str::try_str(&e.key),
                crate::objects::str::try_str(key),
            ) {
                if a == b {
                    return Ok(Some(ix as usize));
                }
                continue;
            }
            match simple_eq(&e.key, key) {
                Some(true) => return Ok(Some(ix as usize)),
                Some(false) => {}
                None => return Err(NeedsEq),
            }
        }
        unreachable!("the probe sequence is endless")
    }

    /// CPython's probe sequence for `hash` over the index table.
    fn probe(&self, hash: i64) -> Probe {
        Probe::new(hash, self.indices.len() - 1)
    }

    /// Entry numbers whose hash equals `hash`, in probe order (the VM's slow
    /// path compares each with `__eq__`).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        if self.indices.is_empty() {
            return out;
        }
        for i in self.probe(hash) {
            let ix = self.indices[i];
            if ix == EMPTY {
                return out;
            }
            if ix >= 0
                && self.entries[ix as usize]
                    .as_ref()
                    .is_some_and(|e| e.hash == hash)
            {
                out.push(ix as usize);
            }
        }
        out
    }

    pub fn entry(&self, ix: usize) -> Option<&Entry> {
        self.entries.get(ix).and_then(|e| e.as_ref())
    }

    /// Number of entry slots (live or deleted): iteration positions run
    /// over `0..entry_slots()`.
    pub fn entry_slots(&self) -> usize {
        self.entries.len()
    }

    /// Replaces the value of entry `ix`, returning the old one.
    pub fn replace_value(&mut self, ix: usize, value: ObjRef) -> ObjRef {
        let e = self.entries[ix].as_mut().expect("live entry");
        std::mem::replace(&mut e.value, value)
    }

    /// Inserts a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: ObjRef, value: ObjRef) -> Result<(), AllocError> {
        if self.entries.len() + 1 > usable(self.indices.len()) {
            self.resize(grow_size(self.used + 1))?;
        }
        self.entries
            .try_reserve(1)
            .map_err(|_| AllocError { requested: 32 })?;
        let ix = self.entries.len() as i32;
        self.entries.push(Some(Entry { hash, key, value }));
        let slot = self.free_slot(hash);
        self.indices[slot] = ix;
        self.used += 1;
        self.version = next_version();
        Ok(())
    }

    /// Removes entry `ix` and returns it.
    pub fn remove_at(&mut self, ix: usize) -> Entry {
        let e = self.entries[ix].take().expect("live entry");
        // Find the index slot that points at ix and mark it DUMMY.
        let slot = self
            .probe(e.hash)
            .find(|&i| self.indices[i] == ix as i32)
            .expect("a live entry has an index slot");
        self.indices[slot] = DUMMY;
        self.used -= 1;
        self.version = next_version();
        e
    }

    /// Removes and returns the last inserted entry (dict.popitem).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let ix = self.entries.iter().rposition(|e| e.is_some())?;
        let e = self.remove_at(ix);
        // Trailing holes can be trimmed: no index slot refers to a hole (its
        // slot became DUMMY), so later entries may reuse those numbers. This
        // keeps repeated popitem() O(1).
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        Some(e)
    }

    /// Removes everything; returns the old entries so the caller can drop
    /// them after releasing any borrow (dropping may run `__del__`).
    pub fn take_all(&mut self) -> DictTable {
        let mut old = std::mem::take(self);
        old.version = next_version();
        self.version = next_version();
        old
    }

    fn free_slot(&self, hash: i64) -> usize {
        self.probe(hash)
            .find(|&i| self.indices[i] < 0)
            .expect("the table always has free slots")
    }

    fn resize(&mut self, new_size: usize) -> Result<(), AllocError> {
        let mut indices: HVec<i32> = hvec();
        indices
            .try_reserve_exact(new_size)
            .map_err(|_| AllocError {
                requested: new_size * 4,
            })?;
        indices.resize(new_size, EMPTY);
        let mut entries: HVec<Option<Entry>> = hvec_with_capacity(0);
        entries
            .try_reserve_exact(usable(new_size))
            .map_err(|_| AllocError {
                requested: usable(new_size) * 24,
            })?;
        entries.extend(self.entries.drain(..).flatten().map(Some));
        self.indices = indices;
        self.entries = entries;
        for ix in 0..self.entries.len() {
            let h = self.entries[ix].as_ref().map(|e| e.hash).unwrap_or(0);
            let slot = self.free_slot(h);
            self.indices[slot] = ix as i32;
        }
        // Entries moved to new indices (holes were compacted).
        self.version = next_version();
        Ok(())
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        for e in self.iter() {
            visit(&e.key);
            visit(&e.value);
        }
    }

    // --- str-keyed fast paths (namespaces, attributes, kwargs) ----------

    /// Looks up a str key; a key that would need `__eq__` counts as absent.
    /// Entry index of a str key.
    #[inline]
    pub fn find_str(&self, key: &Obj) -> Option<usize> {
        self.find(str_hash(key), key).ok().flatten()
    }

    pub fn get_str(&self, key: &Obj) -> Option<ObjRef> {
        let h = str_hash(key);
        match self.find(h, key) {
            Ok(Some(ix)) => self.entry(ix).map(|e| e.value.clone()),
            _ => None,
        }
    }

    pub fn get_rust_str(&self, key: &str) -> Option<ObjRef> {
        let h = hash_str_text(key);
        if self.indices.is_empty() {
            return None;
        }
        // The probe of `candidates`, without collecting them (this runs on
        // every special-method lookup).
        for i in self.probe(h) {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == h && crate::objects::str::try_str(&e.key) == Some(key) {
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

thread_local! {
    static DICT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A dict version stamp never handed out before on this thread.
#[inline(always)]
fn next_version() -> u64 {
    DICT_VERSION.with(|v| {
        let n = v.get() + 1;
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
            self.perturb >>= 5;
            self.i = (self
                .i
                .wrapping_mul(5)
                .wrapping_add(self.perturb as usize)
                .wrapping_add(1))
                & self.mask;
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

fn usable(size: usize) -> usize {
    (size << 1) / 3
}

fn grow_size(used: usize) -> usize {
    let want = (used * 3).max(MIN_SIZE);
    want.next_power_of_two()
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
