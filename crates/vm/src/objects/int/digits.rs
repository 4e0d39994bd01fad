//! `+`, `-`, `*` (schoolbook up to 64 digits), `**` with a result of up
//! to 64 digits, `//` and `%` (by one digit here, by more in `divide`),
//! comparisons, negation, the hash and the conversion to float, straight
//! on the int object's
//! base-2^32 digits: no conversion to and from `num_bigint` (whose 64-bit
//! digits cost a pass over each operand and one over the result, plus a
//! Rust allocation each, which on `bench/bigint.py` took more instructions
//! than the arithmetic). The digits of the result are computed in a
//! per-thread scratch vector, then copied into an object of exactly their
//! size; a result that fits a word becomes a word-sized int, as
//! everywhere (`new_bigint`).

use crate::memory::object::{alloc_builtin_object, Obj, ObjRef};
use crate::objects::int::{int_body, new_int, IntBody};
use crate::objects::registry::types;
use arenapy_alloc::AllocError;
use arenapy_compiler::opcode::BinaryOperator as B;
use std::cell::Cell;
use std::cmp::Ordering;

thread_local! {
    /// The digits of the result being computed (kept between operations so
    /// that each one does not allocate).
    static SCRATCH: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    /// The remainder of a division (`floor_divmod`).
    static REMAINDER: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
}

/// Scratch vectors above this many digits are not kept for the next
/// operation (a one-off huge result should not pin its memory).
const SCRATCH_KEEP: usize = 1 << 12;

/// A signed magnitude: `neg`, and the digits least significant first.
struct Mag<'a> {
    neg: bool,
    digits: &'a [u32],
}

/// The digits of `obj` (an int), a word-sized value spread into `buf`.
#[inline]
fn mag<'a>(obj: &'a Obj, buf: &'a mut [u32; 2]) -> Option<Mag<'a>> {
    let b = int_body(obj)?;
    if b.ndigits == 0 {
        let m = b.small.unsigned_abs();
        *buf = [m as u32, (m >> 32) as u32];
        let len = if m == 0 {
            0
        } else if m >> 32 == 0 {
            1
        } else {
            2
        };
        return Some(Mag {
            neg: b.small < 0,
            digits: &buf[..len],
        });
    }
    let n = b.ndigits.unsigned_abs();
    let p = obj.trailing_ptr::<IntBody>() as *const u32;
    // SAFETY: a big int object has n digits stored after its body.
    let digits = unsafe { std::slice::from_raw_parts(p, n) };
    Some(Mag {
        neg: b.ndigits < 0,
        digits: trim(digits),
    })
}

/// The sign and digits of `obj` (an int), for the other digit modules.
#[inline]
pub(crate) fn magnitude<'a>(obj: &'a Obj, buf: &'a mut [u32; 2]) -> Option<(bool, &'a [u32])> {
    mag(obj, buf).map(|m| (m.neg, m.digits))
}

/// Runs `f` with the per-thread scratch vector for a result's digits.
pub(crate) fn with_scratch<R>(f: impl FnOnce(&mut Vec<u32>) -> R) -> R {
    let mut out = SCRATCH.with(Cell::take);
    let r = f(&mut out);
    if out.capacity() <= SCRATCH_KEEP {
        SCRATCH.with(|s| s.set(out));
    }
    r
}

/// Without its most significant zero digits.
fn trim(d: &[u32]) -> &[u32] {
    let n = d.iter().rposition(|&x| x != 0).map_or(0, |i| i + 1);
    &d[..n]
}

fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    a.len()
        .cmp(&b.len())
        .then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

// The loops below fill `out` through `extend` over slice iterators (whose
// exact length lets the vector skip its capacity test per digit).

/// `out = a + b` (magnitudes).
fn add_mag(a: &[u32], b: &[u32], out: &mut Vec<u32>) {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let (low, high) = a.split_at(b.len());
    out.clear();
    out.reserve(a.len() + 1);
    let mut carry = 0u64;
    out.extend(low.iter().zip(b).map(|(&x, &y)| {
        let s = x as u64 + y as u64 + carry;
        carry = s >> 32;
        s as u32
    }));
    out.extend(high.iter().map(|&x| {
        let s = x as u64 + carry;
        carry = s >> 32;
        s as u32
    }));
    if carry != 0 {
        out.push(carry as u32);
    }
}

