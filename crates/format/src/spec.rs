//! The format-spec mini-language (`format(x, spec)`, `str.format`,
//! f-strings) for `int`, `float` and `str`: parsing `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
//! with CPython 3.11's error messages, then laying out sign, prefix, digits,
//! grouping and padding.

use crate::float_repr::{double_to_string, float_repr_text};
use crate::percent::radix_digits;
use crate::Text;
use crate::{verr, FmtError};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

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
pub(crate) fn decimal_value(ch: char) -> Option<u32> {
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
    // The spec's characters, on the stack for any usual spec.
    let mut inline = ['\0'; 32];
    let owned: Vec<char>;
    let c: &[char] = if spec.len() <= inline.len() {
        let mut n = 0;
        for ch in spec.chars() {
            inline[n] = ch;
            n += 1;
        }
        &inline[..n]
    } else {
        owned = spec.chars().collect();
        &owned
    };
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
    let width = get_integer(c, &mut pos)?;
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
        precision = get_integer(c, &mut pos)?;
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
fn group_digits(
    digits: &str,
    mut min_width: i64,
    grouping: Option<(char, usize)>,
) -> Result<Text, FmtError> {
    let mut remaining = digits.len() as i64;
    let mut out = Text::new();
    // The zero fill up to `min_width` (a script's width) is the only part
    // that can be large: reserve it fallibly first.
    crate::reserve_text(&mut out, min_width.max(0) as usize + digits.len() * 2)?;
    let Some((sep, size)) = grouping else {
        let l = remaining.max(min_width).max(1);
        push_n_text(&mut out, '0', l - remaining)?;
        out.push_str(digits);
        return Ok(out);
    };
    // The groups from the right, each written backwards, then the whole
    // text turned round: no list of chunks.
    let mut first = true;
    loop {
        let l = (size as i64).min(remaining.max(min_width).max(1));
        let nz = (l - remaining).max(0);
        let nc = remaining.min(l).max(0);
        if !first {
            out.push(sep);
        }
        first = false;
        for c in digits[(remaining - nc) as usize..remaining as usize]
            .chars()
            .rev()
        {
            out.push(c);
        }
        push_n_text(&mut out, '0', nz)?;
        remaining -= nc;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    out.reverse_chars();
    Ok(out)
}

/// Appends `n` copies of `ch` (none when `n` <= 0).
pub(crate) fn push_n(out: &mut String, ch: char, n: i64) -> Result<(), FmtError> {
    let n = n.max(0) as usize;
    crate::reserve(out, n.saturating_mul(ch.len_utf8()))?;
    out.extend(std::iter::repeat_n(ch, n));
    Ok(())
}

/// [`push_n`] for a [`Text`].
pub(crate) fn push_n_text(out: &mut Text, ch: char, n: i64) -> Result<(), FmtError> {
    let n = n.max(0) as usize;
    crate::reserve_text(out, n.saturating_mul(ch.len_utf8()))?;
    for _ in 0..n {
        out.push(ch);
    }
    Ok(())
}

/// CPython's `calc_number_widths` + `fill_number`: `[-]prefix digits rest`,
/// where `rest` is `[.]remainder` (fraction, exponent, '%', or the 'c' char).
fn layout_number(
    fs: &FormatSpec,
    negative: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
) -> Result<Text, FmtError> {
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
        Text::new()
    } else {
        group_digits(digits, min_width, grouping)?
    };
    let pad = (width - (fixed + grouped.len() as i64)).max(0);
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    let mut out = Text::new();
    push_n_text(&mut out, fs.fill, lpad)?;
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(prefix);
    push_n_text(&mut out, fs.fill, spad)?;
    out.push_str(&grouped);
    out.push_str(rest);
    push_n_text(&mut out, fs.fill, rpad)?;
    Ok(out)
}

/// The first message whose condition holds, as a ValueError. The
/// messages are made only when one is raised.
fn first_error(checks: &[(bool, &dyn Fn() -> String)]) -> Result<(), FmtError> {
    checks
        .iter()
        .find(|c| c.0)
        .map_or(Ok(()), |c| Err(verr((c.1)())))
}

/// An int to format: a machine word (no BigInt made for it) or a big one.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    fn to_f64(self) -> Option<f64> {
        match self {
            IntRef::Small(v) => Some(v as f64),
            IntRef::Big(b) => b.to_f64(),
        }
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(v),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    /// The digits of the magnitude in `base` (2, 8, 10 or 16).
    fn digits(self, base: u32) -> Text {
        let m = match self {
            IntRef::Small(v) => v.unsigned_abs(),
            IntRef::Big(b) => {
                let mut t = Text::new();
                t.push_str(&radix_digits(b, base));
                return t;
            }
        };
        let mut t = Text::new();
        push_radix(&mut t, m, base, false);
        t
    }
}

