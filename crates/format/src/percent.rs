//! printf-style conversions of the `%` operator on str for one
//! already-extracted argument: flags, width, precision and the integer,
//! float and string conversions.

use crate::float_repr::double_to_string;
use crate::spec::push_n;
use crate::FmtError;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

// ---- printf-style ('%' operator) ----

/// One parsed `%` conversion: flags (- + space # 0), width, precision, conversion char.
#[derive(Debug, Clone, PartialEq)]
pub struct PercentSpec {
    pub left: bool,
    pub plus: bool,
    pub space: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub conv: char,
}

/// Where a `%` conversion writes its text: the caller's output buffer
/// (the VM's string being built, in its own heap), a `String` or a
/// [`Text`](crate::Text). A refused allocation is a `MemoryError`.
pub trait PercentOut {
    fn put(&mut self, s: &str) -> Result<(), FmtError>;

    /// Room for `n` more bytes, or `MemoryError` (a width of billions is
    /// refused here, before any of it is written).
    fn reserve(&mut self, n: usize) -> Result<(), FmtError>;

    /// `n` copies of the ASCII `fill` (no-op for `n <= 0`).
    fn put_fill(&mut self, fill: u8, n: i64) -> Result<(), FmtError> {
        let chunk = [fill; 32];
        let mut n = n.max(0) as usize;
        self.reserve(n)?;
        while n > 0 {
            let k = n.min(chunk.len());
            // `fill` is ASCII (' ' or '0'), so any prefix is UTF-8.
            self.put(std::str::from_utf8(&chunk[..k]).unwrap_or(""))?;
            n -= k;
        }
        Ok(())
    }
}

impl PercentOut for String {
    fn reserve(&mut self, n: usize) -> Result<(), FmtError> {
        crate::reserve(self, n)
    }

    fn put(&mut self, s: &str) -> Result<(), FmtError> {
        crate::reserve(self, s.len())?;
        self.push_str(s);
        Ok(())
    }
}

impl PercentOut for crate::Text {
    fn reserve(&mut self, n: usize) -> Result<(), FmtError> {
        crate::reserve_text(self, n)
    }

    fn put(&mut self, s: &str) -> Result<(), FmtError> {
        crate::reserve_text(self, s.len())?;
        self.push_str(s);
        Ok(())
    }
}

