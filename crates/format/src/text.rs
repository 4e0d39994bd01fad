//! [`Text`]: the formatting scratch buffer. Up to `INLINE` bytes live on
//! the stack; only longer text (a precision of hundreds of digits) spills
//! into a `String`. So formatting a float makes no call to Rust's global
//! allocator: the caller copies the finished text straight into a str
//! object of the heap, as CPython formats into a stack buffer before
//! `PyUnicode_FromString`.

use arrayvec::ArrayString;
use std::fmt;

/// Inline capacity: a double's shortest repr, a `'%.17g'` or a
/// `'.2f'` of a large value fits.
const INLINE: usize = 64;

/// The inline part is an `ArrayString`, which knows its bytes are UTF-8:
/// reading the text as a `&str` (every `Deref`) costs nothing, where a
/// byte buffer had to be validated each time — formatting a float or an
/// int read its text a few dozen times, and `from_utf8` was 7% of
/// `bench/string_build.py`.
pub struct Text {
    inline: ArrayString<INLINE>,
    spilled: Option<String>,
}

impl Default for Text {
    fn default() -> Text {
        Text::new()
    }
}

impl Text {
    pub fn new() -> Text {
        Text {
            inline: ArrayString::new(),
            spilled: None,
        }
    }

    pub fn as_str(&self) -> &str {
        match &self.spilled {
            Some(s) => s,
            None => &self.inline,
        }
    }

    pub fn len(&self) -> usize {
        match &self.spilled {
            Some(s) => s.len(),
            None => self.inline.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn push_str(&mut self, s: &str) {
        if let Some(h) = &mut self.spilled {
            h.push_str(s);
            return;
        }
        if self.inline.try_push_str(s).is_ok() {
            return;
        }
        let mut h = String::with_capacity((self.inline.len() + s.len()) * 2);
        h.push_str(self.as_str());
        h.push_str(s);
        self.spilled = Some(h);
    }

    /// Room for `n` more bytes, spilling now if they will not fit inline;
    /// false when the allocation is refused.
    pub fn try_reserve(&mut self, n: usize) -> bool {
        if let Some(h) = &mut self.spilled {
            return h.try_reserve(n).is_ok();
        }
        if self.inline.len().saturating_add(n) <= INLINE {
            return true;
        }
        let mut h = String::new();
        if h.try_reserve(self.inline.len().saturating_add(n)).is_err() {
            return false;
        }
        h.push_str(self.as_str());
        self.spilled = Some(h);
        true
    }

    pub fn push(&mut self, c: char) {
        let mut b = [0u8; 4];
        self.push_str(c.encode_utf8(&mut b));
    }

    /// Removes the last character (ASCII text only is ever popped).
    pub fn pop(&mut self) {
        match &mut self.spilled {
            Some(h) => {
                h.pop();
            }
            None => {
                self.inline.pop();
            }
        }
    }

    pub fn truncate(&mut self, n: usize) {
        match &mut self.spilled {
            Some(h) => h.truncate(n),
            None => {
                if self.inline.is_char_boundary(n) {
                    self.inline.truncate(n);
                }
            }
        }
    }

    pub fn make_ascii_uppercase(&mut self) {
        match &mut self.spilled {
            Some(h) => h.make_ascii_uppercase(),
            None => self.inline.make_ascii_uppercase(),
        }
    }

    /// Reverses the text character by character.
    pub fn reverse_chars(&mut self) {
        match &mut self.spilled {
            Some(h) => *h = h.chars().rev().collect(),
            None => {
                let r: Text = {
                    let mut r = Text::new();
                    for c in self.as_str().chars().rev() {
                        r.push(c);
                    }
                    r
                };
                *self = r;
            }
        }
    }

    pub fn into_string(self) -> String {
        match self.spilled {
            Some(h) => h,
            None => self.as_str().to_string(),
        }
    }

    /// Text made by `format_args!`.
    pub fn from_args(args: fmt::Arguments<'_>) -> Text {
        let mut t = Text::new();
        let _ = fmt::Write::write_fmt(&mut t, args);
        t
    }
}

impl fmt::Write for Text {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push_str(s);
        Ok(())
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}
