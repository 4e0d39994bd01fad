//! Pure text <-> number formatting for arenapy, following CPython 3.11 to the
//! character. This module owns: `repr(float)`, the format-spec mini-language
//! (`format(x, spec)` / `str.format` / f-strings) for `int`, `float` and `str`,
//! the `%`-operator conversions for one already-extracted argument, the
//! `'%.*f'`/`'%.*e'`/`'%.*g'` helpers, `round(float, n)`, and parsing for
//! `float(str)` and `int(str, base)`. It knows nothing about the VM: errors
//! come back as `(exception type name, message)` and the caller raises them.
//! Decimal digits come from Rust's float formatting (`{:e}` is shortest
//! round-trip, `{:.N}`/`{:.Ne}` are exact and round half to even), re-laid out
//! the way CPython's `format_float_short` does.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// `(exception type name, message)`, e.g. `("ValueError", "Invalid format specifier ...")`.
pub type FmtError = (&'static str, String);

fn verr(msg: impl Into<String>) -> FmtError {
    ("ValueError", msg.into())
}

// ---- Digit generation and CPython's PyOS_double_to_string ----

enum Mode {
    Shortest,
    Sig(usize),
    Frac(usize),
}

/// Digits of finite |x| without leading/trailing zeros, and `decpt` such that
/// |x| ~= 0.DIGITS * 10**decpt (like dtoa). Zero is ("0", 1).
fn dtoa(x: f64, mode: Mode) -> (String, i64) {
    let a = x.abs();
    let (all, decpt) = match mode {
        Mode::Shortest => shortest_half_even(a),
        Mode::Sig(n) => split_exp(&format!("{:.*e}", n.max(1) - 1, a)),
        Mode::Frac(n) => {
            let s = format!("{:.*}", n, a);
            let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
            (format!("{}{}", ip, fp), ip.len() as i64)
        }
    };
    let lead = all.bytes().take_while(|&b| b == b'0').count();
    let digits = all[lead..].trim_end_matches('0');
    if digits.is_empty() {
        ("0".to_string(), 1)
    } else {
        (digits.to_string(), decpt - lead as i64)
    }
}

/// The shortest round-trip digits of `a` (>= 0), as David Gay's dtoa
/// (CPython) picks them: when two shortest candidates are equally close to
/// the exact value, the one with the even last digit (Rust's formatter takes
/// the upper one: `1e15 + 0.3` must print `1000000000000000.2`).
fn shortest_half_even(a: f64) -> (String, i64) {
    let (d, decpt) = split_exp(&format!("{:e}", a));
    let n = d.len();
    // A tie needs the exact value to be the n-digit lower candidate plus
    // 5 in the next place; rounded to n + 1 digits it then ends in 5.
    let (next, _) = split_exp(&format!("{:.*e}", n, a));
    if next.as_bytes().last() != Some(&b'5') {
        return (d, decpt);
    }
    // Every double's decimal expansion is finite: 767 significant digits
    // are always enough to write it exactly.
    let (exact, edecpt) = split_exp(&format!("{:.767e}", a));
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
    let pick = if lower_even {
        head.to_string()
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
        String::from_utf8(up).expect("ascii digits")
    };
    let text = format!("0.{pick}e{decpt}");
    if text.parse::<f64>() == Ok(a) {
        (pick, decpt)
    } else {
        (d, decpt)
    }
}

/// "1.2345e-7" -> ("12345", -6)
fn split_exp(s: &str) -> (String, i64) {
    let (mant, exp) = s.split_once('e').expect("exponent");
    (mant.replace('.', ""), exp.parse::<i64>().expect("exp") + 1)
}

/// CPython's `PyOS_double_to_string` / `format_float_short`. `code` is one of
/// e E f F g G r.
fn double_to_string(
    x: f64,
    code: char,
    prec: usize,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
) -> String {
    let upper = code.is_ascii_uppercase();
    if !x.is_finite() {
        let s = if x.is_nan() {
            "nan"
        } else if x < 0.0 {
            "-inf"
        } else {
            "inf"
        };
        return if upper {
            s.to_ascii_uppercase()
        } else {
            s.to_string()
        };
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
    let mut out = String::from(if x.is_sign_negative() && !(no_neg_0 && digits == "0") {
        "-"
    } else {
        ""
    });
    out.extend((vstart..decpt).map(vd));
    out.push('.');
    out.extend((decpt..vend).map(vd));
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        let e = if upper { 'E' } else { 'e' };
        out += &format!("{e}{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    out
}

/// `repr(float)` exactly as CPython 3.11 (shortest round-trip digits).
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, true, false, false)
}

/// `'%.*f' % (precision, x)`, correctly rounded (half-even on the exact value).
pub fn format_fixed(x: f64, precision: usize) -> String {
    double_to_string(x, 'f', precision, false, false, false)
}

/// `'%.*e' % (precision, x)` (`'%.*E'` when `upper`), exponent has >= 2 digits.
pub fn format_exp(x: f64, precision: usize, upper: bool) -> String {
    let code = if upper { 'E' } else { 'e' };
    double_to_string(x, code, precision, false, false, false)
}

/// `'%.*g' % (precision, x)`; `upper` gives `%G`, `alternate` gives `%#g`.
pub fn format_general(x: f64, precision: usize, upper: bool, alternate: bool) -> String {
    let code = if upper { 'G' } else { 'g' };
    double_to_string(x, code, precision, false, alternate, false)
}

// ---- Format-spec mini-language ----

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
/// `fill` is the effective fill (' ' by default, '0' when the `0` flag is given
/// without an explicit fill); `align` is the explicit alignment, if any
/// (numbers then default to '=' when `zero`, else '>'; strings to '<');
/// `no_neg_0` is the `z` flag (an addition to the original API sketch).
#[derive(Debug, Clone, PartialEq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn code_repr(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_code(t: char, type_name: &str) -> FmtError {
    verr(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_repr(t),
        type_name
    ))
}

