//! Making strs from pieces without a Rust string in between: the
//! measured builder ([`new_str_build`], [`new_str_measured`]), `a + b`
//! ([`concat`]), f-string pieces ([`join_parts`]) and `s += t` growing the
//! block in place ([`append_in_place`], CPython's `PyUnicode_Append`).
//!
//! Invariant: every str made here is in the layout [`super`] describes —
//! ASCII text written straight into the object's block, other text into
//! its UTF-8 copy first, from which the kind data is made.

use super::{
    intern, new_compact, pep393, state_kind, str_of, str_trailing, words, StrBody,
    STATE_NOT_COMPACT, STATE_RAW_ROOM,
};
use crate::memory::object::{alloc_builtin_object, Obj, ObjRef};
use crate::objects::registry::types;
use arenapy_alloc::AllocError;
use std::cell::Cell;

/// Writes the text of a new str object in place (CPython's
/// `PyUnicode_New` then filling its data): `build` pushes exactly
/// `byte_len` bytes of `char_len` characters, so a method's result is
/// made with no Rust string in between. Only whole `str`s are pushed, and
/// the room is zeroed first, so the text is UTF-8 whatever `build` does.
/// ASCII text is written into the object's block; other text into its
/// UTF-8 copy, from which the kind data is then made.
pub fn new_str_build(
    byte_len: usize,
    char_len: usize,
    build: impl FnOnce(&mut StrWriter<'_>),
) -> Result<ObjRef, AllocError> {
    if byte_len == 0 {
        return Ok(types().empty_str.clone());
    }
    if byte_len != char_len {
        let mut utf8 = pep393::Utf8Buf::zeroed(byte_len)?;
        let mut w = StrWriter {
            dst: utf8.bytes_mut(),
            at: 0,
        };
        build(&mut w);
        debug_assert_eq!(w.at, byte_len, "str builder length");
        return new_compact(&types().str, utf8, 0);
    }
    let body = StrBody {
        hash: Cell::new(-1),
        byte_len,
        char_len,
        _state: 0,
    };
    let obj = alloc_builtin_object(&types().str, body, byte_len + 1)?;
    let dst = obj.trailing_ptr::<StrBody>();
    // SAFETY: alloc_builtin_object reserved byte_len + 1 trailing bytes at
    // dst, zeroed here before the slice over them is made; nothing else
    // refers to the new object yet.
    let bytes = unsafe {
        std::ptr::write_bytes(dst, 0, byte_len + 1);
        std::slice::from_raw_parts_mut(dst, byte_len)
    };
    let mut w = StrWriter { dst: bytes, at: 0 };
    build(&mut w);
    debug_assert_eq!(w.at, byte_len, "str builder length");
    Ok(obj)
}

/// The writer [`new_str_build`] hands out: appends whole strs while they fit.
pub struct StrWriter<'a> {
    dst: &'a mut [u8],
    at: usize,
}

impl StrWriter<'_> {
    pub fn push_str(&mut self, s: &str) {
        if let Some(d) = self.dst.get_mut(self.at..self.at + s.len()) {
            d.copy_from_slice(s.as_bytes());
            self.at += s.len();
        }
    }

    pub fn push(&mut self, c: char) {
        let mut b = [0u8; 4];
        self.push_str(c.encode_utf8(&mut b));
    }
}

impl std::fmt::Write for StrWriter<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.push_str(s);
        Ok(())
    }
}

/// A `fmt::Write` sink that only counts what would be written (bytes and
/// characters): the first pass of measure-then-fill.
#[derive(Default)]
pub struct TextCount {
    pub bytes: usize,
    pub chars: usize,
}

impl std::fmt::Write for TextCount {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.bytes += s.len();
        self.chars += s.chars().count();
        Ok(())
    }
}

/// A new str object of what `write` writes, measured by a first run of
/// `write` and filled by a second (CPython's `unicode_repr` measures the
/// output, allocates the object, then writes into it): no Rust string.
/// `write` must write the same text both times.
pub fn new_str_measured(
    write: impl Fn(&mut dyn std::fmt::Write) -> std::fmt::Result,
) -> Result<ObjRef, AllocError> {
    let mut count = TextCount::default();
    let _ = write(&mut count);
    new_str_build(count.bytes, count.chars, |w| {
        let _ = write(w);
    })
}

/// `a + b` for two str objects: one new object of the final size, filled
/// from both (no intermediate Rust string; the length in characters is the
/// sum, not a recount). As CPython's `PyUnicode_Concat`, the empty-str
/// singleton as one operand gives the other itself when that is an exact
/// str.
pub fn concat(a: &Obj, b: &Obj) -> Option<Result<ObjRef, AllocError>> {
    let (ab, bb) = (a.payload::<StrBody>()?, b.payload::<StrBody>()?);
    let (x, y) = (str_of(a, ab), str_of(b, bb));
    let t = types();
    if a.is(&t.empty_str) && b.ty().is(&t.str) {
        return Some(Ok(b.to_ref()));
    }
    if b.is(&t.empty_str) && a.ty().is(&t.str) {
        return Some(Ok(a.to_ref()));
    }
    let len = x.len() + y.len();
    if len == 0 {
        return Some(Ok(types().empty_str.clone()));
    }
    let char_len = ab.char_len + bb.char_len;
    if len != char_len {
        return Some(new_str_build(len, char_len, |w| {
            w.push_str(x);
            w.push_str(y);
        }));
    }
    let body = StrBody {
        hash: Cell::new(-1),
        byte_len: len,
        char_len,
        _state: 0,
    };
    let obj = match alloc_builtin_object(&t.str, body, len + 1) {
        Ok(o) => o,
        Err(e) => return Some(Err(e)),
    };
    let dst = obj.trailing_ptr::<StrBody>();
    // SAFETY: alloc_object reserved len + 1 trailing bytes at dst; x and y
    // are the texts of live objects, disjoint from the new block.
    unsafe {
        std::ptr::copy_nonoverlapping(x.as_ptr(), dst, x.len());
        std::ptr::copy_nonoverlapping(y.as_ptr(), dst.add(x.len()), y.len());
        *dst.add(len) = 0;
    }
    Some(Ok(obj))
}

