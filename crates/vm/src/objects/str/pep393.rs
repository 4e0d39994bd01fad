//! The two representations of a non-ASCII str's text (PEP 393, as CPython
//! 3.11 keeps them): the *kind data* inside the object's heap block, one
//! 1-, 2- or 4-byte unit per character (CPython's `PyUnicode_1BYTE_DATA`,
//! `_2BYTE_`, `_4BYTE_`) and a NUL unit; and the *UTF-8 copy* that
//! CPython's `utf8` member points at, which the rest of the interpreter
//! reads as `&str`.
//!
//! Where the UTF-8 copy lives: CPython makes it only when asked
//! (`PyUnicode_AsUTF8`) with `PyObject_Malloc`, and `sys.getsizeof` then
//! counts it. Ours is needed by nearly every operation, so it is made with
//! the str and kept for its life — in the interpreter's own memory (the
//! global allocator, which `--stats` counts as "interpreter, not Python
//! objects"), not in the Python heap: so the blocks a script's strs take
//! are exactly CPython's, and `getsizeof` stays CPython's figure for a str
//! whose UTF-8 was never asked for. An ASCII str has no copy: its data is
//! its UTF-8, as CPython's `utf8` shares the data of an ASCII str.
//!
//! Invariants: a UTF-8 buffer of a str of `len` bytes is `len + 1` bytes
//! (the text and a NUL, as CPython's `utf8`), allocated here and freed
//! here with that size; kind data is the narrowest kind that holds every
//! character (CPython's canonical form), so kind 2 means some character is
//! above U+00FF and kind 4 some above U+FFFF.

use arenapy_alloc::AllocError;
use std::alloc::Layout;
use std::ptr::NonNull;

/// `PyCompactUnicodeObject`'s words after `PyASCIIObject`: `utf8_length`,
/// `utf8`, `wstr_length` (24 bytes); a compact non-ASCII str's kind data
/// follows them.
pub(super) const UTF8_LENGTH_WORD: usize = 0;
pub(super) const UTF8_WORD: usize = 1;
pub(super) const COMPACT_WORDS_SIZE: usize = 24;
/// `PyUnicodeObject`'s `data` pointer, after those three words, in a
/// non-compact str (a subclass's instance).
pub(super) const DATA_WORD: usize = 3;

/// The length in characters and the kind (1, 2 or 4) of non-ASCII UTF-8
/// text, in one pass over its bytes: every byte but a continuation byte
/// (0x80..0xBF) starts a character, and the largest byte tells the kind (a
/// lead byte of 0xC2 or 0xC3 starts U+0080..U+00FF, up to 0xEF a BMP
/// character, from 0xF0 an astral one).
#[inline]
pub(super) fn measure(s: &str) -> (usize, usize) {
    let (mut chars, mut max) = (0usize, 0u8);
    for &b in s.as_bytes() {
        chars += usize::from((b as i8) >= -0x40);
        max = max.max(b);
    }
    let kind = if max < 0xC4 {
        1
    } else if max < 0xF0 {
        2
    } else {
        4
    };
    (chars, kind)
}

/// The bytes of kind data for `chars` characters and the NUL unit.
#[inline]
pub(super) fn data_size(chars: usize, kind: usize) -> usize {
    (chars + 1) * kind
}

/// Writes the characters of `s` as `kind`-byte units and then a NUL unit:
/// `(n + 1) * kind` bytes at `dst`, where `n` is `s`'s character count.
///
/// # Safety
/// `dst` is valid for that many bytes of writes, and every character of
/// `s` fits `kind`.
pub(super) unsafe fn write_data(dst: *mut u8, s: &str, kind: usize) {
    let mut i = 0;
    match kind {
        1 => {
            // SAFETY: the caller gave room for one unit per character of
            // `s` and the NUL unit.
            unsafe {
                for c in s.chars() {
                    dst.add(i).write(c as u32 as u8);
                    i += 1;
                }
                dst.add(i).write(0);
            }
        }
        2 => {
            let d = dst as *mut u16;
            // SAFETY: as above, in 2-byte units; unaligned writes need no
            // alignment of `dst`.
            unsafe {
                for c in s.chars() {
                    d.add(i).write_unaligned(c as u32 as u16);
                    i += 1;
                }
                d.add(i).write_unaligned(0);
            }
        }
        _ => {
            let d = dst as *mut u32;
            // SAFETY: as above, in 4-byte units.
            unsafe {
                for c in s.chars() {
                    d.add(i).write_unaligned(c as u32);
                    i += 1;
                }
                d.add(i).write_unaligned(0);
            }
        }
    }
}

/// Character `i` of kind data (CPython's `PyUnicode_READ`).
///
/// # Safety
/// `data` holds at least `i + 1` units of `kind` bytes of valid
/// characters.
#[inline]
pub(super) unsafe fn read_char(data: *const u8, kind: usize, i: usize) -> char {
    // SAFETY: unit `i` is in bounds (caller); unaligned reads need no
    // alignment of `data`.
    let u = unsafe {
        match kind {
            1 => *data.add(i) as u32,
            2 => (data as *const u16).add(i).read_unaligned() as u32,
            _ => (data as *const u32).add(i).read_unaligned(),
        }
    };
    // Kind data is only ever written from chars (`write_data`).
    char::from_u32(u).unwrap_or('\u{FFFD}')
}