/// Zero code points of the Unicode (14.0, as CPython 3.11) decimal-digit blocks
/// beyond ASCII; each block holds the digits 0..=9 consecutively.
const UNICODE_ZEROS: [u32; 65] = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// `Py_UNICODE_TODECIMAL`: the value of a Unicode decimal digit.
fn decimal_value(ch: char) -> Option<u32> {
    if let Some(d) = ch.to_digit(10) {
        return Some(d);
    }
    let c = ch as u32;
    let i = UNICODE_ZEROS.partition_point(|&z| z <= c);
    (i > 0 && c - UNICODE_ZEROS[i - 1] < 10).then(|| c - UNICODE_ZEROS[i - 1])
}

fn get_integer(c: &[char], pos: &mut usize) -> Result<Option<usize>, FmtError> {
    let start = *pos;
    let mut acc: i64 = 0;
    while let Some(d) = c.get(*pos).and_then(|&ch| decimal_value(ch)) {
        if acc > (i64::MAX - d as i64) / 10 {
            return Err(verr("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as i64;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc as usize))
}

/// Type-agnostic parse (no default presentation type; an invalid spec is
/// reported as for type 'object'). The `format_*` functions use [`parse_spec_for`].
pub fn parse_spec(spec: &str) -> Result<FormatSpec, FmtError> {
    parse_spec_for(spec, None, "object")
}

/// Parse as CPython's `parse_internal_render_format_spec` does for a value of
/// type `type_name` whose default presentation type is `default_ty`
/// (int: 'd', float: none, str: 's'); that default is only used to validate grouping.
pub fn parse_spec_for(
    spec: &str,
    default_ty: Option<char>,
    type_name: &str,
) -> Result<FormatSpec, FmtError> {
    let c: Vec<char> = spec.chars().collect();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let fill_given = c.len() >= 2 && is_align(c[1]);
    let mut fill = if fill_given { c[0] } else { ' ' };
    let mut pos = fill_given as usize;
    let mut eat = |f: &dyn Fn(char) -> bool| {
        let hit = c.get(pos).copied().filter(|&ch| f(ch));
        pos += hit.is_some() as usize;
        hit
    };
    let align = eat(&is_align);
    let sign = eat(&|ch| matches!(ch, '+' | '-' | ' '));
    let no_neg_0 = eat(&|ch| ch == 'z').is_some();
    let alternate = eat(&|ch| ch == '#').is_some();
    let zero = !fill_given && eat(&|ch| ch == '0').is_some();
    if zero {
        fill = '0';
    }
    let width = get_integer(&c, &mut pos)?;
    let mut eat = |want: char| {
        c.get(pos) == Some(&want) && {
            pos += 1;
            true
        }
    };
    let mut grouping = eat(',').then_some(',');
    let both = || verr("Cannot specify both ',' and '_'.");
    if eat('_') {
        if grouping.is_some() {
            return Err(both());
        }
        grouping = Some('_');
    }
    if grouping == Some('_') && eat(',') {
        return Err(both());
    }
    let mut precision = None;
    if eat('.') {
        precision = get_integer(&c, &mut pos)?;
        if precision.is_none() {
            return Err(verr("Format specifier missing precision"));
        }
    }
    if c.len() - pos > 1 {
        let msg = format!("Invalid format specifier '{spec}' for object of type '{type_name}'");
        return Err(verr(msg));
    }
    let ty = c.get(pos).copied();
    if let Some(g) = grouping {
        match ty.or(default_ty) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => {
                return Err(verr(format!(
                    "Cannot specify '{g}' with '{}'.",
                    code_repr(t)
                )));
            }
        }
    }
    Ok(FormatSpec {
        fill,
        align,
        sign,
        no_neg_0,
        alternate,
        zero,
        width,
        grouping,
        precision,
        ty,
    })
}

/// CPython's `_PyUnicode_InsertThousandsGrouping` (zero-fills up to `min_width`).
fn group_digits(digits: &str, mut min_width: i64, grouping: Option<(char, usize)>) -> String {
    let mut remaining = digits.len() as i64;
    let Some((sep, size)) = grouping else {
        let l = remaining.max(min_width).max(1);
        return "0".repeat((l - remaining) as usize) + digits;
    };
    let mut chunks = Vec::new();
    loop {
        let l = (size as i64).min(remaining.max(min_width).max(1));
        let nz = (l - remaining).max(0);
        let nc = remaining.min(l).max(0);
        chunks
            .push("0".repeat(nz as usize) + &digits[(remaining - nc) as usize..remaining as usize]);
        remaining -= nc;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    chunks.reverse();
    chunks.join(&sep.to_string())
}

fn push_n(out: &mut String, ch: char, n: i64) {
    out.extend(std::iter::repeat_n(ch, n.max(0) as usize));
}

/// CPython's `calc_number_widths` + `fill_number`: `[-]prefix digits rest`,
/// where `rest` is `[.]remainder` (fraction, exponent, '%', or the 'c' char).
fn layout_number(
    fs: &FormatSpec,
    negative: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
) -> String {
    let sign = match fs.sign {
        Some(s @ ('+' | ' ')) => Some(if negative { '-' } else { s }),
        _ => negative.then_some('-'),
    };
    let size = if matches!(fs.ty, Some('b' | 'o' | 'x' | 'X')) {
        4
    } else {
        3
    };
    let grouping = fs
        .grouping
        .filter(|_| fs.ty != Some('n'))
        .map(|g| (g, size));
    let align = fs.align.unwrap_or(if fs.zero { '=' } else { '>' });
    let width = fs.width.map_or(-1, |w| w as i64);
    let fixed = sign.is_some() as i64 + prefix.len() as i64 + rest.chars().count() as i64;
    let min_width = if fs.fill == '0' && align == '=' {
        width - fixed
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, grouping)
    };
    let pad = (width - (fixed + grouped.len() as i64)).max(0);
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    let mut out = String::new();
    push_n(&mut out, fs.fill, lpad);
    out.extend(sign);
    out += prefix;
    push_n(&mut out, fs.fill, spad);
    out += &grouped;
    out += rest;
    push_n(&mut out, fs.fill, rpad);
    out
}

/// The first message whose condition holds, as a ValueError.
fn first_error(checks: &[(bool, String)]) -> Result<(), FmtError> {
    checks
        .iter()
        .find(|c| c.0)
        .map_or(Ok(()), |c| Err(verr(c.1.clone())))
}

/// `format(int, spec)` as CPython 3.11's `int.__format__`.
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let fs = parse_spec_for(spec, Some('d'), "int")?;
    let ty = fs.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = v.to_f64().filter(|f| f.is_finite());
            let msg = "int too large to convert to float";
            let f = f.ok_or(("OverflowError", msg.to_string()))?;
            return format_float_parsed(f, &fs);
        }
        t => return Err(unknown_code(t, "int")),
    }
    let (int, c) = (
        "integer format specifier",
        "with integer format specifier 'c'",
    );
    first_error(&[
        (
            fs.precision.is_some(),
            format!("Precision not allowed in {int}"),
        ),
        (
            fs.no_neg_0,
            format!("Negative zero coercion (z) not allowed in {int}"),
        ),
        (
            ty == 'c' && fs.sign.is_some(),
            format!("Sign not allowed {c}"),
        ),
        (
            ty == 'c' && fs.alternate,
            format!("Alternate form (#) not allowed {c}"),
        ),
    ])?;
    if ty == 'c' {
        let overflow = |m: &str| ("OverflowError", m.to_string());
        let x = v
            .to_i64()
            .ok_or_else(|| overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(overflow("%c arg not in range(0x110000)"));
        }
        let ch = char::from_u32(x as u32)
            .ok_or_else(|| verr("surrogate code points are not supported"))?;
        return Ok(layout_number(&fs, false, "", "", &ch.to_string()));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let mut digits = radix_digits(v, base);
    let mut prefix = if fs.alternate {
        prefix.to_string()
    } else {
        String::new()
    };
    if ty == 'X' {
        (digits, prefix) = (digits.to_ascii_uppercase(), prefix.to_ascii_uppercase());
    }
    Ok(layout_number(&fs, v.is_negative(), &prefix, &digits, ""))
}

fn format_float_parsed(v: f64, fs: &FormatSpec) -> Result<String, FmtError> {
    if fs.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(verr("precision too big"));
    }
    let (code, add_dot_0, val) = match (fs.ty, fs.precision) {
        (None, None) => ('r', true, v),
        (None, Some(_)) => ('g', true, v),
        (Some('n'), _) => ('g', false, v),
        (Some('%'), _) => ('f', false, v * 100.0),
        (Some(t), _) => (t, false, v),
    };
    let prec = fs.precision.unwrap_or(if code == 'r' { 0 } else { 6 });
    let mut s = double_to_string(val, code, prec, add_dot_0, fs.alternate, fs.no_neg_0);
    if fs.ty == Some('%') {
        s.push('%');
    }
    let negative = s.starts_with('-');
    let body = &s[negative as usize..];
    let nd = body.bytes().take_while(u8::is_ascii_digit).count();
    Ok(layout_number(fs, negative, "", &body[..nd], &body[nd..]))
}

