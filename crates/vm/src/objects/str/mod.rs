//! `str`: immutable text in CPython 3.11's PEP 393 compact forms; making
//! strs, `str(x)`, concatenation and repetition, `in`, indexing and
//! slicing, `ascii()` escaping. Methods are in [`methods`], `str.format` in
//! [`format`], the `%` operator in [`percent`], the kind data and UTF-8
//! copy of non-ASCII text in [`pep393`], concatenation and the builders
//! that write a new str in place in [`build`].
//!
//! Layouts (the blocks are CPython's, byte for byte in size):
//!
//! ```text
//! ASCII (PyASCIIObject, 48 + n + 1):
//!   | refcnt | type | hash | byte_len | char_len | state | text... NUL |
//! non-ASCII (PyCompactUnicodeObject, 72 + (n + 1) * kind):
//!   | ...the same 48... | utf8_length | utf8 ─┐ | wstr_length | kind data, NUL |
//!                                            └─► UTF-8 copy, NUL (interpreter memory)
//! subclass instance (PyUnicodeObject, 80 + the subclass's words):
//!   | ...the same 48... | utf8_length | utf8 | wstr_length | data ─► (n + 1) * kind
//! ```
//!
//! The interpreter reads every str as `&str` ([`as_str`], [`try_str`]):
//! an ASCII str's data is its UTF-8 (CPython shares it the same way); any
//! other str keeps a UTF-8 copy that its `utf8` word points at, made with
//! the str and freed with it, outside the Python heap (why: [`pep393`]).
//! So a non-ASCII str's block holds its real 1-, 2- or 4-byte characters,
//! which indexing and slicing read directly, and `sys.getsizeof` is
//! CPython's.
//!
//! Invariants: `byte_len` bytes of valid UTF-8 and a NUL are at the text
//! pointer ([`str_of`]); `char_len` is the number of code points; the
//! state's kind bits are 0 exactly when the text is ASCII, and otherwise
//! the narrowest kind for it; the kind data is the same characters as the
//! UTF-8; `hash` is -1 until computed.
//!
//! An instance of a subclass of str is CPython's non-compact
//! `PyUnicodeObject`: 80 bytes before the subclass's dict and
//! weak-reference words, and the kind data in a block of its own of
//! `(n + 1) * kind` bytes ([`STATE_NOT_COMPACT`]).

mod build;
pub mod codecs;
pub(crate) mod codecs_wide;
pub mod format;
pub mod intern;
pub mod methods;
mod pep393;
pub mod percent;
mod translate;

pub use build::{
    append_in_place, concat, join_parts, new_str_build, new_str_measured, StrWriter, TextCount,
};

use crate::memory::heap;
use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::exception::{index_error, type_error};
use crate::objects::registry::types;
use crate::objects::slice::{slice_indices, SliceBody};
use crate::objects::typeobject::construct::TypeCall;
use crate::objects::{Traverse, VarSize};
use crate::protocol::convert::{index_value, kwarg};
use crate::protocol::number::{check_text_repeat, repeat_count};
use crate::protocol::object::type_name;
use crate::protocol::{object, repr};
use crate::vm::{PyResult, Vm};
use arenapy_alloc::AllocError;
use std::cell::Cell;

pub struct StrBody {
    hash: Cell<i64>,
    /// The UTF-8 text's length in bytes (CPython's `utf8_length`, which a
    /// non-ASCII str also keeps in its first trailing word).
    byte_len: usize,
    /// The length in characters (CPython's `length`).
    char_len: usize,
    /// CPython's `state` word: the interned mark (`intern`), the kind and
    /// the compact flag.
    _state: u64,
}

/// CPython's `state.kind` bits: 1, 2 or 4 bytes per character of a
/// non-ASCII str; 0 for ASCII text (CPython's `state.ascii`), whose data
/// is its UTF-8.
const STATE_KIND_SHIFT: u32 = 2;
const STATE_KIND_MASK: u64 = 0b111 << STATE_KIND_SHIFT;

/// CPython's `state.compact` clear: the kind data is in a block of its
/// own, which the [`pep393::DATA_WORD`] trailing word points at (an
/// instance of a subclass).
const STATE_NOT_COMPACT: u64 = 1 << 5;
/// The block of a compact str is the UTF-8 decoder's raw room, bigger
/// than the str needs, whose trailing size the `wstr_length` word holds
/// (CPython 3.11 keeps no `wstr` for these strs, so the word is free):
/// [`new_decoded_utf8`].
const STATE_RAW_ROOM: u64 = 1 << 6;
/// The trailing word that holds that size.
const ROOM_WORD: usize = 2;

