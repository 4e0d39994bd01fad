//! The `%` operator on str (printf-style formatting), and the parser it
//! shares with `bytes % x` (`objects::bytes::percent`): CPython's
//! `unicode_format_arg_parse` step by step — the mapping key, flags, width
//! and precision (each maybe `*`), one `h`/`l`/`L`, the conversion — with
//! its argument cursor (`args`/`arglen`/`argidx`/`dict`) and its errors
//! (`incomplete format`, `not enough arguments for format string`, `not
//! all arguments converted during string formatting` ...). The conversions
//! of one argument for str are here too: `%s`/`%r`/`%a` through
//! `str()`/`repr()`/`ascii()`, the numeric ones through `arenapy_format`.

use crate::memory::heap;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{type_error, value_error};
use crate::objects::float::float_value;
use crate::objects::int::int_small;
use crate::objects::int::to_bigint;
use crate::objects::registry::types;
use crate::objects::str::{ascii_escape, new_str, try_str};
use crate::objects::tuple::try_tuple_items;
use crate::objects::typeobject;
use crate::objects::{exception, Layout};
use crate::protocol::format::fmt_err;
use crate::protocol::object::type_name;
use crate::protocol::repr::{self, repr_string};
use crate::protocol::{call, convert, object, subscript};
use crate::vm::{PyResult, Vm};
use arenapy_format::{PercentOut, PercentSpec};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// The arguments of one `%` operation as CPython's formatter walks them:
/// a tuple is consumed item by item (`argidx < arglen`); any other object
/// is the single argument (`arglen == -1`, `argidx == -2`, so it can be
/// taken once); a `%(key)` conversion replaces it by `dict[key]`.
pub(crate) struct PercentArgs {
    args: ObjRef,
    arglen: isize,
    argidx: isize,
    dict: Option<ObjRef>,
}

impl PercentArgs {
    /// `dict` says whether `args` is used as the mapping of `%(key)`
    /// conversions (the caller's `PyMapping_Check`-like rule).
    pub(crate) fn new(args: &Obj, dict: bool) -> Self {
        let (arglen, argidx) = match try_tuple_items(args) {
            Some(items) => (items.len() as isize, 0),
            None => (-1, -2),
        };
        PercentArgs {
            args: args.to_ref(),
            arglen,
            argidx,
            dict: dict.then(|| args.to_ref()),
        }
    }

    /// CPython's `getnextarg`.
    pub(crate) fn next(&mut self) -> PyResult<ObjRef> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(v) = try_tuple_items(&self.args).and_then(|t| t.get(i as usize)) {
                return Ok(v.clone());
            }
        }
        Err(type_error("not enough arguments for format string"))
    }

    /// Arguments left over, checked after each conversion when formatting
    /// from a mapping and at the end otherwise (CPython's two checks).
    pub(crate) fn left_over(&self, at_end: bool) -> bool {
        self.argidx < self.arglen && (self.dict.is_none() == at_end)
    }
}

/// One piece of a format string.
pub(crate) enum Step {
    /// Characters `start..end` copied as they are.
    Literal(usize, usize),
    /// `%%`.
    Percent,
    /// A conversion: its spec (`conv` is the conversion character), the
    /// index of that character in the format (for error messages), and
    /// whether a digit loop read it (see `objects::bytes::percent`).
    Convert(PercentSpec, usize, bool),
}