/// The str objects of `parts` joined (BuildString's f-string pieces): one
/// new object of the final size, filled from each part, with no Rust
/// string in between. A part that is not a str contributes nothing (the
/// compiler only gives BuildString strs).
pub fn join_parts(parts: &[ObjRef]) -> Result<ObjRef, AllocError> {
    let texts = || {
        parts
            .iter()
            .filter_map(|p| p.payload::<StrBody>().map(|b| (str_of(p, b), b.char_len)))
    };
    let (len, chars) = texts().fold((0, 0), |(l, c), (s, n)| (l + s.len(), c + n));
    if len == 0 {
        return Ok(types().empty_str.clone());
    }
    if len != chars {
        return new_str_build(len, chars, |w| {
            for (s, _) in texts() {
                w.push_str(s);
            }
        });
    }
    let body = StrBody {
        hash: Cell::new(-1),
        byte_len: len,
        char_len: chars,
        _state: 0,
    };
    let obj = alloc_builtin_object(&types().str, body, len + 1)?;
    let dst = obj.trailing_ptr::<StrBody>();
    let mut at = 0;
    for (s, _) in texts() {
        // SAFETY: alloc_builtin_object reserved len + 1 trailing bytes at
        // dst, and the parts' lengths sum to len; the parts are live
        // objects, disjoint from the new block.
        unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), dst.add(at), s.len()) };
        at += s.len();
    }
    // SAFETY: `len < len + 1` trailing bytes.
    unsafe { *dst.add(len) = 0 };
    Ok(obj)
}

#[inline]
/// `s += t` when nothing else refers to `s` (CPython's `PyUnicode_Append`
/// on a resizable string, reached from its in-place BINARY_OP): `s`'s
/// block grows (`object::resize_unique_str`) and `t`'s characters are
/// written after its own, so a loop of `s += x` does not copy the whole
/// string at every step. `Err` gives `s` back untouched when this cannot
/// be done (a shared or non-exact `s`, an observed heap, no memory): the
/// caller then makes a new string as usual.
pub fn append_in_place(s: ObjRef, t: &Obj) -> Result<ObjRef, ObjRef> {
    let (Some(sb), Some(tb)) = (s.payload::<StrBody>(), t.payload::<StrBody>()) else {
        return Err(s);
    };
    let (old_len, add, chars) = (sb.byte_len, tb.byte_len, sb.char_len + tb.char_len);
    let Some(new_len) = old_len
        .checked_add(add)
        .filter(|&n| n < isize::MAX as usize / 2)
    else {
        return Err(s);
    };
    // CPython's conditions (`unicode_modifiable`, and a right operand of
    // no wider kind, nor non-ASCII after ASCII): no cached hash, not
    // interned, so the text's kind does not change.
    let (kind, t_kind) = (state_kind(sb._state), state_kind(tb._state));
    if add == 0
        || s.is(t)
        || sb.hash.get() != -1
        || sb._state & (intern::STATE_INTERNED | STATE_NOT_COMPACT | STATE_RAW_ROOM) != 0
        || t_kind > kind
    {
        return Err(s);
    }
    let (old_size, new_size) = (
        str_trailing(old_len, sb.char_len, sb._state),
        str_trailing(new_len, chars, sb._state),
    );
    let old_chars = sb.char_len;
    let s = crate::memory::object::resize_unique_str(s, old_size, new_size)?;
    let src = str_of(t, tb);
    let body = s.payload::<StrBody>().expect("str") as *const StrBody as *mut StrBody;
    let dst = s.trailing_ptr::<StrBody>();
    // `s` has exactly one reference (ours: `resize_unique_str` checked), so
    // nothing else reads its body while it changes; two UTF-8 strings end
    // to end are UTF-8.
    if kind == 0 {
        // SAFETY: the block now has new_len + 1 trailing bytes, and `t` is
        // another object, so the copied ranges do not overlap.
        unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), dst.add(old_len), add) };
        // SAFETY: as above.
        unsafe { *dst.add(new_len) = 0 };
    } else {
        let w = words(&s);
        // The block now has room for `chars + 1` units of kind data after
        // the three words, and `t`'s characters fit the kind (checked above).
        // SAFETY: so the kind data fits; the UTF-8 copy is this str's own,
        // grown to new_len bytes and a NUL before `t`'s UTF-8 goes after it.
        unsafe {
            let data = dst.add(pep393::COMPACT_WORDS_SIZE + old_chars * kind);
            pep393::write_data(data, src, kind);
            let utf8 = pep393::grow_raw(*w.add(pep393::UTF8_WORD) as *mut u8, old_len, new_len);
            std::ptr::copy_nonoverlapping(src.as_ptr(), utf8.add(old_len), add);
            *utf8.add(new_len) = 0;
            w.add(pep393::UTF8_WORD).write(utf8 as usize);
            w.add(pep393::UTF8_LENGTH_WORD).write(new_len);
        }
    }
    // SAFETY: the one reference is ours (above).
    unsafe {
        (*body).byte_len = new_len;
        (*body).char_len = chars;
        (*body).hash.set(-1);
    }
    Ok(s)
}