/// A non-compact str's trailing bytes: `PyUnicodeObject`'s 80 bytes after
/// our 48 (`utf8_length`, `utf8`, `wstr_length`, `data`).
const NOT_COMPACT_TRAILING: usize = 32;

/// The kind of a str's state word: 0 (ASCII), 1, 2 or 4.
#[inline]
fn state_kind(state: u64) -> usize {
    ((state & STATE_KIND_MASK) >> STATE_KIND_SHIFT) as usize
}

#[inline]
fn kind_bits(kind: usize) -> u64 {
    (kind as u64) << STATE_KIND_SHIFT
}

/// Is the text (ASCII, so its own UTF-8) right after the body? Otherwise
/// the [`pep393::UTF8_WORD`] trailing word points at the UTF-8.
#[inline(always)]
fn text_inline(state: u64) -> bool {
    state & (STATE_KIND_MASK | STATE_NOT_COMPACT) == 0
}

/// The size of a non-compact str's data block: CPython's
/// `(n + 1) * kind` bytes (ASCII counting as kind 1).
fn text_block_size(char_len: usize, state: u64) -> usize {
    pep393::data_size(char_len, state_kind(state).max(1))
}

/// The trailing bytes of a compact str of `byte_len` UTF-8 bytes and
/// `char_len` characters with state `state`: for ASCII text the text and
/// its NUL (`PyASCIIObject`'s 48 bytes in all), otherwise the rest of
/// CPython's 72-byte `PyCompactUnicodeObject` and `(char_len + 1) * kind`
/// bytes of kind data.
#[inline]
fn str_trailing(byte_len: usize, char_len: usize, state: u64) -> usize {
    match state_kind(state) {
        0 => byte_len + 1,
        kind => pep393::COMPACT_WORDS_SIZE + pep393::data_size(char_len, kind),
    }
}

/// The kind of a str object (ASCII counting as latin-1).
#[inline]
fn kind_of(b: &StrBody) -> usize {
    state_kind(b._state).max(1)
}

/// The trailing words of a str that is not ASCII-compact.
#[inline]
fn words(obj: &Obj) -> *mut usize {
    obj.trailing_ptr::<StrBody>() as *mut usize
}

impl Traverse for StrBody {}
impl VarSize for StrBody {
    fn trailing_size(obj: &Obj) -> usize {
        // SAFETY: only called on str objects (dispatch by layout).
        let b = unsafe { obj.body_unchecked::<StrBody>() };
        if b._state & STATE_NOT_COMPACT != 0 {
            return NOT_COMPACT_TRAILING;
        }
        if b._state & STATE_RAW_ROOM != 0 {
            // SAFETY: such a str keeps its block's trailing size in this
            // word (`new_compact_in_room`).
            return unsafe { *words(obj).add(ROOM_WORD) };
        }
        str_trailing(b.byte_len, b.char_len, b._state)
    }
    fn drop_trailing(obj: &Obj) {
        // SAFETY: only called on str objects (dispatch by layout).
        let body = unsafe { obj.body_unchecked::<StrBody>() };
        if body._state & intern::STATE_INTERNED != 0 {
            intern::forget(str_of(obj, body));
        }
        if text_inline(body._state) {
            return;
        }
        let w = words(obj);
        if body._state & STATE_NOT_COMPACT != 0 {
            let size = text_block_size(body.char_len, body._state);
            // SAFETY: a non-compact str's data word is the block
            // `new_str_not_compact` allocated with this size, freed once
            // here as the object dies.
            unsafe {
                let p = *w.add(pep393::DATA_WORD) as *mut u8;
                if let Some(p) = std::ptr::NonNull::new(p) {
                    heap::free(p, size);
                }
            }
        }
        if state_kind(body._state) != 0 {
            // SAFETY: a non-ASCII str's utf8 word is its own UTF-8 copy of
            // byte_len bytes (module invariant), freed once here.
            unsafe { pep393::free_raw(*w.add(pep393::UTF8_WORD) as *mut u8, body.byte_len) };
        }
    }
}