/// The next piece of `fmt` from `*pos`; `None` at the end. `key_of` makes
/// the mapping key of a `%(key)` conversion (str or bytes), `prec_big` is
/// the message for a precision beyond a C int. The argument of a
/// conversion is taken by the caller (`args.next()`), as CPython takes it
/// after the parse.
pub(crate) fn next_step<C: Copy + Into<char>>(
    vm: &mut Vm,
    fmt: &[C],
    pos: &mut usize,
    args: &mut PercentArgs,
    key_of: &dyn Fn(&[C]) -> PyResult<ObjRef>,
    prec_big: &str,
) -> PyResult<Option<Step>> {
    let n = fmt.len();
    if *pos >= n {
        return Ok(None);
    }
    if fmt[*pos].into() != '%' {
        let start = *pos;
        while *pos < n && fmt[*pos].into() != '%' {
            *pos += 1;
        }
        return Ok(Some(Step::Literal(start, *pos)));
    }
    *pos += 1;
    // `cnt` mirrors CPython's `fmtcnt`: the characters left from `*pos`,
    // going to -1 when a read finds the end (then "incomplete format").
    let mut cnt = (n - *pos) as isize;
    let read = |p: usize| fmt.get(p).map_or('\0', |&c| c.into());
    let mut ch = read(*pos);
    // Whether `ch` was read by a digit loop, which CPython's bytes
    // formatter reads unsigned (`Py_CHARMASK`), its other reads signed.
    let mut masked = false;
    if ch == '%' {
        *pos += 1;
        return Ok(Some(Step::Percent));
    }
    let mut spec = PercentSpec {
        left: false,
        plus: false,
        space: false,
        alternate: false,
        zero: false,
        width: None,
        precision: None,
        conv: 's',
    };
    if ch == '(' {
        let Some(dict) = args.dict.clone() else {
            return Err(type_error("format requires a mapping"));
        };
        *pos += 1;
        cnt -= 1;
        let keystart = *pos;
        let mut pcount = 1;
        while pcount > 0 && {
            cnt -= 1;
            cnt >= 0
        } {
            ch = read(*pos);
            masked = false;
            if ch == ')' {
                pcount -= 1;
            } else if ch == '(' {
                pcount += 1;
            }
            *pos += 1;
        }
        if cnt < 0 || pcount > 0 {
            return Err(value_error("incomplete format key"));
        }
        let key = key_of(&fmt[keystart..*pos - 1])?;
        args.args = subscript::getitem(vm, &dict, &key)?;
        args.arglen = -1;
        args.argidx = -2;
    }
    loop {
        cnt -= 1;
        if cnt < 0 {
            break;
        }
        ch = read(*pos);
        masked = false;
        *pos += 1;
        match ch {
            '-' => spec.left = true,
            '+' => spec.plus = true,
            ' ' => spec.space = true,
            '#' => spec.alternate = true,
            '0' => spec.zero = true,
            _ => break,
        }
    }
    if ch == '*' {
        let v = args.next()?;
        if v.layout() != Layout::Int {
            return Err(type_error("* wants int"));
        }
        let w = to_bigint(&v).and_then(|b| b.to_isize()).ok_or_else(|| {
            exception::overflow_error("Python int too large to convert to C ssize_t")
        })?;
        if w < 0 {
            spec.left = true;
        }
        spec.width = Some(w.unsigned_abs());
        cnt -= 1;
        if cnt >= 0 {
            ch = read(*pos);
            masked = false;
            *pos += 1;
        }
    } else if ch.is_ascii_digit() {
        let mut width = ch as usize - '0' as usize;
        loop {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            ch = read(*pos);
            masked = true;
            *pos += 1;
            if !ch.is_ascii_digit() {
                break;
            }
            let d = ch as usize - '0' as usize;
            if width > (isize::MAX as usize - d) / 10 {
                return Err(value_error("width too big"));
            }
            width = width * 10 + d;
        }
        spec.width = Some(width);
    }
    if ch == '.' {
        let mut prec = 0usize;
        cnt -= 1;
        if cnt >= 0 {
            ch = read(*pos);
            masked = false;
            *pos += 1;
        }
        if ch == '*' {
            let v = args.next()?;
            if v.layout() != Layout::Int {
                return Err(type_error("* wants int"));
            }
            // CPython's `_PyLong_AsInt`: a C int; a negative one is 0.
            let p = to_bigint(&v).and_then(|b| b.to_i32()).ok_or_else(|| {
                exception::overflow_error("Python int too large to convert to C int")
            })?;
            prec = p.max(0) as usize;
            cnt -= 1;
            if cnt >= 0 {
                ch = read(*pos);
                masked = false;
                *pos += 1;
            }
        } else if ch.is_ascii_digit() {
            prec = ch as usize - '0' as usize;
            loop {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                ch = read(*pos);
                masked = true;
                *pos += 1;
                if !ch.is_ascii_digit() {
                    break;
                }
                let d = ch as usize - '0' as usize;
                if prec > (i32::MAX as usize - d) / 10 {
                    return Err(value_error(prec_big));
                }
                prec = prec * 10 + d;
            }
        }
        spec.precision = Some(prec);
    }
    if cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
        cnt -= 1;
        if cnt >= 0 {
            ch = read(*pos);
            masked = false;
            *pos += 1;
        }
    }
    if cnt < 0 {
        return Err(value_error("incomplete format"));
    }
    spec.conv = ch;
    Ok(Some(Step::Convert(spec, *pos - 1, masked)))
}