/// `out = a - b` (magnitudes, `a >= b`).
fn sub_mag(a: &[u32], b: &[u32], out: &mut Vec<u32>) {
    let (low, high) = a.split_at(b.len());
    out.clear();
    out.reserve(a.len());
    let mut borrow = 0u32;
    out.extend(low.iter().zip(b).map(|(&x, &y)| {
        let (d, o1) = x.overflowing_sub(y);
        let (d, o2) = d.overflowing_sub(borrow);
        borrow = (o1 | o2) as u32;
        d
    }));
    out.extend(high.iter().map(|&x| {
        let (d, o) = x.overflowing_sub(borrow);
        borrow = o as u32;
        d
    }));
    debug_assert_eq!(borrow, 0);
}

/// `out = a * b` (magnitudes, `b` of at most two digits, i.e. a u64).
fn mul_mag_short(a: &[u32], b: &[u32], out: &mut Vec<u32>) {
    let y = b.first().copied().unwrap_or(0) as u64 | (b.get(1).copied().unwrap_or(0) as u64) << 32;
    out.clear();
    out.reserve(a.len() + 2);
    if y >> 32 == 0 {
        let mut carry = 0u64;
        out.extend(a.iter().map(|&x| {
            // At most (2^32-1)^2 + 2^32-1 < 2^64.
            let t = x as u64 * y + carry;
            carry = t >> 32;
            t as u32
        }));
        out.push(carry as u32);
    } else {
        let mut carry = 0u128;
        out.extend(a.iter().map(|&x| {
            // At most (2^32-1)(2^64-1) + 2^64-1 < 2^96.
            let t = x as u128 * y as u128 + carry;
            carry = t >> 32;
            t as u32
        }));
        out.push(carry as u32);
        out.push((carry >> 32) as u32);
    }
}

/// Operands up to this many digits multiply by the schoolbook method;
/// above it `num_bigint`'s Karatsuba and Toom-3 are faster (CPython's
/// `KARATSUBA_CUTOFF` is 70 of its 30-bit digits).
const SCHOOLBOOK_MAX: usize = 64;