impl StrBody {
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    pub fn byte_len(&self) -> usize {
        self.byte_len
    }
    pub fn is_ascii(&self) -> bool {
        self.byte_len == self.char_len
    }
    /// CPython's `PyUnicode_KIND`: 1, 2 or 4 bytes per character (1 for
    /// ASCII).
    pub fn kind(&self) -> usize {
        kind_of(self)
    }
    pub fn cached_hash(&self) -> Option<i64> {
        let h = self.hash.get();
        (h != -1).then_some(h)
    }
    pub fn set_hash(&self, h: i64) {
        self.hash.set(h)
    }
}

/// A new str object holding `s`.
#[inline]
pub fn new_str(s: &str) -> Result<ObjRef, AllocError> {
    if s.is_empty() {
        return Ok(types().empty_str.clone());
    }
    new_str_in(&types().str, s, 0)
}

/// The cached one-character str of `c` (U+0000..U+00FF) in the
/// cpython311 profile: CPython's latin-1 singletons, which its indexing,
/// substrings, `chr()`, iteration and decoders give instead of a new str.
#[inline]
pub fn latin1_char(c: u32) -> Option<ObjRef> {
    types().latin1_chars.as_ref()?.get(c as usize).cloned()
}

/// A str of `s` made as CPython makes a substring or a decoded text
/// (`PyUnicode_Substring`, `_PyUnicode_FromUCS1`, `unicode_result`): one
/// latin-1 character is its singleton ([`latin1_char`]); other text a new
/// str, as [`new_str`].
#[inline]
pub fn new_substr(s: &str) -> Result<ObjRef, AllocError> {
    if s.len() <= 2 {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            if let Some(o) = latin1_char(c as u32) {
                return Ok(o);
            }
        }
    }
    new_str(s)
}

/// `obj[a..b]` of a str object's text, as `PyUnicode_Substring`: the
/// object itself for the whole of an exact str, else [`new_substr`].
pub fn substr_of(obj: &Obj, part: &str) -> Result<ObjRef, AllocError> {
    if obj.ty().is(&types().str) && try_str(obj).is_some_and(|t| t.len() == part.len()) {
        return Ok(obj.to_ref());
    }
    new_substr(part)
}

/// A new str object of type `ty` (str during bootstrap, or a subclass:
/// then CPython's non-compact form).
pub fn new_str_with_type(ty: &Obj, s: &str) -> Result<ObjRef, AllocError> {
    let heap_type = ty
        .payload::<crate::objects::typeobject::TypeBody>()
        .is_some_and(|b| b.has_flag(crate::objects::typeobject::flags::HEAPTYPE));
    if heap_type {
        return new_str_not_compact(ty, s);
    }
    new_str_in(ty, s, 0)
}

/// A new (exact) str with this state word (`intern`).
fn new_str_with_state(s: &str, state: u64) -> Result<ObjRef, AllocError> {
    new_str_in(&types().str, s, state)
}

fn new_str_in(ty: &Obj, s: &str, state: u64) -> Result<ObjRef, AllocError> {
    if !s.is_ascii() {
        return new_compact(ty, pep393::Utf8Buf::copy_of(s)?, state);
    }
    let body = StrBody {
        hash: Cell::new(-1),
        byte_len: s.len(),
        char_len: s.len(),
        _state: state,
    };
    let obj = alloc_object(ty, body, s.len() + 1)?;
    let dst = obj.trailing_ptr::<StrBody>();
    // SAFETY: alloc_object reserved s.len() + 1 trailing bytes at dst.
    unsafe {
        std::ptr::copy_nonoverlapping(s.as_ptr(), dst, s.len());
        *dst.add(s.len()) = 0;
    }
    Ok(obj)
}

/// A compact non-ASCII str of type `ty` whose UTF-8 copy is `utf8`
/// (CPython's `PyUnicode_New` and filling its data, with the `utf8` member
/// set): the block holds the rest of `PyCompactUnicodeObject` and the kind
/// data made from `utf8`, which the object then owns. The length and kind
/// are measured here from the text itself, so the kind data always fits
/// its block.
fn new_compact(ty: &Obj, utf8: pep393::Utf8Buf, state: u64) -> Result<ObjRef, AllocError> {
    new_compact_in_room(ty, utf8, state, Room::Exact)
}

