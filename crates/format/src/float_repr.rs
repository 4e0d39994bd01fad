//! Floats as text: `repr(float)` (shortest round-trip digits), the fixed,
//! exponent and general layouts behind `'%.*f'`, `'%.*e'`, `'%.*g'` and the
//! format spec, and `round(float, n)`. Digits come from Rust's float
//! formatting (`{:e}` is shortest round-trip, `{:.N}`/`{:.Ne}` are exact and
//! round half to even), re-laid out the way CPython's `format_float_short`
//! does.

use crate::{FmtError, Text};
use num_bigint::BigInt;

// ---- Digit generation and CPython's PyOS_double_to_string ----

pub(crate) enum Mode {
    Shortest,
    Sig(usize),
    Frac(usize),
}

/// Enough significant digits to write any double exactly.
const EXACT_SIG: usize = 800;
/// Enough digits after the point to write any double exactly (the smallest
/// subnormal, 2**-1074, has 1,074).
const EXACT_FRAC: usize = 1100;

/// Digits of finite |x| without leading/trailing zeros, and `decpt` such that
/// |x| ~= 0.DIGITS * 10**decpt (like dtoa). Zero is ("0", 1). The text is
/// scratch on the stack ([`Text`]) for the usual precisions.
fn dtoa(x: f64, mode: Mode) -> (Text, i64) {
    let a = x.abs();
    // Rust's formatter takes at most 65,535 digits of precision (a larger
    // one panics), but a double is exact within 767 significant or 1,074
    // fractional digits: past those every digit is a zero, which the
    // trimming below drops anyway and the caller pads back.
    let (all, decpt) = match mode {
        Mode::Shortest => shortest_half_even(a),
        Mode::Sig(n) => split_exp(&Text::from_args(format_args!(
            "{:.*e}",
            n.clamp(1, EXACT_SIG) - 1,
            a
        ))),
        Mode::Frac(n) => {
            let s = Text::from_args(format_args!("{:.*}", n.min(EXACT_FRAC), a));
            let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
            let mut all = Text::new();
            all.push_str(ip);
            all.push_str(fp);
            (all, ip.len() as i64)
        }
    };
    let lead = all.bytes().take_while(|&b| b == b'0').count();
    let digits = all[lead..].trim_end_matches('0');
    let mut out = Text::new();
    if digits.is_empty() {
        out.push('0');
        (out, 1)
    } else {
        out.push_str(digits);
        (out, decpt - lead as i64)
    }
}

/// The shortest round-trip digits of `a` (>= 0), as David Gay's dtoa
/// (CPython) picks them: when two shortest candidates are equally close to
/// the exact value, the one with the even last digit (Rust's formatter takes
/// the upper one: `1e15 + 0.3` must print `1000000000000000.2`).
fn shortest_half_even(a: f64) -> (Text, i64) {
    let (d, decpt) = split_exp(&Text::from_args(format_args!("{:e}", a)));
    let n = d.len();
    // A tie needs the exact value to be the n-digit lower candidate plus
    // 5 in the next place; rounded to n + 1 digits it then ends in 5.
    let (next, _) = split_exp(&Text::from_args(format_args!("{:.*e}", n, a)));
    if next.as_bytes().last() != Some(&b'5') {
        return (d, decpt);
    }
    // Every double's decimal expansion is finite: 767 significant digits
    // are always enough to write it exactly.
    let (exact, edecpt) = split_exp(&Text::from_args(format_args!("{:.767e}", a)));
    if edecpt != decpt || exact.len() <= n {
        return (d, decpt);
    }
    let (head, tail) = exact.split_at(n);
    let tie = tail.as_bytes()[0] == b'5' && tail[1..].bytes().all(|b| b == b'0');
    if !tie {
        return (d, decpt);
    }
    // head is the lower candidate, head + 1 ulp (in the last digit) the upper.
    let lower_even = (head.as_bytes()[n - 1] - b'0').is_multiple_of(2);
    let mut pick = Text::new();
    if lower_even {
        pick.push_str(head);
    } else {
        let mut up = head.as_bytes().to_vec();
        let mut i = n;
        while i > 0 {
            i -= 1;
            if up[i] == b'9' {
                up[i] = b'0';
            } else {
                up[i] += 1;
                break;
            }
        }
        if up.iter().all(|&b| b == b'0') {
            return (d, decpt);
        }
        pick.push_str(std::str::from_utf8(&up).unwrap_or(""));
    }
    let text = Text::from_args(format_args!("0.{}e{decpt}", pick.as_str()));
    if text.parse::<f64>() == Ok(a) {
        (pick, decpt)
    } else {
        (d, decpt)
    }
}

/// "1.2345e-7" -> ("12345", -6)
fn split_exp(s: &str) -> (Text, i64) {
    let (mant, exp) = s.split_once('e').expect("exponent");
    let mut d = Text::new();
    for part in mant.split('.') {
        d.push_str(part);
    }
    (d, exp.parse::<i64>().expect("exp") + 1)
}

