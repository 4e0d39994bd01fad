//! Text to numbers: `float(str)` and `int(str, base)` with CPython's
//! accepted syntax (underscores between digits, surrounding whitespace,
//! non-ASCII decimal digits, `inf`/`nan` spellings, base prefixes).

use crate::spec::decimal_value;
use num_bigint::BigInt;
use num_traits::Zero;

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII` followed by
/// stripping ASCII whitespace (`Py_ISSPACE`). `None` when a non-ASCII char is
/// neither whitespace nor a decimal digit (the text can then never parse).
fn ascii_number_text(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if (ch as u32) < 127 {
            out.push(ch);
        } else if ch.is_whitespace() {
            out.push(' ');
        } else {
            out.push(char::from_digit(decimal_value(ch)?, 10)?);
        }
    }
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c');
    Some(out.trim_matches(is_space).to_string())
}

/// `float(str)` parsing as CPython; `None` means "could not convert string to float".
pub fn parse_float(s: &str) -> Option<f64> {
    let mut t = ascii_number_text(s)?;
    // An underscore must sit between two digits.
    let b = t.as_bytes();
    let digit_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if (0..b.len()).any(|i| b[i] == b'_' && !(i > 0 && digit_at(i - 1) && digit_at(i + 1))) {
        return None;
    }
    t.retain(|c| c != '_');
    let t = t.as_str();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    // digits [. digits] (at least one digit) [e|E [sign] digits]
    let (mant, exp) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let exp_ok = exp.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && all_digits(e)
    });
    if ip.len() + fp.len() == 0 || !all_digits(ip) || !all_digits(fp) || !exp_ok {
        return None;
    }
    let v: f64 = body.parse().ok()?;
    Some(if neg { -v } else { v })
}

/// `int(str, base)` parsing as CPython (base 0 or 2..=36); `None` means
/// "invalid literal for int() with base N".
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let text = ascii_number_text(s)?;
    let t = text.as_bytes();
    let (neg, mut t) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let at = |t: &[u8], i: usize| t.get(i).map_or(0u8, |c| c.to_ascii_lowercase());
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(t, 0), at(t, 1)) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(t, 0) == b'0' && matches!((base, at(t, 1)), (16, b'x') | (8, b'o') | (2, b'b')) {
        t = &t[2..];
        if t.first() == Some(&b'_') {
            t = &t[1..];
        }
    }
    let mut clean = Vec::with_capacity(t.len());
    let mut prev = b'_'; // makes a leading underscore invalid
    for &c in t {
        if c == b'_' {
            if prev == b'_' {
                return None;
            }
        } else if (c as char).to_digit(36).is_none_or(|d| d >= base) {
            return None;
        } else {
            clean.push(c);
        }
        prev = c;
    }
    if prev == b'_' || clean.is_empty() {
        return None;
    }
    let v = BigInt::parse_bytes(&clean, base)?;
    if error_if_nonzero && !v.is_zero() {
        return None;
    }
    Some(if neg { -v } else { v })
}