/// The digits of `m` in `base` (2..=16) appended to `t`, without the
/// formatting machinery of `core::fmt` (a word's digits are at most 64).
pub(crate) fn push_radix(t: &mut Text, mut m: u64, base: u32, upper: bool) {
    let table: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut buf = [0u8; 64];
    let mut at = buf.len();
    let base = u64::from(base.clamp(2, 16));
    loop {
        at -= 1;
        buf[at] = table[(m % base) as usize];
        m /= base;
        if m == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    t.push_str(std::str::from_utf8(&buf[at..]).unwrap_or(""));
}

/// `format(int, spec)` as CPython 3.11's `int.__format__`.
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, FmtError> {
    format_int_text(IntRef::Big(v), spec).map(Text::into_string)
}

/// [`format_int`] as stack text for the usual widths; a word-sized int
/// makes no Rust allocation.
pub fn format_int_text(v: IntRef<'_>, spec: &str) -> Result<Text, FmtError> {
    if spec.is_empty() {
        return Ok(match v {
            IntRef::Small(x) => Text::from_args(format_args!("{x}")),
            IntRef::Big(b) => Text::from_args(format_args!("{b}")),
        });
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
        (fs.precision.is_some(), &|| {
            format!("Precision not allowed in {int}")
        }),
        (fs.no_neg_0, &|| {
            format!("Negative zero coercion (z) not allowed in {int}")
        }),
        (ty == 'c' && fs.sign.is_some(), &|| {
            format!("Sign not allowed {c}")
        }),
        (ty == 'c' && fs.alternate, &|| {
            format!("Alternate form (#) not allowed {c}")
        }),
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
        return layout_number(&fs, false, "", "", &ch.to_string());
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let mut digits = v.digits(base);
    let prefix = match (fs.alternate, ty) {
        (false, _) => "",
        (true, 'X') => "0X",
        (true, _) => prefix,
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    layout_number(&fs, v.is_negative(), prefix, &digits, "")
}

fn format_float_parsed(v: f64, fs: &FormatSpec) -> Result<Text, FmtError> {
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
    let mut s = double_to_string(val, code, prec, add_dot_0, fs.alternate, fs.no_neg_0)?;
    if fs.ty == Some('%') {
        s.push('%');
    }
    let negative = s.starts_with('-');
    let body = &s[negative as usize..];
    let nd = body.bytes().take_while(u8::is_ascii_digit).count();
    layout_number(fs, negative, "", &body[..nd], &body[nd..])
}

/// `format(float, spec)` as CPython 3.11's `float.__format__`.
pub fn format_float(v: f64, spec: &str) -> Result<String, FmtError> {
    format_float_text(v, spec).map(Text::into_string)
}

/// [`format_float`] as stack text for the usual widths: no Rust
/// allocation.
pub fn format_float_text(v: f64, spec: &str) -> Result<Text, FmtError> {
    if spec.is_empty() {
        return Ok(float_repr_text(v));
    }
    let fs = parse_spec_for(spec, None, "float")?;
    match fs.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_parsed(v, &fs),
        Some(t) => Err(unknown_code(t, "float")),
    }
}

/// `format(complex, spec)` as CPython 3.11's `format_complex_internal`:
/// each part formatted as a float without padding (the imaginary one with
/// a sign), then `j`, parentheses for the empty presentation type unless
/// the real part is +0.0 (then it is left out, as in `repr`), and the
/// padding around the whole (right-aligned by default).
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, FmtError> {
    let fs = parse_spec_for(spec, None, "complex")?;
    match fs.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_code(t, "complex")),
    }
    if fs.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(verr("precision too big"));
    }
    if fs.zero || (fs.fill == '0' && fs.align.is_some()) {
        return Err(verr(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if fs.align == Some('=') {
        return Err(verr(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (mut code, mut skip_re, mut parens) = (fs.ty.unwrap_or('r'), false, false);
    if fs.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    if code == 'n' {
        code = 'g';
    }
    let prec = match fs.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None if fs.ty.is_none() => 0,
        None => 6,
    };
    let part = |x: f64, sign: Option<char>| -> Result<Text, FmtError> {
        let s = double_to_string(x, code, prec, false, fs.alternate, fs.no_neg_0)?;
        let negative = s.starts_with('-');
        let body = &s[negative as usize..];
        let nd = body.bytes().take_while(u8::is_ascii_digit).count();
        let plain = FormatSpec {
            fill: ' ',
            align: Some('<'),
            sign,
            width: None,
            zero: false,
            ..fs.clone()
        };
        layout_number(&plain, negative, "", &body[..nd], &body[nd..])
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(part(re, fs.sign)?.as_str());
    }
    let im_sign = if skip_re { fs.sign } else { Some('+') };
    body.push_str(part(im, im_sign)?.as_str());
    body.push('j');
    if parens {
        body.push(')');
    }
    let n = body.chars().count();
    let width = fs.width.unwrap_or(0);
    if width <= n {
        return Ok(body);
    }
    let pad = width - n;
    let (left, right) = match fs.align.unwrap_or('>') {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let fill = |k: usize| std::iter::repeat_n(fs.fill, k).collect::<String>();
    Ok(format!("{}{body}{}", fill(left), fill(right)))
}

/// `format(str, spec)` as CPython 3.11's `str.__format__` (width counts chars).
pub fn format_str(s: &str, spec: &str) -> Result<String, FmtError> {
    Ok(format_str_text(s, spec)?.into_string())
}

/// [`format_str`] as stack text (only a result past its inline room
/// spills into a `String`).
pub fn format_str_text(s: &str, spec: &str) -> Result<Text, FmtError> {
    if spec.is_empty() {
        let mut t = Text::new();
        t.push_str(s);
        return Ok(t);
    }
    let fs = parse_spec_for(spec, Some('s'), "str")?;
    match fs.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    let align = fs.align.unwrap_or('<');
    let what = "string format specifier";
    first_error(&[
        (fs.sign == Some(' '), &|| {
            format!("Space not allowed in {what}")
        }),
        (fs.sign.is_some(), &|| format!("Sign not allowed in {what}")),
        (fs.no_neg_0, &|| {
            format!("Negative zero coercion (z) not allowed in {what}")
        }),
        (fs.alternate, &|| {
            format!("Alternate form (#) not allowed in {what}")
        }),
        (align == '=', &|| {
            format!("'=' alignment not allowed in {what}")
        }),
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
    let mut out = Text::new();
    push_n_text(&mut out, fs.fill, lpad as i64)?;
    let end = s.char_indices().nth(len).map_or(s.len(), |(i, _)| i);
    crate::reserve_text(&mut out, end)?;
    out.push_str(&s[..end]);
    push_n_text(&mut out, fs.fill, (total - len - lpad) as i64)?;
    Ok(out)
}