fn buffer_layout(len: usize) -> Result<Layout, AllocError> {
    Layout::array::<u8>(len + 1).map_err(|_| AllocError { requested: len })
}

/// A UTF-8 copy being made: `len` bytes of text and a NUL, zeroed at
/// first, owned until [`Utf8Buf::into_raw`] hands it to a str object.
pub(super) struct Utf8Buf {
    ptr: NonNull<u8>,
    len: usize,
}

impl Utf8Buf {
    /// A zeroed buffer for `len` bytes of text (zeros are valid UTF-8, so
    /// the text is UTF-8 whatever a writer leaves unwritten).
    pub(super) fn zeroed(len: usize) -> Result<Self, AllocError> {
        let layout = buffer_layout(len)?;
        // SAFETY: the layout is at least one byte.
        let p = unsafe { std::alloc::alloc_zeroed(layout) };
        let ptr = NonNull::new(p).ok_or(AllocError { requested: len + 1 })?;
        Ok(Utf8Buf { ptr, len })
    }

    /// A copy of `s` and a NUL.
    pub(super) fn copy_of(s: &str) -> Result<Self, AllocError> {
        let layout = buffer_layout(s.len())?;
        // SAFETY: the layout is at least one byte.
        let p = unsafe { std::alloc::alloc(layout) };
        let ptr = NonNull::new(p).ok_or(AllocError {
            requested: s.len() + 1,
        })?;
        // SAFETY: a fresh buffer of s.len() + 1 bytes, disjoint from `s`.
        unsafe {
            std::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
            *p.add(s.len()) = 0;
        }
        Ok(Utf8Buf { ptr, len: s.len() })
    }

    /// The text's bytes (the NUL after them is not included).
    pub(super) fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: the buffer has `len + 1` bytes, owned by `self`.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }

    /// The text, which callers only ever fill with whole UTF-8 strs.
    pub(super) fn as_str(&self) -> &str {
        // SAFETY: zeroed, then written only with whole UTF-8 strs (by
        // `bytes_mut` users: `StrWriter`, copies of str texts).
        unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.ptr.as_ptr(), self.len))
        }
    }

    /// Gives the buffer to a str object, whose dealloc frees it with
    /// [`free_raw`].
    pub(super) fn into_raw(self) -> *mut u8 {
        let p = self.ptr.as_ptr();
        std::mem::forget(self);
        p
    }
}

impl Drop for Utf8Buf {
    fn drop(&mut self) {
        // SAFETY: allocated by `zeroed` with this length, not given away.
        unsafe { free_raw(self.ptr.as_ptr(), self.len) };
    }
}

/// Frees a str's UTF-8 copy of `len` bytes of text.
///
/// # Safety
/// `p` came from [`Utf8Buf::into_raw`] (or [`grow_raw`]) for text of
/// `len` bytes, and is not used again.
pub(super) unsafe fn free_raw(p: *mut u8, len: usize) {
    let layout = buffer_layout(len).expect("the layout it was allocated with");
    // SAFETY: allocated with this layout (caller).
    unsafe { std::alloc::dealloc(p, layout) };
}

/// Grows a str's UTF-8 copy from `old` to `new` bytes of text (the NUL is
/// the caller's to write). On failure the interpreter stops, as it does
/// when any of its Rust allocations fails: the caller has already grown
/// the object's block.
///
/// # Safety
/// `p` is a live UTF-8 copy of `old` bytes of text, not used again (the
/// result replaces it).
pub(super) unsafe fn grow_raw(p: *mut u8, old: usize, new: usize) -> *mut u8 {
    let layout = buffer_layout(old).expect("the layout it was allocated with");
    // SAFETY: allocated with `layout` (caller); `new + 1` is non-zero.
    let q = unsafe { std::alloc::realloc(p, layout, new + 1) };
    if q.is_null() {
        std::alloc::handle_alloc_error(buffer_layout(new).unwrap_or(layout));
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_the_largest_byte() {
        assert_eq!(measure("a\u{e9}").1, 1);
        assert_eq!(measure("\u{ff}").1, 1);
        assert_eq!(measure("\u{100}").1, 2);
        assert_eq!(measure("\u{20ac}\u{e9}").1, 2);
        assert_eq!(measure("\u{ffff}").1, 2);
        assert_eq!(measure("\u{1f600}a").1, 4);
        assert_eq!(measure("a\u{e9}\u{20ac}\u{1f600}"), (4, 4));
    }

    #[test]
    fn data_round_trips() {
        for (s, kind) in [
            ("\u{e9}a\u{ff}", 1),
            ("\u{20ac}x", 2),
            ("\u{1f600}\u{e9}", 4),
        ] {
            let n = s.chars().count();
            let mut buf = vec![0xAAu8; data_size(n, kind)];
            // SAFETY: the buffer has (n + 1) * kind bytes.
            unsafe { write_data(buf.as_mut_ptr(), s, kind) };
            let back: String = (0..n)
                // SAFETY: n units were written.
                .map(|i| unsafe { read_char(buf.as_ptr(), kind, i) })
                .collect();
            assert_eq!(back, s);
            assert!(buf[n * kind..].iter().all(|&b| b == 0), "NUL unit");
        }
    }
}