/// Whether `args`'s type has `mp_subscript` (CPython's `PyMapping_Check`):
/// `__getitem__`, or a built-in container whose subscript is native.
pub(crate) fn has_subscript(args: &Obj) -> bool {
    matches!(
        args.layout(),
        Layout::List
            | Layout::Tuple
            | Layout::Str
            | Layout::Bytes
            | Layout::ByteArray
            | Layout::Dict
            | Layout::Range
            | Layout::MemoryView
    ) || typeobject::lookup_str(args.ty(), "__getitem__").is_some()
}

/// CPython's `PyNumber_Check`: ints, floats, complex numbers and objects
/// whose type has `__index__`, `__int__` or `__float__`.
pub(crate) fn number_check(v: &Obj) -> bool {
    matches!(v.layout(), Layout::Int | Layout::Float | Layout::Complex)
        || (object::is_heap_type_instance(v)
            && ["__index__", "__int__", "__float__"]
                .iter()
                .any(|m| typeobject::lookup_str(v.ty(), m).is_some()))
}

/// The integer a `%d`/`%i`/`%u`/`%o`/`%x`/`%X` conversion formats: an int
/// as it is, another number through `__index__` (o, x, X) or `int()`; a
/// TypeError on the way (or no number at all) is CPython's "%d format: a
/// real number is required" (naming the conversion as `shown`).
pub(crate) fn int_for_conversion(
    vm: &mut Vm,
    v: &Obj,
    conv: char,
    shown: char,
) -> PyResult<BigInt> {
    let wrong = || {
        let what = if matches!(conv, 'o' | 'x' | 'X') {
            "an integer"
        } else {
            "a real number"
        };
        type_error(format!(
            "%{shown} format: {what} is required, not {}",
            type_name(v)
        ))
    };
    if let Some(b) = to_bigint(v) {
        return Ok(b);
    }
    if !number_check(v) {
        return Err(wrong());
    }
    let r = if matches!(conv, 'o' | 'x' | 'X') {
        convert::number_index(vm, v)
    } else {
        call::call(vm, &types().int, std::slice::from_ref(&v.to_ref()), None)
    };
    match r {
        Ok(i) => to_bigint(&i).ok_or_else(wrong),
        Err(e) if typeobject::is_subtype(e.0.ty(), &types().type_error) => Err(wrong()),
        Err(e) => Err(e),
    }
}

/// CPython's `PyLong_AsLongAndOverflow` for `%c`: `Ok(None)` when the int
/// does not fit (the caller's range error), a TypeError when `v` is no
/// integer at all.
pub(crate) fn long_for_char(vm: &mut Vm, v: &Obj) -> PyResult<Option<i64>> {
    let i = convert::number_index(vm, v)?;
    Ok(to_bigint(&i).and_then(|b| b.to_i64()))
}

/// The text of a `%` result as it is built: bytes in a buffer of the
/// heap (CPython's `_PyUnicodeWriter` writes into a str object of the
/// heap too), never Rust's allocator. Only whole `str`s are written.
struct PercentBuf(heap::HVec<u8>);

impl arenapy_format::PercentOut for PercentBuf {
    fn reserve(&mut self, n: usize) -> Result<(), arenapy_format::FmtError> {
        if heap::has_room(n) && self.0.try_reserve(n).is_ok() {
            Ok(())
        } else {
            Err(("MemoryError", String::new()))
        }
    }

