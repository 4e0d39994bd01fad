//! CPython 3.11's `PyDictKeysObject`: the one heap block behind a dict's
//! table — a 32-byte header, the index array, then the entries — and the
//! static shared empty keys object every empty dict points at.
//!
//! ```text
//!  ┌──────────────── header (32 B) ────────────────┬─ indices ──────────┬─ entries ────────────────────┐
//!  │ refcnt │ log2 size, log2 index bytes, kind │  │ 1<<log2_size slots │ usable(size) entries:        │
//!  │        │ version │ usable │ nentries        │  │ of 1/2/4/8 bytes   │  general: hash, key, value   │
//!  │        │                                   │  │                    │  unicode: key, value (16 B)  │
//!  └────────┴───────────────────────────────────┴──┴────────────────────┴──────────────────────────────┘
//! ```
//!
//! The block's size is CPython's `_PyDict_KeysSize` exactly, so a dict takes
//! the same blocks (or raw allocation above 512 bytes) as in CPython.
//!
//! Invariants kept by this module:
//! - every index slot is `EMPTY` (-1), `DUMMY` (-2) or an entry number below
//!   `nentries`; entries at or past `nentries` are never read;
//! - entries at or past `nentries` are uninitialised memory, written with
//!   `ptr::write` before `nentries` covers them;
//! - an entry below `nentries` with no value is a deleted one (its key is
//!   gone too); a live entry has both;
//! - "unicode" keys hold exact `str` keys only, whose hash is the one the
//!   str caches; "general" keys keep each hash in the entry;
//! - [`EMPTY_KEYS`] is never written: it has no usable entry, so every
//!   insertion replaces it first.

use crate::memory::heap;
use crate::memory::object::ObjRef;
use arenapy_alloc::AllocError;
use std::ptr::NonNull;

pub const EMPTY: isize = -1;
pub const DUMMY: isize = -2;
/// `PyDict_LOG_MINSIZE`: the smallest table has 8 index slots.
pub const LOG_MINSIZE: u8 = 3;

/// `dk_kind`: hashes in the entries, or str keys without them.
pub const KIND_GENERAL: u8 = 0;
pub const KIND_UNICODE: u8 = 1;
/// The keys of a class shared by its instances (`ht_cached_keys`): unicode
/// entries whose values live in each instance.
pub const KIND_SPLIT: u8 = 2;

#[repr(C)]
pub struct KeysHeader {
    pub refcnt: usize,
    pub log2_size: u8,
    pub log2_index_bytes: u8,
    pub kind: u8,
    _pad: u8,
    pub version: u32,
    pub usable: isize,
    pub nentries: isize,
}

/// A general entry (`PyDictKeyEntry`).
#[repr(C)]
pub struct GeneralEntry {
    pub hash: i64,
    pub key: Option<ObjRef>,
    pub value: Option<ObjRef>,
}

/// A unicode entry (`PyDictUnicodeEntry`): the hash is the str's own.
#[repr(C)]
pub struct UnicodeEntry {
    pub key: Option<ObjRef>,
    pub value: Option<ObjRef>,
}

/// `Py_EMPTY_KEYS`: a header and 8 empty index slots.
#[repr(C)]
pub struct EmptyKeys {
    header: KeysHeader,
    indices: [u8; 8],
}

pub static EMPTY_KEYS: EmptyKeys = EmptyKeys {
    header: KeysHeader {
        refcnt: 1 << 60,
        log2_size: LOG_MINSIZE,
        log2_index_bytes: LOG_MINSIZE,
        kind: KIND_UNICODE,
        _pad: 0,
        version: 1,
        usable: 0,
        nentries: 0,
    },
    indices: [0xff; 8],
};

#[inline(always)]
pub fn empty_keys() -> NonNull<KeysHeader> {
    NonNull::from(&EMPTY_KEYS.header)
}

/// `USABLE_FRACTION`: a table of `n` slots holds at most 2n/3 entries.
#[inline(always)]
pub const fn usable_fraction(n: usize) -> usize {
    (n << 1) / 3
}

/// `calculate_log2_keysize` as CPython 3.11 computes it on 64-bit Linux,
/// quirk included: `(minsize | 8) - 1` makes every `minsize` from 1 to 7
/// give 16 slots, not 8.
pub fn calculate_log2_keysize(minsize: usize) -> u8 {
    let m = (minsize | 8) - 1;
    (usize::BITS - (m | 7).leading_zeros()) as u8
}