/// `format(float, spec)` as CPython 3.11's `float.__format__`.
pub fn format_float(v: f64, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(float_repr(v));
    }
    let fs = parse_spec_for(spec, None, "float")?;
    match fs.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_parsed(v, &fs),
        Some(t) => Err(unknown_code(t, "float")),
    }
}

/// `format(str, spec)` as CPython 3.11's `str.__format__` (width counts chars).
pub fn format_str(s: &str, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let fs = parse_spec_for(spec, Some('s'), "str")?;
    match fs.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    let align = fs.align.unwrap_or('<');
    let what = "string format specifier";
    first_error(&[
        (fs.sign == Some(' '), format!("Space not allowed in {what}")),
        (fs.sign.is_some(), format!("Sign not allowed in {what}")),
        (
            fs.no_neg_0,
            format!("Negative zero coercion (z) not allowed in {what}"),
        ),
        (
            fs.alternate,
            format!("Alternate form (#) not allowed in {what}"),
        ),
        (align == '=', format!("'=' alignment not allowed in {what}")),
    ])?;
    let mut len = s.chars().count();
    if let Some(p) = fs.precision {
        len = len.min(p);
    }
    let total = fs.width.map_or(len, |w| w.max(len));
    let lpad = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let mut out = String::new();
    push_n(&mut out, fs.fill, lpad as i64);
    out.extend(s.chars().take(len));
    push_n(&mut out, fs.fill, (total - len - lpad) as i64);
    Ok(out)
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
fn percent_output(s: &str, spec: &PercentSpec, numeric: bool) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let mut width = spec.width.map_or(-1, |w| w as i64);
    let prec = spec.precision.map_or(-1, |p| p as i64);
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(spec.plus || spec.space) {
        return s.to_string();
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
        push_n(&mut out, fill, width - len);
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
    push_n(&mut out, ' ', width - len);
    out
}

/// The digits of |v| in `base` (lower case): word-sized values without
/// going through the big-int conversion.
fn radix_digits(v: &BigInt, base: u32) -> String {
    match (base, v.magnitude().to_u64()) {
        (10, Some(m)) => m.to_string(),
        (16, Some(m)) => format!("{m:x}"),
        (8, Some(m)) => format!("{m:o}"),
        (2, Some(m)) => format!("{m:b}"),
        _ => v.magnitude().to_str_radix(base),
    }
}

/// `'%d' % v` and friends: conversions d i u o x X.
pub fn percent_int(v: &BigInt, spec: &PercentSpec) -> String {
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
        push_n(&mut s, '0', p as i64 - digits.len() as i64);
    }
    s += &digits;
    if spec.conv == 'X' {
        s = s.to_ascii_uppercase();
    }
    percent_output(&s, spec, true)
}

