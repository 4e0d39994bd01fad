//! The hash table of `set` and `frozenset`: CPython's `Objects/setobject.c`.
//!
//! Unlike the insertion-ordered dict table, a set is one open-addressed array
//! of `(hash, key)` slots, and iteration runs over the slots in table order,
//! so `print({3, 1, 2})` shows `{1, 2, 3}` exactly as CPython does.
//!
//! - A slot is *empty* (`key None`, hash 0), a *dummy* left by a deletion
//!   (`key None`, hash -1; no real hash is -1) or *active*.
//! - Probing: from `i = hash & mask`, look at up to `LINEAR_PROBES` (9) more
//!   neighbouring slots when they fit before the end of the table, then
//!   `perturb >>= 5; i = (i*5 + 1 + perturb) & mask`.
//! - `fill` counts active + dummy slots, `used` active ones. After an insert
//!   into an empty slot, when `fill*5 >= mask*3` the table is rebuilt at the
//!   smallest power of two (at least 8) above `used*4` (`used*2` past 50000),
//!   reinserting the active entries in table order and dropping dummies.
//! - An insertion that passed dummies on its probe path reuses the *last*
//!   one it passed (`used` grows, `fill` does not, no resize check).
//!
//! The table never runs Python code: key equality is decided by
//! [`simple_eq`]; [`NeedsEq`] asks the VM to compare the candidates itself
//! ([`super::ops`]).
//!
//! As CPython's `PySetObject`, the first 8 slots (`smalltable`) live inline
//! in the set's own block: `set()` and a set of up to 4 keys take one
//! 216-byte block and nothing else. A bigger table is a separate heap
//! allocation of `16 * slots` bytes (`big`); the table is the small one
//! exactly when `big` is empty, and shrinking back to 8 slots (`clear()`, a
//! rebuild after deletions) returns to it and frees `big`.
//!
//! The counts are `u32` so that the body is as small as CPython's (its
//! `hash` and `weakreflist` words hold our borrow flag and version): a table
//! of 2^32 slots would take 64 GiB, and [`SetTable::resize`] refuses one.

use crate::memory::heap::{hvec, HVec};
use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::table::{simple_eq, NeedsEq};
use arenapy_alloc::AllocError;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// `PySet_MINSIZE`.
const MIN_SIZE: usize = 8;

/// One slot: active when `key` is `Some`; otherwise empty (hash 0) or a
/// dummy (hash -1).
pub struct Slot {
    pub hash: i64,
    pub key: Option<ObjRef>,
}

impl Slot {
    const EMPTY: Slot = Slot { hash: 0, key: None };

    fn is_empty(&self) -> bool {
        self.key.is_none() && self.hash == 0
    }
}

pub struct SetTable {
    /// The table when it has more than 8 slots; empty while `small` is it.
    big: HVec<Slot>,
    fill: u32,
    used: u32,
    /// Where `pop()` starts looking (CPython's `finger`).
    finger: u32,
    /// Bumped (wrapping) on every insertion or deletion, so lookups that ran
    /// Python code notice changes.
    version: u32,
    /// CPython's `smalltable`: the table itself while `big` is empty.
    small: [Slot; MIN_SIZE],
}