/// `estimate_log2_keysize`: a table holding `n` entries without resizing.
pub fn estimate_log2_keysize(n: usize) -> u8 {
    calculate_log2_keysize((n * 3).div_ceil(2))
}

/// `log2` of the index array's bytes for a table of `1 << log2_size` slots:
/// 1-byte indices below 256 slots, 2 below 65536, 4 below 2^32, else 8.
pub const fn log2_index_bytes(log2_size: u8) -> u8 {
    if log2_size < 8 {
        log2_size
    } else if log2_size < 16 {
        log2_size + 1
    } else if log2_size >= 32 {
        log2_size + 3
    } else {
        log2_size + 2
    }
}

pub const fn entry_size(kind: u8) -> usize {
    if kind == KIND_GENERAL {
        std::mem::size_of::<GeneralEntry>()
    } else {
        std::mem::size_of::<UnicodeEntry>()
    }
}

/// `_PyDict_KeysSize` of a keys object with these parameters.
pub const fn keys_size(log2_size: u8, kind: u8) -> usize {
    std::mem::size_of::<KeysHeader>()
        + (1usize << log2_index_bytes(log2_size))
        + entry_size(kind) * usable_fraction(1 << log2_size)
}

/// `new_keys_object`: a fresh block with every index EMPTY and no entries.
pub fn new_keys(log2_size: u8, kind: u8) -> Result<NonNull<KeysHeader>, AllocError> {
    if log2_size as u32 >= usize::BITS - 8 {
        return Err(AllocError {
            requested: usize::MAX,
        });
    }
    let size = keys_size(log2_size, kind);
    let block = heap::malloc(size)?;
    let ptr = block.as_ptr() as *mut KeysHeader;
    let index_bytes = 1usize << log2_index_bytes(log2_size);
    // Indices are set to 0xff (EMPTY at every width); entries are left
    // uninitialised: only those below `nentries` are ever read, and each is
    // written (never assigned) first.
    // SAFETY: the block is `size` bytes, 8-aligned: header, indices and
    // entries fit exactly.
    unsafe {
        ptr.write(KeysHeader {
            refcnt: 1,
            log2_size,
            log2_index_bytes: log2_index_bytes(log2_size),
            kind,
            _pad: 0,
            version: 0,
            usable: usable_fraction(1 << log2_size) as isize,
            nentries: 0,
        });
        let idx = (ptr as *mut u8).add(std::mem::size_of::<KeysHeader>());
        std::ptr::write_bytes(idx, 0xff, index_bytes);
    }
    // SAFETY: non-null, from the heap.
    Ok(unsafe { NonNull::new_unchecked(ptr) })
}

/// Returns a keys block to the heap without touching its entries (the
/// caller has moved or dropped them). The empty keys object is never freed.
///
/// # Safety
/// `k` came from [`new_keys`] (or is [`EMPTY_KEYS`]) and is not used again.
pub unsafe fn free_keys_block(k: NonNull<KeysHeader>) {
    if k == empty_keys() {
        return;
    }
    // SAFETY: a live keys block: its header says its size.
    let (l, kind) = unsafe { (k.as_ref().log2_size, k.as_ref().kind) };
    // SAFETY: allocated by new_keys with exactly this size.
    unsafe { heap::free(k.cast(), keys_size(l, kind)) };
}

/// An index array element: i8, i16, i32 or i64 by table size.
pub trait IndexWidth: Copy {
    fn get(self) -> isize;
    fn from(ix: isize) -> Self;
}

macro_rules! index_width {
    ($($t:ty),*) => {$(
        impl IndexWidth for $t {
            #[inline(always)]
            fn get(self) -> isize {
                self as isize
            }
            #[inline(always)]
            fn from(ix: isize) -> Self {
                ix as $t
            }
        }
    )*};
}
index_width!(i8, i16, i32, i64);

/// Raw views of a keys block. All take the block by pointer: the header
/// says the geometry.
pub struct Keys(pub NonNull<KeysHeader>);

impl Keys {
    #[inline(always)]
    pub fn hdr(&self) -> &KeysHeader {
        // SAFETY: a live keys block (or the static empty one).
        unsafe { self.0.as_ref() }
    }