/// CPython's `unicode_format_arg_output` (sign, `0x` prefix and padding),
/// writing to `out`. In a numeric `s` the sign and prefix are ASCII, so
/// byte and character positions agree there.
fn percent_output_into(
    out: &mut impl PercentOut,
    s: &str,
    spec: &PercentSpec,
    numeric: bool,
) -> Result<(), FmtError> {
    let mut width = spec.width.map_or(-1, |w| w as i64);
    let prec = spec.precision.map_or(-1, |p| p as i64);
    let fill = if numeric && spec.zero { b'0' } else { b' ' };
    // The character count matters only when a width or precision does.
    let mut len = if width >= 0 || prec >= 0 {
        if s.is_ascii() {
            s.len() as i64
        } else {
            s.chars().count() as i64
        }
    } else {
        0
    };
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(spec.plus || spec.space) {
        return out.put(s);
    }
    len = s.chars().count() as i64;
    if matches!(spec.conv, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let bytes = s.as_bytes();
    let mut pindex = 0usize;
    let mut signchar: Option<&str> = None;
    if numeric {
        match bytes.first() {
            Some(b'-') => {
                signchar = Some("-");
                len -= 1;
                pindex = 1;
            }
            Some(b'+') => {
                signchar = Some("+");
                len -= 1;
                pindex = 1;
            }
            _ if spec.plus => signchar = Some("+"),
            _ if spec.space => signchar = Some(" "),
            _ => {}
        }
    }
    width = width.max(len);
    if let Some(sc) = signchar {
        if fill != b' ' {
            out.put(sc)?;
        }
        if width > len {
            width -= 1;
        }
    }
    let altx = spec.alternate && matches!(spec.conv, 'x' | 'X' | 'o');
    if altx {
        if fill != b' ' {
            out.put(s.get(pindex..pindex + 2).unwrap_or(""))?;
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !spec.left {
        out.put_fill(fill, width - len)?;
        width = len;
    }
    if fill == b' ' {
        if let Some(sc) = signchar {
            out.put(sc)?;
        }
        if altx {
            out.put(s.get(pindex..pindex + 2).unwrap_or(""))?;
            pindex += 2;
        }
    }
    // `len` characters from `pindex` (a precision may cut a string short).
    let rest = s.get(pindex..).unwrap_or("");
    let take = len.max(0) as usize;
    let end = rest.char_indices().nth(take).map_or(rest.len(), |(i, _)| i);
    out.put(&rest[..end])?;
    out.put_fill(b' ', width - len)
}

/// CPython's `unicode_format_arg_output` as a new `String`.
fn percent_output(s: &str, spec: &PercentSpec, numeric: bool) -> Result<String, FmtError> {
    let mut out = String::new();
    percent_output_into(&mut out, s, spec, numeric)?;
    Ok(out)
}

/// The digits of |v| in `base` (lower case): word-sized values without
/// going through the big-int conversion.
pub(crate) fn radix_digits(v: &BigInt, base: u32) -> String {
    match (base, v.magnitude().to_u64()) {
        (10, Some(m)) => m.to_string(),
        (16, Some(m)) => format!("{m:x}"),
        (8, Some(m)) => format!("{m:o}"),
        (2, Some(m)) => format!("{m:b}"),
        _ => v.magnitude().to_str_radix(base),
    }
}

/// `'%d' % v` and friends: conversions d i u o x X.
pub fn percent_int(v: &BigInt, spec: &PercentSpec) -> Result<String, FmtError> {
    let (base, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = radix_digits(v, base);
    let mut s = String::from(if v.is_negative() { "-" } else { "" });
    if spec.alternate {
        s += prefix;
    }
    if let Some(p) = spec.precision {
        push_n(&mut s, '0', p as i64 - digits.len() as i64)?;
    }
    s += &digits;
    if spec.conv == 'X' {
        s = s.to_ascii_uppercase();
    }
    percent_output(&s, spec, true)
}

/// [`percent_float`] as stack text: a conversion without width or sign
/// flags is the digits alone, with no Rust allocation.
pub fn percent_float_text(v: f64, spec: &PercentSpec) -> Result<crate::Text, FmtError> {
    if spec.width.is_none() && !spec.plus && !spec.space {
        let prec = spec.precision.unwrap_or(6);
        return double_to_string(v, spec.conv, prec, false, spec.alternate, false);
    }
    let mut t = crate::Text::new();
    t.push_str(&percent_float(v, spec)?);
    Ok(t)
}

/// `'%f' % v` and friends: conversions e E f F g G (default precision 6).
pub fn percent_float(v: f64, spec: &PercentSpec) -> Result<String, FmtError> {
    let prec = spec.precision.unwrap_or(6);
    let s = double_to_string(v, spec.conv, prec, false, spec.alternate, false)?;
    percent_output(s.as_str(), spec, true)
}

/// `'%s'`/`'%r'`/`'%a'` padding of the already-converted string: precision
/// truncates, width pads (flags other than `-` are ignored).
pub fn percent_pad_str(s: &str, spec: &PercentSpec) -> Result<String, FmtError> {
    percent_output(s, spec, false)
}

/// [`percent_int`] of a word-sized value, written to `out` with no
/// allocation: the digits are laid out on the stack.
pub fn percent_int_small_into(
    out: &mut impl PercentOut,
    v: i64,
    spec: &PercentSpec,
) -> Result<(), FmtError> {
    let (prefix, m) = (
        match spec.conv {
            'o' => "0o",
            'x' | 'X' => "0x",
            _ => "",
        },
        v.unsigned_abs(),
    );
    let mut digits = crate::Text::new();
    match spec.conv {
        'o' => crate::spec::push_radix(&mut digits, m, 8, false),
        'x' => crate::spec::push_radix(&mut digits, m, 16, false),
        'X' => crate::spec::push_radix(&mut digits, m, 16, true),
        _ => crate::spec::push_radix(&mut digits, m, 10, false),
    }
    let mut s = crate::Text::new();
    if v < 0 {
        s.push_str("-");
    }
    if spec.alternate {
        s.push_str(if spec.conv == 'X' { "0X" } else { prefix });
    }
    if let Some(p) = spec.precision {
        crate::spec::push_n_text(&mut s, '0', p as i64 - digits.len() as i64)?;
    }
    s.push_str(&digits);
    percent_output_into(out, &s, spec, true)
}

/// [`percent_float`] written to `out`.
pub fn percent_float_into(
    out: &mut impl PercentOut,
    v: f64,
    spec: &PercentSpec,
) -> Result<(), FmtError> {
    let prec = spec.precision.unwrap_or(6);
    let s = double_to_string(v, spec.conv, prec, false, spec.alternate, false)?;
    percent_output_into(out, s.as_str(), spec, true)
}

/// [`percent_pad_str`] written to `out`.
pub fn percent_pad_str_into(
    out: &mut impl PercentOut,
    s: &str,
    spec: &PercentSpec,
) -> Result<(), FmtError> {
    percent_output_into(out, s, spec, false)
}
