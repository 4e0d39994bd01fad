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

/// CPython's `unicode_format_arg_output` (sign, `0x` prefix and padding).
fn percent_output(s: &str, spec: &PercentSpec, numeric: bool) -> Result<String, FmtError> {
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let mut width = spec.width.map_or(-1, |w| w as i64);
    let prec = spec.precision.map_or(-1, |p| p as i64);
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(spec.plus || spec.space) {
        return Ok(s.to_string());
    }
    if matches!(spec.conv, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut pindex = 0usize;
    let mut signchar = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                signchar = Some(c);
                len -= 1;
                pindex = 1;
            }
            _ if spec.plus => signchar = Some('+'),
            _ if spec.space => signchar = Some(' '),
            _ => {}
        }
    }
    width = width.max(len);
    let mut out = String::new();
    if let Some(sc) = signchar {
        if fill != ' ' {
            out.push(sc);
        }
        if width > len {
            width -= 1;
        }
    }
    let altx = spec.alternate && matches!(spec.conv, 'x' | 'X' | 'o');
    if altx {
        if fill != ' ' {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !spec.left {
        push_n(&mut out, fill, width - len)?;
        width = len;
    }
    if fill == ' ' {
        out.extend(signchar);
        if altx {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len as usize]);
    push_n(&mut out, ' ', width - len)?;
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