    #[inline(always)]
    pub fn size(&self) -> usize {
        1 << self.hdr().log2_size
    }

    #[inline(always)]
    pub fn mask(&self) -> usize {
        self.size() - 1
    }

    #[inline(always)]
    pub fn indices(&self) -> *mut u8 {
        (self.0.as_ptr() as *mut u8).wrapping_add(std::mem::size_of::<KeysHeader>())
    }

    #[inline(always)]
    pub fn entries_ptr(&self) -> *mut u8 {
        self.indices()
            .wrapping_add(1usize << self.hdr().log2_index_bytes)
    }

    /// `dictkeys_get_index`.
    #[inline(always)]
    pub fn get_index(&self, i: usize) -> isize {
        debug_assert!(i < self.size());
        let p = self.indices();
        let l = self.hdr().log2_size;
        // SAFETY: `i` is below the table size, so within the index array
        // of the width the size implies; indices are naturally aligned
        // (the array starts 32 bytes into an 8-aligned block).
        unsafe {
            if l < 8 {
                *(p as *const i8).add(i) as isize
            } else if l < 16 {
                *(p as *const i16).add(i) as isize
            } else if l < 32 {
                *(p as *const i32).add(i) as isize
            } else {
                *(p as *const i64).add(i) as isize
            }
        }
    }

    /// `dictkeys_set_index`. Never called on the empty keys object.
    #[inline(always)]
    pub fn set_index(&self, i: usize, ix: isize) {
        debug_assert!(i < self.size() && self.0 != empty_keys());
        let p = self.indices();
        let l = self.hdr().log2_size;
        // SAFETY: as in get_index; the block is a heap block of ours.
        unsafe {
            if l < 8 {
                *(p as *mut i8).add(i) = ix as i8;
            } else if l < 16 {
                *(p as *mut i16).add(i) = ix as i16;
            } else if l < 32 {
                *(p as *mut i32).add(i) = ix as i32;
            } else {
                *(p as *mut i64).add(i) = ix as i64;
            }
        }
    }

    #[inline(always)]
    pub fn is_general(&self) -> bool {
        self.hdr().kind == KIND_GENERAL
    }

    /// The key and value slots of entry `ix`, and the stored hash for a
    /// general table.
    ///
    /// # Safety
    /// `ix` is below the table's entry capacity, and the caller does not
    /// create overlapping mutable references.
    #[inline(always)]
    pub unsafe fn slot(
        &self,
        ix: usize,
    ) -> (*mut Option<ObjRef>, *mut Option<ObjRef>, Option<i64>) {
        let e = self.entries_ptr();
        if self.is_general() {
            let p = (e as *mut GeneralEntry).wrapping_add(ix);
            // SAFETY: within the entry array (caller's contract).
            unsafe {
                (
                    std::ptr::addr_of_mut!((*p).key),
                    std::ptr::addr_of_mut!((*p).value),
                    Some((*p).hash),
                )
            }
        } else {
            let p = (e as *mut UnicodeEntry).wrapping_add(ix);
            (
                // SAFETY: within the entry array (caller's contract).
                unsafe { std::ptr::addr_of_mut!((*p).key) },
                // SAFETY: as above.
                unsafe { std::ptr::addr_of_mut!((*p).value) },
                None,
            )
        }
    }

    /// Writes the stored hash of a general entry.
    ///
    /// # Safety
    /// The table is general and `ix` below its entry capacity.
    #[inline(always)]
    pub unsafe fn set_hash(&self, ix: usize, hash: i64) {
        let p = (self.entries_ptr() as *mut GeneralEntry).wrapping_add(ix);
        // SAFETY: caller's contract.
        unsafe { (*p).hash = hash };
    }

    /// Mutable header (never the empty keys object's).
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub fn hdr_mut(&self) -> &mut KeysHeader {
        debug_assert!(self.0 != empty_keys());
        // SAFETY: a heap keys block owned by the caller's table; the header
        // is never borrowed across calls.
        unsafe { &mut *self.0.as_ptr() }
    }
}

const _: () = assert!(std::mem::size_of::<KeysHeader>() == 32);
const _: () = assert!(std::mem::size_of::<GeneralEntry>() == 24);
const _: () = assert!(std::mem::size_of::<UnicodeEntry>() == 16);