/// The block a compact str is made in.
#[derive(Clone, Copy, PartialEq)]
enum Room {
    /// Its own size.
    Exact,
    /// A small block of this many trailing bytes, then shrunk as CPython's
    /// `resize_compact` shrinks (which may leave it in the bigger block:
    /// a small block may be freed with any size it holds).
    Shrunk(usize),
    /// A raw block of this many trailing bytes, kept ([`STATE_RAW_ROOM`]).
    Kept(usize),
}

/// [`new_compact`] made in the block `room` says.
fn new_compact_in_room(
    ty: &Obj,
    utf8: pep393::Utf8Buf,
    state: u64,
    room: Room,
) -> Result<ObjRef, AllocError> {
    let (char_len, kind) = pep393::measure(utf8.as_str());
    if char_len == utf8.as_str().len() {
        // ASCII after all (a builder's estimate): CPython's canonical form.
        return new_str_in(ty, utf8.as_str(), state);
    }
    let byte_len = utf8.as_str().len();
    let mut state = (state & !STATE_KIND_MASK) | kind_bits(kind);
    let trailing = str_trailing(byte_len, char_len, state);
    let (block, kept) = match room {
        Room::Shrunk(n) => (n.max(trailing), 0),
        Room::Kept(n) if n > trailing => {
            state |= STATE_RAW_ROOM;
            (n, n)
        }
        _ => (trailing, 0),
    };
    let body = StrBody {
        hash: Cell::new(-1),
        byte_len,
        char_len,
        _state: state,
    };
    let obj = alloc_object(ty, body, block)?;
    let w = words(&obj);
    // SAFETY: alloc_object reserved the three words and
    // (char_len + 1) * kind bytes of kind data after them; every
    // character of `utf8` fits `kind` (it was read from the text).
    unsafe {
        pep393::write_data(
            (w as *mut u8).add(pep393::COMPACT_WORDS_SIZE),
            utf8.as_str(),
            kind,
        );
        w.add(pep393::UTF8_LENGTH_WORD).write(byte_len);
        w.add(pep393::UTF8_WORD).write(utf8.into_raw() as usize);
        w.add(ROOM_WORD).write(kept);
    }
    if block == trailing || kept != 0 {
        return Ok(obj);
    }
    // Err (not expected: the caller checked the heap is not observed):
    // the object keeps the bigger small block, which may be freed with
    // the smaller size.
    Ok(crate::memory::object::resize_unique_str(obj, block, trailing).unwrap_or_else(|o| o))
}

/// A str decoded from UTF-8 `s` (CPython's `unicode_decode_utf8`), in the
/// block CPython's decoder leaves it in: one latin-1 character is its
/// singleton; other non-ASCII text is decoded into room for as many
/// characters as `s` has bytes, of the kind the text reaches, and that
/// room is then shrunk to the text (`_PyUnicodeWriter_Finish`), which a
/// small block survives when it shrinks by less than a quarter, and a raw
/// block always (`PyObject_Realloc` of a raw block is `realloc`). Our heap
/// tells raw blocks from small ones by size, so a str whose room was raw
/// keeps the whole room ([`STATE_RAW_ROOM`]) where CPython's `realloc`
/// gives the rest back.
pub fn new_decoded_utf8(s: &str) -> Result<ObjRef, AllocError> {
    if s.is_ascii() || s.len() <= 2 {
        return new_substr(s);
    }
    let kind = pep393::measure(s).1;
    let room = str_trailing(s.len(), s.len(), kind_bits(kind));
    let small = heap::with_heap(|h| h.geometry().small_request_threshold);
    let observed = crate::memory::trace::active() || crate::memory::tracemalloc::is_tracing();
    let room = if crate::memory::object::object_block_size::<StrBody>(room) > small {
        Room::Kept(room)
    } else if observed {
        // The shrink would be refused (records follow blocks by address
        // and size): the text's own block.
        Room::Exact
    } else {
        Room::Shrunk(room)
    };
    new_compact_in_room(&types().str, pep393::Utf8Buf::copy_of(s)?, 0, room)
}