/// `'%f' % v` and friends: conversions e E f F g G (default precision 6).
pub fn percent_float(v: f64, spec: &PercentSpec) -> String {
    let prec = spec.precision.unwrap_or(6);
    let s = double_to_string(v, spec.conv, prec, false, spec.alternate, false);
    percent_output(&s, spec, true)
}

/// `'%s'`/`'%r'`/`'%a'` padding of the already-converted string: precision
/// truncates, width pads (flags other than `-` are ignored).
pub fn percent_pad_str(s: &str, spec: &PercentSpec) -> String {
    percent_output(s, spec, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `kind|input|arg|expected` rows (CPython 3.11 results); errors compare the
    /// message. The exhaustive table is tests/cases.txt (see gen_cases.py).
    const CASES: &str = r#"
repr|0.0||0.0
repr|-0.0||-0.0
repr|1e16||1e+16
repr|1e-5||1e-05
repr|100.0||100.0
repr|1.5e300||1.5e+300
repr|123456789012345.0||123456789012345.0
repr|5e-324||5e-324
repr|0.30000000000000004||0.30000000000000004
repr|-inf||-inf
repr|NaN||nan
repr|-1.5e-7||-1.5e-07
repr|9999999999999998.0||9999999999999998.0
float|1.0||1.0
float|0.1|.3|0.1
float|1234.5|,|1,234.5
float|2.675|.2f|2.67
float|0.125|.2f|0.12
float|123.0|.3|1.23e+02
float|-0.0001|z.1f|0.0
float|1234.5678|012,.2f|0,001,234.57
float|0.5|%|50.000000%
float|inf|010|0000000inf
float|1e16|#|1.e+16
float|3.0|#.0f|3.
float|1.0|d|Unknown format code 'd' for object of type 'float'
float|1.0|.|Format specifier missing precision
float|1.0|,_|Cannot specify both ',' and '_'.
int|1234567|,|1,234,567
int|255|#X|0XFF
int|-255|#010b|-0b11111111
int|1234|08,|0,001,234
int|74565|_x|1_2345
int|65|*^5c|**A**
int|-42|=+8|-     42
int|3|.1f|3.0
int|1|,x|Cannot specify ',' with 'x'.
int|1|.2|Precision not allowed in integer format specifier
int|1114112|c|%c arg not in range(0x110000)
int|1|dd|Invalid format specifier 'dd' for object of type 'int'
str|abc|*^7|**abc**
str|abcdef|5.2|ab   
str|日本|>4|  日本
str|x|,|Cannot specify ',' with 's'.
str|x|+|Sign not allowed in string format specifier
str|x|=5|'=' alignment not allowed in string format specifier
fixed|0.125|2|0.12
fixed|2.5|0|2
exp|123456.0|2|1.23e+05
gen|0.0001|3|0.0001
round|2.675|2|2.67
round|2.5|0|2.0
round|25.0|-1|20.0
round|35.0|-1|40.0
round|-4.0|-1|-0.0
round|1.7976931348623157e308|-305|inf
pfloat| 1_000.5 ||1000.5
pfloat|-Infinity||-inf
pfloat|１２.５||12.5
pfloat|1e||None
pfloat|1__0||None
pint| -0x_1f |0|-31
pint|017|0|None
pint|000|0|0
pint|0b101|2|5
pint|1__0|10|None
pint|zz|36|1295
pct|-42|%06d|-00042
pct|255|%#08X|0X0000FF
pct|8|%#08o|0o000010
pct|5|%.3d|005
pct|3.25159|%+8.2f|   +3.25
pct|1e-5|%#g|1.00000e-05
pct|hello|%-6.3s|hel   
"#;

    fn percent(value: &str, spec: &str) -> String {
        let body = spec.trim_start_matches('%');
        let flags: String = body.chars().take_while(|c| "-+ #0".contains(*c)).collect();
        let rest = &body[flags.len()..body.len() - 1];
        let (w, p) = rest.split_once('.').unwrap_or((rest, ""));
        let spec = PercentSpec {
            left: flags.contains('-'),
            plus: flags.contains('+'),
            space: flags.contains(' '),
            alternate: flags.contains('#'),
            zero: flags.contains('0'),
            width: w.parse().ok(),
            precision: p.parse().ok(),
            conv: spec.chars().last().unwrap(),
        };
        match spec.conv {
            's' => percent_pad_str(value, &spec),
            'd' | 'o' | 'X' => percent_int(&value.parse().unwrap(), &spec),
            _ => percent_float(value.parse().unwrap(), &spec),
        }
    }

    #[test]
    fn table() {
        for row in CASES.lines().filter(|l| !l.is_empty()) {
            let f: Vec<&str> = row.split('|').collect();
            let (x, arg) = (|| f[1].parse::<f64>().unwrap(), f[2]);
            let n = || arg.parse::<i64>().unwrap();
            let got = match f[0] {
                "repr" => float_repr(x()),
                "float" => format_float(x(), arg).unwrap_or_else(|e| e.1),
                "int" => format_int(&f[1].parse().unwrap(), arg).unwrap_or_else(|e| e.1),
                "str" => format_str(f[1], arg).unwrap_or_else(|e| e.1),
                "fixed" => format_fixed(x(), n() as usize),
                "exp" => format_exp(x(), n() as usize, false),
                "gen" => format_general(x(), n() as usize, false, false),
                "round" => float_repr(round_float(x(), n())),
                "pfloat" => parse_float(f[1]).map_or("None".into(), float_repr),
                "pint" => parse_int(f[1], n() as u32).map_or("None".into(), |v| v.to_string()),
                _ => percent(f[1], arg),
            };
            assert_eq!(got, f[3], "{row}");
        }
    }
}
