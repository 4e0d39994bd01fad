//! [`Text`]: the formatting scratch buffer. Up to `INLINE` bytes live on
//! the stack; only longer text (a precision of hundreds of digits) spills
//! into a `String`. So formatting a float makes no call to Rust's global
//! allocator: the caller copies the finished text straight into a str
//! object of the heap, as CPython formats into a stack buffer before
//! `PyUnicode_FromString`.

use std::fmt;

/// Inline capacity: a double's shortest repr, a `'%.17g'` or a
/// `'.2f'` of a large value fits.
const INLINE: usize = 64;

pub struct Text {
    buf: [u8; INLINE],
    len: usize,
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
            buf: [0; INLINE],
            len: 0,
            spilled: None,
        }
    }

    pub fn as_str(&self) -> &str {
        match &self.spilled {
            Some(s) => s,
            // Only whole `str`s are ever appended, so the bytes are UTF-8.
            None => std::str::from_utf8(&self.buf[..self.len]).unwrap_or(""),
        }
    }

    pub fn len(&self) -> usize {
        match &self.spilled {
            Some(s) => s.len(),
            None => self.len,
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
        if self.len + s.len() <= INLINE {
            self.buf[self.len..self.len + s.len()].copy_from_slice(s.as_bytes());
            self.len += s.len();
            return;
        }
        let mut h = String::with_capacity((self.len + s.len()) * 2);
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
        if self.len.saturating_add(n) <= INLINE {
            return true;
        }
        let mut h = String::new();
        if h.try_reserve(self.len.saturating_add(n)).is_err() {
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
            None => self.len = self.len.saturating_sub(1),
        }
    }

    pub fn truncate(&mut self, n: usize) {
        match &mut self.spilled {
            Some(h) => h.truncate(n),
            None => self.len = self.len.min(n),
        }
    }

    pub fn make_ascii_uppercase(&mut self) {
        match &mut self.spilled {
            Some(h) => h.make_ascii_uppercase(),
            None => self.buf[..self.len].make_ascii_uppercase(),
        }
    }

    /// Reverses the text character by character.
    pub fn reverse_chars(&mut self) {
        let ascii = self.as_str().is_ascii();
        match &mut self.spilled {
            Some(h) => *h = h.chars().rev().collect(),
            None if ascii => self.buf[..self.len].reverse(),
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