/// CPython's `PyOS_double_to_string` / `format_float_short`. `code` is one of
/// e E f F g G r.
pub(crate) fn double_to_string(
    x: f64,
    code: char,
    prec: usize,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
) -> Result<Text, FmtError> {
    let upper = code.is_ascii_uppercase();
    if !x.is_finite() {
        let s = match (x.is_nan(), x < 0.0, upper) {
            (true, _, false) => "nan",
            (true, _, true) => "NAN",
            (false, true, false) => "-inf",
            (false, true, true) => "-INF",
            (false, false, false) => "inf",
            (false, false, true) => "INF",
        };
        let mut t = Text::new();
        t.push_str(s);
        return Ok(t);
    }
    let code = code.to_ascii_lowercase();
    let prec = match code {
        'e' => prec + 1,
        'g' => prec.max(1),
        _ => prec,
    };
    let (digits, mut decpt) = match code {
        'e' | 'g' => dtoa(x, Mode::Sig(prec)),
        'f' => dtoa(x, Mode::Frac(prec)),
        _ => dtoa(x, Mode::Shortest),
    };
    let (dl, prec) = (digits.len() as i64, prec as i64);
    let (use_exp, mut vend) = match code {
        'e' => (true, prec),
        'f' => (false, decpt + prec),
        'g' => (
            decpt <= -4 || decpt > prec - add_dot_0 as i64,
            if alt { prec } else { dl },
        ),
        _ => (decpt <= -4 || decpt > 16, dl),
    };
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    // Output vdigits[vstart..vend] (digits padded with zeros on both sides)
    // with the decimal point at `decpt`.
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = vend.max(decpt + (!use_exp && add_dot_0) as i64);
    let d = digits.as_bytes();
    let vd = |i: i64| {
        if (0..dl).contains(&i) {
            d[i as usize] as char
        } else {
            '0'
        }
    };
    let mut out = Text::new();
    let len = (vend - vstart).unsigned_abs() as usize;
    crate::reserve_text(&mut out, len.saturating_add(8))?;
    out.push_str(if x.is_sign_negative() && !(no_neg_0 && &*digits == "0") {
        "-"
    } else {
        ""
    });
    for i in vstart..decpt {
        out.push(vd(i));
    }
    out.push('.');
    for i in decpt..vend {
        out.push(vd(i));
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        let e = if upper { 'E' } else { 'e' };
        let _ = std::fmt::Write::write_fmt(
            &mut out,
            format_args!("{e}{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs()),
        );
    }
    Ok(out)
}

/// `repr(float)` exactly as CPython 3.11 (shortest round-trip digits).
pub fn float_repr(x: f64) -> String {
    float_repr_text(x).into_string()
}

/// [`float_repr`] as stack text: no Rust allocation.
pub fn float_repr_text(x: f64) -> Text {
    // At most 17 digits and an exponent: too small to be refused.
    double_to_string(x, 'r', 0, true, false, false).unwrap_or_default()
}

/// `'%.*f' % (precision, x)`, correctly rounded (half-even on the exact value).
pub fn format_fixed(x: f64, precision: usize) -> Result<String, FmtError> {
    double_to_string(x, 'f', precision, false, false, false).map(Text::into_string)
}

/// `'%.*e' % (precision, x)` (`'%.*E'` when `upper`), exponent has >= 2 digits.
pub fn format_exp(x: f64, precision: usize, upper: bool) -> Result<String, FmtError> {
    let code = if upper { 'E' } else { 'e' };
    double_to_string(x, code, precision, false, false, false).map(Text::into_string)
}

/// `'%.*g' % (precision, x)`; `upper` gives `%G`, `alternate` gives `%#g`.
pub fn format_general(
    x: f64,
    precision: usize,
    upper: bool,
    alternate: bool,
) -> Result<String, FmtError> {
    let code = if upper { 'G' } else { 'g' };
    double_to_string(x, code, precision, false, alternate, false).map(Text::into_string)
}

// ---- round(), float(str), int(str, base) ----

/// `round(x, ndigits)` as CPython (exact decimal rounding, half-even). If the
/// result is infinite for a finite `x`, the caller raises
/// `OverflowError("rounded value too large to represent")`.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || ndigits > 323 {
        return x;
    }
    if ndigits < -308 {
        return 0.0 * x;
    }
    if ndigits >= 0 {
        return format!("{:.*}", ndigits as usize, x).parse().unwrap_or(x);
    }
    // Round |x| to a multiple of 10**k, half-even on the exact value.
    let k = (-ndigits) as usize;
    let a = x.abs();
    let int_digits = format!("{:.0}", a.trunc());
    let sticky = a.fract() != 0.0;
    let padded = format!("{:0>width$}", int_digits, width = k + 1);
    let (head, tail) = padded.split_at(padded.len() - k);
    let mut q: BigInt = head.parse().expect("digits");
    let half = format!("5{}", "0".repeat(k - 1));
    let round_up = match tail.cmp(half.as_str()) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => sticky || (&q % 2u32) == BigInt::from(1),
        std::cmp::Ordering::Less => false,
    };
    if round_up {
        q += 1;
    }
    let r: f64 = format!("{}e{}", q, k).parse().unwrap_or(f64::INFINITY);
    if x.is_sign_negative() {
        -r
    } else {
        r
    }
}