/// A str subclass's instance: CPython's `unicode_subtype_new`, the object
/// and then its kind data in a block of its own; the utf8 word points at
/// the data of ASCII text (CPython shares it too) and at a UTF-8 copy of
/// other text.
fn new_str_not_compact(ty: &Obj, s: &str) -> Result<ObjRef, AllocError> {
    let (char_len, kind) = if s.is_ascii() {
        (s.len(), 0)
    } else {
        pep393::measure(s)
    };
    let state = kind_bits(kind) | STATE_NOT_COMPACT;
    let size = text_block_size(char_len, state);
    let utf8 = if kind == 0 {
        None
    } else {
        Some(pep393::Utf8Buf::copy_of(s)?)
    };
    let data = heap::malloc(size)?;
    // SAFETY: a fresh block of `size` bytes, (char_len + 1) units of the
    // kind, disjoint from `s`; ASCII text is its own latin-1 data.
    unsafe {
        if kind == 0 {
            std::ptr::copy_nonoverlapping(s.as_ptr(), data.as_ptr(), s.len());
            *data.as_ptr().add(s.len()) = 0;
        } else {
            pep393::write_data(data.as_ptr(), s, kind);
        }
    }
    let body = StrBody {
        hash: Cell::new(-1),
        byte_len: s.len(),
        char_len,
        _state: state,
    };
    let obj = match alloc_object(ty, body, NOT_COMPACT_TRAILING) {
        Ok(o) => o,
        Err(e) => {
            // SAFETY: the block just allocated with `size`, never shared.
            unsafe { heap::free(data, size) };
            return Err(e);
        }
    };
    let utf8 = utf8.map_or(data.as_ptr(), pep393::Utf8Buf::into_raw);
    let w = words(&obj);
    // SAFETY: alloc_object reserved NOT_COMPACT_TRAILING (four words) of
    // trailing bytes: CPython's utf8_length, utf8, wstr_length, data.
    unsafe {
        w.add(pep393::UTF8_LENGTH_WORD).write(s.len());
        w.add(pep393::UTF8_WORD).write(utf8 as usize);
        w.add(2).write(0);
        w.add(pep393::DATA_WORD).write(data.as_ptr() as usize);
    }
    Ok(obj)
}

/// Frees what an immortal str holds outside the heap (its UTF-8 copy) at
/// interpreter teardown, where immortal objects are never deallocated but
/// vanish with the heap. The object must not be used afterwards.
pub(crate) fn release_immortal(obj: &Obj) {
    if obj.payload::<StrBody>().is_some() {
        <StrBody as VarSize>::drop_trailing(obj);
    }
}

/// The length in characters of a str object (kept in the object: no
/// recount); 0 for anything else.
pub fn char_len_of(obj: &Obj) -> usize {
    obj.payload::<StrBody>().map_or(0, StrBody::char_len)
}

/// The text of a str object. Panics if `obj` is not a str (a VM bug).
pub fn as_str(obj: &Obj) -> &str {
    let body = obj.payload::<StrBody>().expect("str object");
    str_of(obj, body)
}

/// The text of `obj` if it is a str.
#[inline]
pub fn try_str(obj: &Obj) -> Option<&str> {
    obj.payload::<StrBody>().map(|b| str_of(obj, b))
}

#[inline(always)]
fn str_of<'a>(obj: &'a Obj, body: &StrBody) -> &'a str {
    let mut p = obj.trailing_ptr::<StrBody>() as *const u8;
    if !text_inline(body._state) {
        // SAFETY: the utf8 word of a str that is not ASCII-compact points
        // at its UTF-8 (its own copy, or its data block for an ASCII
        // subclass instance), alive as long as the object.
        p = unsafe { *(p as *const *const u8).add(pep393::UTF8_WORD) };
    }
    // SAFETY: a str object's text is byte_len bytes of valid UTF-8
    // (module invariant), alive as long as the object.
    unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, body.byte_len)) }
}

/// The kind data of a str object (CPython's `PyUnicode_DATA`): for ASCII
/// text its UTF-8 itself.
fn data_of(obj: &Obj, body: &StrBody) -> *const u8 {
    let t = obj.trailing_ptr::<StrBody>() as *const u8;
    if body._state & STATE_NOT_COMPACT != 0 {
        // SAFETY: a non-compact str's data word points at its data block,
        // alive as long as the object.
        unsafe { *(t as *const *const u8).add(pep393::DATA_WORD) }
    } else if state_kind(body._state) == 0 {
        t
    } else {
        // SAFETY: a compact non-ASCII str's kind data follows its three
        // words in its block.
        unsafe { t.add(pep393::COMPACT_WORDS_SIZE) }
    }
}

