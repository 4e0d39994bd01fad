//! Python `repr()` of compile-time constants, for the `dis` listing.
//!
//! Strings choose quotes and escapes as CPython does; floats print the
//! shortest round-trip digits with CPython's switch to exponent notation
//! (below 1e-4, from 1e16 up). Printability of non-ASCII characters is
//! approximated without Unicode tables (controls, format characters and
//! odd spaces are escaped).

use crate::code::ConstValue;
use std::fmt::Write;

pub(crate) fn const_repr(c: &ConstValue) -> String {
    match c {
        ConstValue::None => "None".into(),
        ConstValue::Bool(true) => "True".into(),
        ConstValue::Bool(false) => "False".into(),
        ConstValue::Ellipsis => "Ellipsis".into(),
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Float(f) => float_repr(*f, true),
        ConstValue::Complex { real, imag } => complex_repr(*real, *imag),
        ConstValue::Str(s) => str_repr(s),
        ConstValue::Bytes(b) => bytes_repr(b),
        ConstValue::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        ConstValue::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        ConstValue::Code(code) => format!(
            "<code object {}, file \"{}\", line {}>",
            code.name, code.filename, code.first_line
        ),
    }
}

/// CPython's `float_repr` (`add_dot_0`: `1.0` rather than `1`).
pub(crate) fn float_repr(f: f64, add_dot_0: bool) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let decpt = exp + 1;
    let n = digits.len() as i32;
    let body = if f == 0.0 {
        if add_dot_0 {
            "0.0".to_string()
        } else {
            "0".to_string()
        }
    } else if decpt <= -4 || decpt > 16 {
        let mut m = digits[..1].to_string();
        if n > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
    } else if decpt <= 0 {
        format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
    } else if decpt >= n {
        let mut s = format!("{}{}", digits, "0".repeat((decpt - n) as usize));
        if add_dot_0 {
            s.push_str(".0");
        }
        s
    } else {
        format!(
            "{}.{}",
            &digits[..decpt as usize],
            &digits[decpt as usize..]
        )
    };
    format!("{sign}{body}")
}

fn complex_repr(real: f64, imag: f64) -> String {
    let im = float_repr(imag, false);
    if real == 0.0 && real.is_sign_positive() {
        return format!("{im}j");
    }
    let re = float_repr(real, false);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({re}{sign}{im}j)")
}

/// CPython's `Py_UNICODE_ISPRINTABLE` (Unicode 14.0): not in the
/// categories Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than the space.
pub fn is_printable(c: char) -> bool {
    arenapy_syntax::unicode_db::has(c, arenapy_syntax::unicode_db::PRINTABLE)
}

pub fn str_repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    let _ = str_repr_into(s, &mut out);
    out
}

/// [`str_repr`] written to any sink: the VM sizes the result with a
/// counting sink, then writes it straight into the new str object (as
/// CPython's `unicode_repr` measures, then fills).
pub fn str_repr_into(s: &str, out: &mut impl Write) -> std::fmt::Result {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.write_char(quote)?;
    for c in s.chars() {
        match c {
            '\\' => out.write_str("\\\\")?,
            '\n' => out.write_str("\\n")?,
            '\r' => out.write_str("\\r")?,
            '\t' => out.write_str("\\t")?,
            c if c == quote => {
                out.write_char('\\')?;
                out.write_char(c)?;
            }
            c if (c as u32) < 0x7f && (c as u32) >= 0x20 => out.write_char(c)?,
            c if (c as u32) < 0x100 && !is_printable(c) || c as u32 == 0x7f => {
                write!(out, "\\x{:02x}", c as u32)?;
            }
            c if is_printable(c) => out.write_char(c)?,
            c if (c as u32) < 0x10000 => {
                write!(out, "\\u{:04x}", c as u32)?;
            }
            c => {
                write!(out, "\\U{:08x}", c as u32)?;
            }
        }
    }
    out.write_char(quote)
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_match_cpython() {
        let cases = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1.5, "1.5"),
            (-2.5, "-2.5"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (1e300, "1e+300"),
            (std::f64::consts::PI, "3.141592653589793"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f, true), want, "{f:?}");
        }
    }

    #[test]
    fn complex_and_strings() {
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(complex_repr(-0.0, -2.0), "(-0-2j)");
        assert_eq!(complex_repr(1.0, 2.5), "(1+2.5j)");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(
            str_repr("tab\there\n\x01é\u{200b}"),
            "'tab\\there\\n\\x01é\\u200b'"
        );
        assert_eq!(bytes_repr(b"a\x00'"), "b\"a\\x00'\"");
    }
}