/// `out = a * b` (magnitudes), the schoolbook method.
fn mul_mag(a: &[u32], b: &[u32], out: &mut Vec<u32>) {
    out.clear();
    out.resize(a.len() + b.len(), 0);
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (o, &y) in out[i..].iter_mut().zip(b) {
            // At most (2^32-1)^2 + 2 (2^32-1) = 2^64 - 1.
            let t = x as u64 * y as u64 + *o as u64 + carry;
            *o = t as u32;
            carry = t >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
}

/// Is `a ** e` (e at most one digit) small enough for the schoolbook
/// method: at most [`SCHOOLBOOK_MAX`] digits?
fn pow_fits(a: &[u32], e: &[u32]) -> bool {
    let bits = match a.last() {
        None => return true,
        Some(&top) => (a.len() as u64 - 1) * 32 + (32 - top.leading_zeros()) as u64,
    };
    let e = e.first().copied().unwrap_or(0) as u64;
    bits.saturating_mul(e) <= (SCHOOLBOOK_MAX as u64) * 32
}

thread_local! {
    /// The powers and products of [`pow_mag`].
    static POW_SCRATCH: Cell<(Vec<u32>, Vec<u32>)> = const { Cell::new((Vec::new(), Vec::new())) };
}

/// `out = a ** e` (magnitudes), by squaring; the result fits
/// [`SCHOOLBOOK_MAX`] digits ([`pow_fits`]).
fn pow_mag(a: &[u32], mut e: u32, out: &mut Vec<u32>) {
    let (mut base, mut tmp) = POW_SCRATCH.with(Cell::take);
    out.clear();
    out.push(1);
    base.clear();
    base.extend_from_slice(a);
    while e > 0 {
        if e & 1 == 1 {
            mul_mag(out, &base, &mut tmp);
            tmp.truncate(trim(&tmp).len());
            std::mem::swap(out, &mut tmp);
        }
        e >>= 1;
        if e > 0 {
            mul_mag(&base, &base, &mut tmp);
            tmp.truncate(trim(&tmp).len());
            std::mem::swap(&mut base, &mut tmp);
        }
    }
    POW_SCRATCH.with(|s| s.set((base, tmp)));
}

/// CPython's hash of a big int: its value modulo 2^61 - 1, with the sign
/// (`long_hash`), computed on the digits, most significant first.
pub(crate) fn hash_big(a: &Obj) -> Option<i64> {
    let mut buf = [0u32; 2];
    let x = mag(a, &mut buf)?;
    let m = crate::objects::int::arith::HASH_MODULUS as u128;
    let mut h = 0u128;
    for &d in x.digits.iter().rev() {
        h = ((h << 32) | d as u128) % m;
    }
    let h = h as i64;
    let h = if x.neg { -h } else { h };
    Some(if h == -1 { -2 } else { h })
}

/// The int `a` as the nearest float, ties to even (None if it is not an
/// int, `Some(inf)` when it is too large for one).
pub(crate) fn to_f64(a: &Obj) -> Option<f64> {
    let mut buf = [0u32; 2];
    let x = mag(a, &mut buf)?;
    let d = x.digits;
    let bits = match d.last() {
        None => return Some(0.0),
        Some(&top) => d.len() * 32 - top.leading_zeros() as usize,
    };
    let f = if bits <= 64 {
        (d[0] as u64 | d.get(1).map_or(0, |&h| (h as u64) << 32)) as f64
    } else {
        // The top 64 bits, with the lowest one set when any bit below
        // them is: converting that to f64 rounds as the whole value would
        // (64 bits leave the 53-bit rounding two guard bits and a sticky
        // one).
        let shift = bits - 64;
        let get = |i: usize| d.get(i).copied().unwrap_or(0) as u128;
        let (q, r) = (shift / 32, shift % 32);
        let window = get(q) | get(q + 1) << 32 | get(q + 2) << 64;
        let mut top = (window >> r) as u64;
        let below_window = d[..q].iter().any(|&w| w != 0);
        let below_in_digit = r > 0 && get(q) & ((1u128 << r) - 1) != 0;
        if below_window || below_in_digit {
            top |= 1;
        }
        if shift > 1100 {
            f64::INFINITY
        } else {
            top as f64 * 2f64.powi(shift as i32)
        }
    };
    Some(if x.neg { -f } else { f })
}

/// `-a`, `+a` (an exact int of the same value) and `~a` (which is
/// `-a - 1`), on the digits.
pub(crate) fn unary(a: &Obj, op: char) -> Option<Result<ObjRef, AllocError>> {
    let mut buf = [0u32; 2];
    let x = mag(a, &mut buf)?;
    match op {
        '-' => {
            return Some(new_int_from_digits(
                !x.neg && !x.digits.is_empty(),
                x.digits,
            ))
        }
        '+' => return Some(new_int_from_digits(x.neg, x.digits)),
        _ => {}
    }
    let neg_x = Mag {
        neg: !x.neg,
        digits: x.digits,
    };
    Some(with_scratch(|out| {
        let neg = signed_add(&neg_x, true, &[1], out);
        new_int_from_digits(neg, out)
    }))
}

/// Three-way comparison of two ints on their digits (None if either is
/// not an int).
pub(crate) fn cmp_ints(a: &Obj, b: &Obj) -> Option<Ordering> {
    let (mut ba, mut bb) = ([0u32; 2], [0u32; 2]);
    let (x, y) = (mag(a, &mut ba)?, mag(b, &mut bb)?);
    // Zero has no digits and is not negative, whatever its sign says.
    let (xneg, yneg) = (x.neg && !x.digits.is_empty(), y.neg && !y.digits.is_empty());
    Some(match (xneg, yneg) {
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
        (false, false) => cmp_mag(x.digits, y.digits),
        (true, true) => cmp_mag(y.digits, x.digits),
    })
}

/// `out = a / d` (magnitudes, truncating, `d != 0`); returns the remainder.
fn div_mag_digit(a: &[u32], d: u32, out: &mut Vec<u32>) -> u64 {
    let d = d as u64;
    out.clear();
    out.resize(a.len(), 0);
    let mut rem = 0u64;
    for (q, &x) in out.iter_mut().zip(a).rev() {
        let cur = rem << 32 | x as u64;
        *q = (cur / d) as u32;
        rem = cur % d;
    }
    rem
}

/// `out += 1` (a magnitude).
pub(crate) fn increment_mag(out: &mut Vec<u32>) {
    for x in out.iter_mut() {
        let (s, o) = x.overflowing_add(1);
        *x = s;
        if !o {
            return;
        }
    }
    out.push(1);
}

/// `a op b` for ints when `op` is `+`, `-`, `*` with an operand of at most
/// two digits, or `//` and `%` by a nonzero divisor; `None` for anything
/// else (the caller goes through `num_bigint`, which also raises for a
/// zero divisor), or when either is not an int.
pub(crate) fn short_op(op: B, a: &Obj, b: &Obj) -> Option<Result<ObjRef, AllocError>> {
    let (mut ba, mut bb) = ([0u32; 2], [0u32; 2]);
    let (x, y) = (mag(a, &mut ba)?, mag(b, &mut bb)?);
    let mut out = SCRATCH.with(Cell::take);
    let neg = match op {
        B::Add => signed_add(&x, y.neg, y.digits, &mut out),
        B::Subtract => signed_add(&x, !y.neg, y.digits, &mut out),
        B::Multiply => {
            if y.digits.len() <= 2 {
                mul_mag_short(x.digits, y.digits, &mut out);
            } else if x.digits.len() <= 2 {
                mul_mag_short(y.digits, x.digits, &mut out);
            } else if x.digits.len().min(y.digits.len()) <= SCHOOLBOOK_MAX {
                mul_mag(x.digits, y.digits, &mut out);
            } else {
                SCRATCH.with(|s| s.set(out));
                return None;
            }
            x.neg != y.neg
        }
        B::Power if !y.neg && y.digits.len() <= 1 && pow_fits(x.digits, y.digits) => {
            let e = y.digits.first().copied().unwrap_or(0);
            pow_mag(x.digits, e, &mut out);
            x.neg && e % 2 == 1
        }
        B::FloorDivide | B::Remainder if !y.digits.is_empty() => {
            return Some(floor_divide(op, &x, &y, out));
        }
        _ => {
            SCRATCH.with(|s| s.set(out));
            return None;
        }
    };
    let r = new_int_from_digits(neg, &out);
    if out.capacity() <= SCRATCH_KEEP {
        SCRATCH.with(|s| s.set(out));
    }
    Some(r)
}

/// Python's floor division of `x` by `y` (nonzero): the quotient's
/// digits in `q`, the remainder's in `rem`; returns their signs. A nonzero
/// remainder whose sign differs from the divisor's moves the quotient one
/// further from zero and the remainder to `|y| - r`, with the divisor's
/// sign.
fn floor_divmod(x: &Mag<'_>, y: &Mag<'_>, q: &mut Vec<u32>, rem: &mut Vec<u32>) -> (bool, bool) {
    if y.digits.len() == 1 {
        let r = div_mag_digit(x.digits, y.digits[0], q);
        rem.clear();
        rem.push(r as u32);
    } else if x.digits.len() < y.digits.len() {
        q.clear();
        rem.clear();
        rem.extend_from_slice(x.digits);
    } else {
        super::divide::div_rem_mag(x.digits, y.digits, q, rem);
    }
    if x.neg != y.neg && !trim(rem).is_empty() {
        increment_mag(q);
        sub_from_mag(y.digits, rem);
    }
    (x.neg != y.neg, y.neg)
}

/// `rem = y - rem` (magnitudes, `rem < y`), in place.
fn sub_from_mag(y: &[u32], rem: &mut Vec<u32>) {
    rem.resize(rem.len().max(y.len()), 0);
    let mut borrow = 0u32;
    for (r, &d) in rem.iter_mut().zip(y) {
        let (v, o1) = d.overflowing_sub(*r);
        let (v, o2) = v.overflowing_sub(borrow);
        *r = v;
        borrow = (o1 | o2) as u32;
    }
    debug_assert_eq!(borrow, 0);
}

/// `x // y` or `x % y` (nonzero `y`), only the one asked for made.
fn floor_divide(op: B, x: &Mag<'_>, y: &Mag<'_>, mut out: Vec<u32>) -> Result<ObjRef, AllocError> {
    let mut rem = REMAINDER.with(Cell::take);
    let (qneg, rneg) = floor_divmod(x, y, &mut out, &mut rem);
    let r = if op == B::Remainder {
        new_int_from_digits(rneg, &rem)
    } else {
        new_int_from_digits(qneg, &out)
    };
    keep_scratch(out, rem);
    r
}

/// `divmod(a, b)` for ints when either is big and `b` is nonzero: both
/// results from one division (None otherwise, or when either is not an
/// int).
pub(crate) fn big_divmod(a: &Obj, b: &Obj) -> Option<Result<(ObjRef, ObjRef), AllocError>> {
    if int_body(a)?.ndigits == 0 && int_body(b)?.ndigits == 0 {
        return None;
    }
    let (mut ba, mut bb) = ([0u32; 2], [0u32; 2]);
    let (x, y) = (mag(a, &mut ba)?, mag(b, &mut bb)?);
    if y.digits.is_empty() {
        return None;
    }
    let (mut out, mut rem) = (SCRATCH.with(Cell::take), REMAINDER.with(Cell::take));
    let (qneg, rneg) = floor_divmod(&x, &y, &mut out, &mut rem);
    let r = new_int_from_digits(qneg, &out).and_then(|q| Ok((q, new_int_from_digits(rneg, &rem)?)));
    keep_scratch(out, rem);
    Some(r)
}

fn keep_scratch(out: Vec<u32>, rem: Vec<u32>) {
    if out.capacity() <= SCRATCH_KEEP {
        SCRATCH.with(|s| s.set(out));
    }
    if rem.capacity() <= SCRATCH_KEEP {
        REMAINDER.with(|s| s.set(rem));
    }
}

/// `out = x + (yneg, y)`; returns the sign of the result.
fn signed_add(x: &Mag<'_>, yneg: bool, y: &[u32], out: &mut Vec<u32>) -> bool {
    if x.neg == yneg {
        add_mag(x.digits, y, out);
        return x.neg;
    }
    match cmp_mag(x.digits, y) {
        Ordering::Less => {
            sub_mag(y, x.digits, out);
            yneg
        }
        _ => {
            sub_mag(x.digits, y, out);
            x.neg
        }
    }
}

/// An exact int of the value `±digits` (least significant first): a
/// word-sized int when it fits an i64, as `new_bigint` makes.
pub(crate) fn new_int_from_digits(neg: bool, digits: &[u32]) -> Result<ObjRef, AllocError> {
    let d = trim(digits);
    if d.len() <= 2 {
        let m =
            d.first().copied().unwrap_or(0) as u64 | (d.get(1).copied().unwrap_or(0) as u64) << 32;
        if m <= i64::MAX as u64 {
            let v = m as i64;
            return new_int(if neg { -v } else { v });
        }
        if neg && m == 1 << 63 {
            return new_int(i64::MIN);
        }
    }
    let len = d.len();
    let n = len as isize;
    let obj = alloc_builtin_object(
        &types().int,
        IntBody {
            ndigits: if neg { -n } else { n },
            small: 0,
        },
        len * 4,
    )?;
    let dst = obj.trailing_ptr::<IntBody>() as *mut u32;
    // SAFETY: the object was allocated with room for `len` digits after
    // its body (4-aligned), and `d` is not inside it.
    unsafe { std::ptr::copy_nonoverlapping(d.as_ptr(), dst, len) };
    Ok(obj)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(v: &[u32]) -> num_bigint::BigUint {
        num_bigint::BigUint::from_slice(v)
    }

    #[test]
    fn magnitudes_agree_with_num_bigint() {
        let samples: [&[u32]; 6] = [
            &[],
            &[1],
            &[u32::MAX],
            &[u32::MAX, u32::MAX],
            &[0, 0, 1],
            &[7, u32::MAX, 3, u32::MAX],
        ];
        let mut out = Vec::new();
        for a in samples {
            for b in samples {
                add_mag(a, b, &mut out);
                assert_eq!(big(&out), big(a) + big(b));
                if cmp_mag(trim(a), trim(b)) != Ordering::Less {
                    sub_mag(a, b, &mut out);
                    assert_eq!(big(&out), big(a) - big(b));
                }
                assert_eq!(cmp_mag(trim(a), trim(b)), big(a).cmp(&big(b)));
                if b.len() <= 2 {
                    mul_mag_short(a, b, &mut out);
                    assert_eq!(big(&out), big(a) * big(b));
                }
                mul_mag(a, b, &mut out);
                assert_eq!(big(&out), big(a) * big(b));
                if let [d] = trim(b) {
                    let rem = div_mag_digit(a, *d, &mut out);
                    assert_eq!(big(&out), big(a) / big(b));
                    assert_eq!(num_bigint::BigUint::from(rem), big(a) % big(b));
                    increment_mag(&mut out);
                    assert_eq!(big(&out), big(a) / big(b) + 1u32);
                }
            }
        }
    }
}