/// Character `i` of a str object (CPython's `PyUnicode_READ_CHAR`): one
/// read of its kind data.
pub fn char_at(obj: &Obj, i: usize) -> Option<char> {
    let body = obj.payload::<StrBody>()?;
    if i >= body.char_len {
        return None;
    }
    // SAFETY: `i < char_len`, and the data holds char_len units of the
    // str's kind (ASCII text: of one byte).
    Some(unsafe { pep393::read_char(data_of(obj, body), kind_of(body), i) })
}

pub fn str_getitem(_vm: &mut Vm, s: &Obj, key: &Obj) -> PyResult<ObjRef> {
    let body = s.payload::<StrBody>().expect("str");
    let text = try_str(s).expect("str");
    if let Some(sl) = key.payload::<SliceBody>() {
        if body.is_ascii() {
            let bytes = text.as_bytes();
            let (start, stop, step) = slice_indices(sl, bytes.len())?;
            if step == 1 {
                let (a, b) = (start.max(0) as usize, stop.max(start).max(0) as usize);
                return Ok(substr_of(s, &text[a..b.min(bytes.len())])?);
            }
            let pos = crate::objects::slice::slice_iter(sl, bytes.len())?;
            let n = pos.len();
            return Ok(new_str_build(n, n, |w| {
                for i in pos {
                    w.push_str(&text[i..i + 1]);
                }
            })?);
        }
        // Read from the kind data: no walk over the text before the slice.
        let (data, kind) = (data_of(s, body), kind_of(body));
        // SAFETY: the positions are below char_len, and the data holds
        // char_len units of the kind.
        let at = |i: usize| unsafe { pep393::read_char(data, kind, i) };
        let (start, _, step) = slice_indices(sl, body.char_len)?;
        let pos = crate::objects::slice::slice_iter(sl, body.char_len)?;
        let n = pos.len();
        // PyUnicode_Substring: the singleton, or the str itself.
        if step == 1 && n == 1 {
            if let Some(o) = latin1_char(at(start as usize) as u32) {
                return Ok(o);
            }
        }
        if step == 1 && n == body.char_len && s.ty().is(&types().str) {
            return Ok(s.to_ref());
        }
        let bytes = pos.clone().map(|i| at(i).len_utf8()).sum();
        return Ok(new_str_build(bytes, n, |w| {
            for i in pos {
                w.push(at(i));
            }
        })?);
    }
    let n = body.char_len();
    let v = index_value(key).map_err(|_| {
        if key.layout() == crate::objects::Layout::Int {
            index_error("cannot fit 'int' into an index-sized integer")
        } else {
            type_error(format!(
                "string indices must be integers, not '{}'",
                type_name(key)
            ))
        }
    })?;
    let i = if v < 0 { v + n as i64 } else { v };
    if i < 0 || i >= n as i64 {
        return Err(index_error("string index out of range"));
    }
    let i = i as usize;
    let c = char_at(s, i).expect("in range");
    if let Some(o) = latin1_char(c as u32) {
        return Ok(o);
    }
    if body.is_ascii() {
        return Ok(new_str(&text[i..i + 1])?);
    }
    let mut buf = [0u8; 4];
    Ok(new_str(c.encode_utf8(&mut buf))?)
}

/// `ascii()`: escapes non-ASCII characters of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// `str(object='')`: `str()` of the object.
pub(crate) fn str_new(vm: &mut Vm, call: &TypeCall) -> PyResult<ObjRef> {
    let (pos, kws) = call.split();
    crate::objects::function::signature::check_clinic(
        "str",
        pos.len(),
        &kws,
        0,
        0,
        3,
        &["object", "encoding", "errors"],
    )?;
    let object = pos.first().or_else(|| kwarg(&kws, "object"));
    let encoding = pos.get(1).or_else(|| kwarg(&kws, "encoding"));
    let errors = pos.get(2).or_else(|| kwarg(&kws, "errors"));
    if encoding.is_none() && errors.is_none() {
        return match object {
            Some(v) => repr::str_of(vm, v),
            None => Ok(new_str("")?),
        };
    }
    // `str(b, encoding, errors)` is `b.decode(encoding, errors)`; CPython
    // checks the argument types before looking at the object.
    for (name, v) in [("encoding", encoding), ("errors", errors)] {
        if let Some(v) = v.filter(|v| try_str(v).is_none()) {
            return Err(type_error(format!(
                "str() argument '{name}' must be str, not {}",
                if crate::objects::singletons::is_none(v) {
                    "None".into()
                } else {
                    object::type_name(v)
                }
            )));
        }
    }
    let Some(object) = object else {
        return Ok(new_str("")?);
    };
    if try_str(object).is_some() {
        return Err(type_error("decoding str is not supported"));
    }
    if crate::objects::bytes::try_bytes(object).is_none() {
        return Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            object::type_name(object)
        )));
    }
    let utf8 = new_str("utf-8")?;
    let strict = new_str("strict")?;
    let args = [
        object.clone(),
        encoding.cloned().unwrap_or(utf8),
        errors.cloned().unwrap_or(strict),
    ];
    crate::objects::bytes::methods::bytes_decode(vm, &args, None)
}