    fn put(&mut self, s: &str) -> Result<(), arenapy_format::FmtError> {
        if self.0.try_reserve(s.len()).is_err() {
            return Err(("MemoryError", String::new()));
        }
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

/// `fmt % args` for str.
pub fn percent_format(vm: &mut Vm, fmt: &Obj, args: &Obj) -> PyResult<ObjRef> {
    let text = try_str(fmt).expect("str");
    // The parser walks characters; an ASCII format (the usual one) is
    // walked as its bytes, with no array of chars made.
    if text.is_ascii() {
        percent_format_chars(vm, text.as_bytes(), args)
    } else {
        let mut chars: heap::HVec<char> = heap::try_hvec(text.len())?;
        chars.extend(text.chars());
        percent_format_chars(vm, &chars, args)
    }
}

fn percent_format_chars<C: Copy + Into<char>>(
    vm: &mut Vm,
    f: &[C],
    args: &Obj,
) -> PyResult<ObjRef> {
    // CPython's `PyMapping_Check(args) && !tuple && !str`: any object with
    // `__getitem__` (a list too) takes `%(key)s` and is never "not all
    // converted".
    let is_mapping = !matches!(args.layout(), Layout::Tuple | Layout::Str) && has_subscript(args);
    let mut cursor = PercentArgs::new(args, is_mapping);
    let mut out = PercentBuf(heap::hvec());
    out.reserve(f.len() + 16).map_err(fmt_err)?;
    let mut pos = 0;
    let key_of = |k: &[C]| -> PyResult<ObjRef> {
        let mut key = PercentBuf(heap::hvec());
        for &c in k {
            let mut b = [0u8; 4];
            key.put(c.into().encode_utf8(&mut b)).map_err(fmt_err)?;
        }
        Ok(new_str(std::str::from_utf8(&key.0).unwrap_or(""))?)
    };
    while let Some(step) = next_step(vm, f, &mut pos, &mut cursor, &key_of, "precision too big")? {
        match step {
            Step::Literal(a, b) => {
                for &c in &f[a..b] {
                    let mut buf = [0u8; 4];
                    out.put(c.into().encode_utf8(&mut buf)).map_err(fmt_err)?;
                }
            }
            Step::Percent => out.put("%").map_err(fmt_err)?,
            Step::Convert(spec, index, _) => {
                let arg = cursor.next()?;
                convert_one(vm, &mut out, &arg, &spec, index)?;
                if cursor.left_over(false) {
                    return Err(type_error(
                        "not all arguments converted during string formatting",
                    ));
                }
            }
        }
    }
    if cursor.left_over(true) {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    // Only whole strs were written: the bytes are UTF-8.
    Ok(new_str(std::str::from_utf8(&out.0).unwrap_or(""))?)
}

/// One conversion of str formatting (`unicode_format_arg_format`), written
/// to `out`.
fn convert_one(
    vm: &mut Vm,
    out: &mut PercentBuf,
    arg: &Obj,
    spec: &PercentSpec,
    index: usize,
) -> PyResult<()> {
    use arenapy_format::{percent_float_into, percent_int_small_into, percent_pad_str_into};
    let conv = spec.conv;
    match conv {
        's' => {
            let s = repr::str_of(vm, arg)?;
            percent_pad_str_into(out, try_str(&s).unwrap_or(""), spec).map_err(fmt_err)
        }
        'r' => {
            let s = repr::repr(vm, arg)?;
            percent_pad_str_into(out, try_str(&s).unwrap_or(""), spec).map_err(fmt_err)
        }
        'a' => {
            let s = ascii_escape(&repr_string(vm, arg)?);
            percent_pad_str_into(out, &s, spec).map_err(fmt_err)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            // A word-sized int (or bool) is laid out without a BigInt.
            if let Some(v) = int_small(arg) {
                return percent_int_small_into(out, v, spec).map_err(fmt_err);
            }
            let v = int_for_conversion(vm, arg, conv, conv)?;
            // Decimal text of an int obeys the 4300-digit limit.
            if matches!(conv, 'd' | 'i' | 'u') {
                crate::objects::int::check_to_decimal(&v)?;
            }
            let s = arenapy_format::percent_int(&v, spec).map_err(fmt_err)?;
            out.put(&s).map_err(fmt_err)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let v = match float_value(arg) {
                Some(v) => v,
                None => convert::float_value_of(vm, arg)?.ok_or_else(|| {
                    type_error(format!("must be real number, not {}", type_name(arg)))
                })?,
            };
            percent_float_into(out, v, spec).map_err(fmt_err)
        }
        'c' => {
            let c = if let Some(s) = try_str(arg) {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => c,
                    _ => return Err(type_error("%c requires int or char")),
                }
            } else {
                let n = match long_for_char(vm, arg) {
                    Ok(n) => n,
                    Err(e) if typeobject::is_subtype(e.0.ty(), &types().type_error) => {
                        return Err(type_error("%c requires int or char"))
                    }
                    Err(e) => return Err(e),
                };
                match n
                    .and_then(|n| u32::try_from(n).ok())
                    .map(|n| (n, char::from_u32(n)))
                {
                    Some((_, Some(c))) => c,
                    Some((n, None)) if n < 0x110000 => {
                        // A lone surrogate: arenapy's str cannot hold one.
                        return Err(value_error("%c arg is a surrogate"));
                    }
                    _ => return Err(exception::overflow_error("%c arg not in range(0x110000)")),
                }
            };
            let mut b = [0u8; 4];
            percent_pad_str_into(out, c.encode_utf8(&mut b), spec).map_err(fmt_err)
        }
        other => {
            let shown = if (31..=126).contains(&(other as u32)) {
                other
            } else {
                '?'
            };
            Err(value_error(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {index}",
                other as u32
            )))
        }
    }
}