// CPython's `PySetObject` is 200 bytes (216 with the GC head): the table
// part here is everything but the header, the borrow flag and `frozen`.
const _: () = assert!(std::mem::size_of::<SetTable>() == 168);

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            big: hvec(),
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
            small: [Slot::EMPTY; MIN_SIZE],
        }
    }

    #[inline]
    fn slots(&self) -> &[Slot] {
        if self.big.is_empty() {
            &self.small
        } else {
            &self.big
        }
    }

    #[inline]
    fn slots_mut(&mut self) -> &mut [Slot] {
        if self.big.is_empty() {
            &mut self.small
        } else {
            &mut self.big
        }
    }

    /// Does the table live in a separate allocation (CPython's
    /// `so->table != so->smalltable`)?
    pub fn is_external(&self) -> bool {
        !self.big.is_empty()
    }

    /// The version lookups compare before and after running Python code.
    pub fn version(&self) -> u64 {
        u64::from(self.version)
    }

    /// Marks the table changed (after a swap of two sets' tables).
    pub fn bump_version(&mut self, past: u64) {
        self.version = (past as u32).max(self.version).wrapping_add(1);
    }

    fn touch(&mut self) {
        self.version = self.version.wrapping_add(1);
    }

    pub fn len(&self) -> usize {
        self.used as usize
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn fill(&self) -> usize {
        self.fill as usize
    }

    /// `so->mask`.
    pub fn mask(&self) -> usize {
        self.slots().len() - 1
    }

    /// Number of slots: iteration positions run over `0..slot_count()`.
    pub fn slot_count(&self) -> usize {
        self.slots().len()
    }

    /// The active key at slot `i`, with its hash.
    pub fn at(&self, i: usize) -> Option<(i64, &ObjRef)> {
        let s = self.slots().get(i)?;
        s.key.as_ref().map(|k| (s.hash, k))
    }

    /// Active entries in table order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &ObjRef)> {
        self.slots()
            .iter()
            .filter_map(|s| s.key.as_ref().map(|k| (s.hash, k)))
    }

    pub fn keys(&self) -> Vec<ObjRef> {
        self.iter().map(|(_, k)| k.clone()).collect()
    }

    /// Slots to look at from `hash`, in CPython's probe order, until `stop`
    /// says so; returns the slot it stopped at.
    fn probe(&self, hash: i64, mut stop: impl FnMut(usize) -> bool) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if stop(j) {
                    return j;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Slot of `key` (hash `hash`), deciding equality with [`simple_eq`].
    pub fn find(&self, hash: i64, key: &Obj) -> Result<Option<usize>, NeedsEq> {
        if self.used == 0 {
            return Ok(None);
        }
        let slots = self.slots();
        let mut result = Ok(None);
        self.probe(hash, |j| {
            let s = &slots[j];
            if s.is_empty() {
                return true;
            }
            if s.hash == hash {
                if let Some(k) = &s.key {
                    match simple_eq(k, key) {
                        Some(true) => {
                            result = Ok(Some(j));
                            return true;
                        }
                        Some(false) => {}
                        None => {
                            result = Err(NeedsEq);
                            return true;
                        }
                    }
                }
            }
            false
        });
        result
    }

    /// Slots whose hash equals `hash`, in probe order (the VM compares each
    /// with `__eq__`).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        if self.used == 0 {
            return out;
        }
        let slots = self.slots();
        self.probe(hash, |j| {
            let s = &slots[j];
            if s.is_empty() {
                return true;
            }
            if s.hash == hash && s.key.is_some() {
                out.push(j);
            }
            false
        });
        out
    }

    /// Inserts a key known to be absent (`set_add_entry`'s `found_unused`).
    pub fn insert_new(&mut self, hash: i64, key: ObjRef) -> Result<(), AllocError> {
        let mut freeslot = None;
        let slots = self.slots();
        let j = self.probe(hash, |j| {
            let s = &slots[j];
            if s.key.is_none() && s.hash == -1 {
                freeslot = Some(j);
            }
            s.is_empty()
        });
        if let Some(f) = freeslot {
            self.slots_mut()[f] = Slot {
                hash,
                key: Some(key),
            };
            self.used += 1;
            self.touch();
            return Ok(());
        }
        self.slots_mut()[j] = Slot {
            hash,
            key: Some(key),
        };
        self.fill += 1;
        self.used += 1;
        self.touch();
        if self.fill() * 5 >= self.mask() * 3 {
            let u = self.len();
            self.resize(if u > 50000 { u * 2 } else { u * 4 })?;
        }
        Ok(())
    }

    /// Turns the active slot `i` into a dummy and returns its key.
    pub fn remove_at(&mut self, i: usize) -> ObjRef {
        let s = &mut self.slots_mut()[i];
        let k = s.key.take().expect("active slot");
        s.hash = -1;
        self.used -= 1;
        self.touch();
        k
    }

    /// `set.pop()`: the first active slot from the finger on.
    pub fn pop(&mut self) -> Option<ObjRef> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let slots = self.slots();
        let mut i = self.finger as usize & mask;
        while slots[i].key.is_none() {
            i = if i >= mask { 0 } else { i + 1 };
        }
        // `i < mask + 1 <= u32::MAX`: the table size is checked in resize.
        self.finger = (i + 1) as u32;
        Some(self.remove_at(i))
    }

    /// `set_insert_clean`: into a table with no dummies and no equal key.
    fn insert_clean(slots: &mut [Slot], hash: i64, key: ObjRef) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if slots[i].key.is_none() {
                slots[i] = Slot {
                    hash,
                    key: Some(key),
                };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                let near = &mut slots[i + 1..=i + LINEAR_PROBES];
                if let Some(s) = near.iter_mut().find(|s| s.key.is_none()) {
                    *s = Slot {
                        hash,
                        key: Some(key),
                    };
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize`: the smallest power of two (>= 8) above
    /// `minused`; a size of 8 is the inline small table.
    pub fn resize(&mut self, minused: usize) -> Result<(), AllocError> {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        if size > u32::MAX as usize {
            return Err(AllocError {
                requested: size.saturating_mul(std::mem::size_of::<Slot>()),
            });
        }
        // Take the old entries out first: the new table may be the small
        // one they are in.
        let old_big = std::mem::replace(&mut self.big, hvec());
        let old_small = std::mem::replace(&mut self.small, [Slot::EMPTY; MIN_SIZE]);
        let mut new_big = if size == MIN_SIZE {
            hvec()
        } else {
            match new_slots(size) {
                Ok(v) => v,
                Err(e) => {
                    self.big = old_big;
                    self.small = old_small;
                    return Err(e);
                }
            }
        };
        let dest: &mut [Slot] = if size == MIN_SIZE {
            &mut self.small
        } else {
            &mut new_big
        };
        for s in old_big.into_iter().chain(old_small) {
            if let Some(k) = s.key {
                Self::insert_clean(dest, s.hash, k);
            }
        }
        self.big = new_big;
        self.fill = self.used;
        self.touch();
        Ok(())
    }

    /// Makes room for `n` more keys at once (`set_merge`'s one big resize).
    pub fn reserve_for_merge(&mut self, n: usize) -> Result<(), AllocError> {
        if (self.fill() + n) * 5 >= self.mask() * 3 {
            self.resize((self.len() + n) * 2)?;
        }
        Ok(())
    }

    /// `set_merge` into an empty table (`fill == 0`): copies `other`'s slots
    /// when both tables have the same size and `other` has no dummies, else
    /// reinserts `other`'s keys in its table order. The caller has already
    /// called [`SetTable::reserve_for_merge`].
    pub fn merge_into_empty(&mut self, other: &SetTable) -> Result<(), AllocError> {
        debug_assert_eq!(self.fill, 0);
        if other.used == 0 {
            return Ok(());
        }
        if self.mask() == other.mask() && other.fill == other.used {
            for (d, s) in self.slots_mut().iter_mut().zip(other.slots().iter()) {
                if let Some(k) = &s.key {
                    *d = Slot {
                        hash: s.hash,
                        key: Some(k.clone()),
                    };
                }
            }
        } else {
            for (h, k) in other.iter() {
                Self::insert_clean(self.slots_mut(), h, k.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
        self.touch();
        Ok(())
    }

    /// When more than a quarter of the slots are dummies, rebuild
    /// (`set_difference_update_internal`'s tail).
    pub fn shrink_dummies(&mut self) -> Result<(), AllocError> {
        if self.fill() - self.len() <= self.mask() / 4 {
            return Ok(());
        }
        let u = self.len();
        self.resize(if u > 50000 { u * 2 } else { u * 4 })
    }

    /// Removes everything; returns the old table so the caller can drop the
    /// keys after releasing any borrow (dropping may run `__del__`).
    pub fn take_all(&mut self) -> SetTable {
        let v = self.version.wrapping_add(1);
        let mut old = std::mem::take(self);
        self.version = v;
        old.version = v;
        old
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        for (_, k) in self.iter() {
            visit(k);
        }
    }
}

fn new_slots(n: usize) -> Result<HVec<Slot>, AllocError> {
    let mut v: HVec<Slot> = hvec();
    v.try_reserve_exact(n).map_err(|_| AllocError {
        requested: n * std::mem::size_of::<Slot>(),
    })?;
    v.extend((0..n).map(|_| Slot::EMPTY));
    Ok(v)
}