/// `str * n` (CPython's `unicode_repeat`); `None` when `n` is not an int.
pub(crate) fn str_repeat(vm: &mut Vm, s: &Obj, n: &Obj) -> PyResult<Option<ObjRef>> {
    let (Some(body), Some(n)) = (s.payload::<StrBody>(), repeat_count(vm, n)?) else {
        return Ok(None);
    };
    let text = str_of(s, body);
    check_text_repeat(text.len(), n, "repeated string is too long")?;
    // CPython's unicode_repeat: `s * 1` of an exact str is `s` itself.
    if n == 1 && s.ty().is(&types().str) {
        return Ok(Some(s.to_ref()));
    }
    let total = text.len().checked_mul(n).ok_or_else(heap::no_memory)?;
    heap::check_room(total)?;
    // Written straight into the new object's block: no Rust string.
    let obj = new_str_build(total, body.char_len * n, |w| {
        for _ in 0..n {
            w.push_str(text);
        }
    })?;
    Ok(Some(obj))
}

/// `item in str`: substring search; the item must be a str.
pub(crate) fn str_contains(s: &Obj, item: &Obj) -> PyResult<bool> {
    let Some(needle) = try_str(item) else {
        return Err(type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            object::type_name(item)
        )));
    };
    Ok(try_str(s).expect("str").contains(needle))
}

/// Hash of a str object (cached in the object).
pub fn str_hash(key: &Obj) -> i64 {
    let b = key.payload::<StrBody>().expect("str key");
    if let Some(h) = b.cached_hash() {
        return h;
    }
    let h = hash_str_text(as_str(key));
    b.set_hash(h);
    h
}

/// The hash of text: FNV-1a, 64-bit, fixed (so runs are deterministic; CPython
/// randomises str hashes per process, so no program can depend on them).
pub(crate) fn hash_str_text(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Config, Interpreter};

    #[test]
    fn join_parts_concatenates_into_one_object() {
        let _i = Interpreter::new(Config::default());
        let parts = [
            new_str("ab").unwrap(),
            new_str("").unwrap(),
            new_str("\u{20ac}").unwrap(),
        ];
        let s = join_parts(&parts).unwrap();
        assert_eq!(as_str(&s), "ab\u{20ac}");
        assert_eq!(s.payload::<StrBody>().unwrap().char_len(), 3);
        assert!(join_parts(&parts[1..2]).unwrap().is(&types().empty_str));
    }

    #[test]
    fn non_ascii_text_is_kind_data_in_the_block() {
        let _i = Interpreter::new(Config::default());
        for (c, kind) in [('\u{e9}', 1), ('\u{20ac}', 2), ('\u{1f600}', 4)] {
            let text: String = std::iter::repeat_n(c, 100).collect();
            let o = new_str(&text).unwrap();
            assert_eq!(as_str(&o), text);
            // CPython's PyCompactUnicodeObject and (n + 1) * kind bytes.
            assert_eq!(o.alloc_size(), 72 + 101 * kind);
            assert_eq!(char_at(&o, 99), Some(c));
            // `s += "ab"` grows the block and the UTF-8 copy together.
            let o = append_in_place(o, &new_str("ab").unwrap()).unwrap();
            assert_eq!(as_str(&o), format!("{text}ab"));
            assert_eq!(o.alloc_size(), 72 + 103 * kind);
            assert_eq!(char_at(&o, 101), Some('b'));
        }
    }

    #[test]
    fn small_int_decimal_is_str_of_int() {
        let mut buf = [0u8; 20];
        for v in [0, 7, -7, 1234567890, i64::MAX, i64::MIN] {
            assert_eq!(
                crate::objects::int::small_int_decimal(v, &mut buf),
                v.to_string()
            );
        }
    }
}
