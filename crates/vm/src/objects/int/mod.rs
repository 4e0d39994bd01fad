//! `int`: the layout, making ints, and their repr.
//!
//! An int whose value fits a machine word keeps it inline (`ndigits == 0`);
//! a larger one stores its magnitude as base-2^32 digits after the body, the
//! sign in the sign of `ndigits` (CPython's `ob_size` convention). Arithmetic
//! on big values converts to `num_bigint::BigInt`, whose temporaries live in
//! Rust's allocator (scratch memory inside one operation); results are copied
//! back into a heap object.
//!
//! In the classic profile every int result is a new object (the seed's
//! `a = a + 1`); the cpython311 profile returns cached objects for -5..=256.

pub mod arith;
pub(crate) mod bitwise;
pub(crate) mod digits;
mod divide;
pub mod methods;
pub(crate) mod montgomery;
pub mod to_bytes;

use crate::memory::object::{alloc_builtin_object, alloc_object, Obj, ObjRef};
use crate::objects::registry::types;
use crate::objects::{Traverse, VarSize};
use arenapy_alloc::AllocError;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

pub struct IntBody {
    ndigits: isize,
    small: i64,
}

impl Traverse for IntBody {}
impl VarSize for IntBody {
    fn trailing_size(obj: &Obj) -> usize {
        // SAFETY: dispatch by layout: obj is an int.
        unsafe { obj.body_unchecked::<IntBody>() }
            .ndigits
            .unsigned_abs()
            * 4
    }
    /// CPython's 30-bit digit count: exact for a word-sized value; for a
    /// larger one, from our 32-bit digit count alone (the body is all the
    /// allocator sees before the digits are written).
    fn subtype_items(&self) -> usize {
        if self.ndigits == 0 {
            let m = self.small.unsigned_abs();
            (64 - m.leading_zeros() as usize).div_ceil(30)
        } else {
            (self.ndigits.unsigned_abs() * 32).div_ceil(30)
        }
    }
}

/// Small-int cache bounds of CPython 3.11 (`_PY_NSMALLNEGINTS`, `_PY_NSMALLPOSINTS`).
pub const SMALL_INT_MIN: i64 = -5;
pub const SMALL_INT_MAX: i64 = 256;

/// A new int object of type `ty` (int or bool) with a word-sized value,
/// bypassing the small-int cache.
pub fn alloc_int_of_type(ty: &Obj, v: i64) -> Result<ObjRef, AllocError> {
    alloc_object(
        ty,
        IntBody {
            ndigits: 0,
            small: v,
        },
        0,
    )
}

/// An int object for `v`: cached in the cpython311 profile, new otherwise.
#[inline]
pub fn new_int(v: i64) -> Result<ObjRef, AllocError> {
    let t = types();
    if let Some(cache) = &t.small_ints {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
            return Ok(cache[(v - SMALL_INT_MIN) as usize].clone());
        }
    }
    alloc_builtin_object(
        &t.int,
        IntBody {
            ndigits: 0,
            small: v,
        },
        0,
    )
}

pub fn new_bigint(v: &BigInt) -> Result<ObjRef, AllocError> {
    if let Some(small) = v.to_i64() {
        return new_int(small);
    }
    new_bigint_in(&types().int, v)
}

/// A new int object of type `ty` (int or a subclass), never cached.
pub fn new_bigint_in(ty: &Obj, v: &BigInt) -> Result<ObjRef, AllocError> {
    if let Some(small) = v.to_i64() {
        return alloc_int_of_type(ty, small);
    }
    // The digits go straight from the BigInt into the object: no temporary
    // vector (one malloc and free per big result), two 32-bit digits per
    // 64-bit word of the BigInt.
    let len = v.iter_u32_digits().len();
    let n = len as isize;
    let ndigits = if v.sign() == Sign::Minus { -n } else { n };
    let obj = alloc_object(ty, IntBody { ndigits, small: 0 }, len * 4)?;
    let dst = obj.trailing_ptr::<IntBody>() as *mut u32;
    for (i, w) in v.iter_u64_digits().enumerate().take(len.div_ceil(2)) {
        let lo = 2 * i;
        // SAFETY: alloc_object reserved 4 * len trailing bytes and
        // `lo < len` (`i < ceil(len / 2)`); the body is 8-aligned so dst is
        // 4-aligned.
        unsafe { dst.add(lo).write(w as u32) };
        if lo + 1 < len {
            // SAFETY: as above, `lo + 1 < len`.
            unsafe { dst.add(lo + 1).write((w >> 32) as u32) };
        }
    }
    Ok(obj)
}

/// The value of an int object (or bool) if it fits an i64.
#[inline(always)]
pub fn int_small(obj: &Obj) -> Option<i64> {
    let b = int_body(obj)?;
    (b.ndigits == 0).then_some(b.small)
}

/// The value of an exact `int` (`PyLong_CheckExact`, so not a bool) that
/// fits an i64: one comparison of the type, no second look at the layout.
/// For the specialised instructions.
#[inline(always)]
pub fn exact_int_small(obj: &Obj, int_type: &Obj) -> Option<i64> {
    if !obj.ty().is(int_type) {
        return None;
    }
    // SAFETY: an object whose type is `int` itself has an IntBody.
    let b = unsafe { obj.body_unchecked::<IntBody>() };
    (b.ndigits == 0).then_some(b.small)
}

#[inline(always)]
pub fn int_body(obj: &Obj) -> Option<&IntBody> {
    obj.payload::<IntBody>()
}

/// The value of an int object as a BigInt (None if not an int).
pub fn to_bigint(obj: &Obj) -> Option<BigInt> {
    let b = int_body(obj)?;
    if b.ndigits == 0 {
        return Some(BigInt::from(b.small));
    }
    let n = b.ndigits.unsigned_abs();
    let p = obj.trailing_ptr::<IntBody>() as *const u32;
    // SAFETY: a big int object has n digits stored after its body.
    let digits = unsafe { std::slice::from_raw_parts(p, n) };
    let sign = if b.ndigits < 0 {
        Sign::Minus
    } else {
        Sign::Plus
    };
    Some(BigInt::from_slice(sign, digits))
}

impl IntBody {
    pub fn is_small(&self) -> bool {
        self.ndigits == 0
    }
    /// Number of 30-bit digits CPython would use (for `sys.getsizeof` parity).
    pub fn cpython_digits(&self, obj: &Obj) -> usize {
        if self.ndigits == 0 {
            let m = self.small.unsigned_abs();
            if m == 0 {
                0
            } else {
                (64 - m.leading_zeros() as usize).div_ceil(30)
            }
        } else {
            let bits = to_bigint(obj).map(|b| b.bits()).unwrap_or(0) as usize;
            bits.div_ceil(30)
        }
    }
}

thread_local! {
    /// `sys.get_int_max_str_digits()`: CPython 3.11's limit on decimal
    /// int ↔ str conversions (0 = none).
    static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(4300) };
}

pub const MAX_STR_DIGITS_DEFAULT: usize = 4300;
/// The smallest limit `sys.set_int_max_str_digits` accepts (besides 0).
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|m| m.get())
}

pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.with(|m| m.set(n));
}

/// The ValueError for converting an int of more decimal digits than the
/// limit to text.
pub fn check_to_decimal(b: &num_bigint::BigInt) -> crate::vm::PyResult<()> {
    let limit = max_str_digits();
    if limit == 0 {
        return Ok(());
    }
    // The number of decimal digits is floor(log10|b|) + 1, within one of
    // bits * log10(2); only a borderline size needs the exact count.
    let bits = b.bits() as f64;
    let estimate = bits * std::f64::consts::LOG10_2;
    let too_many = if estimate > limit as f64 + 1.0 {
        true
    } else if estimate + 1.0 < limit as f64 {
        false
    } else {
        b.magnitude().to_string().len() > limit
    };
    if too_many {
        return Err(crate::objects::exception::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// The ValueError for parsing text of more digits than the limit (bases
/// that are not powers of two).
pub fn check_from_text(s: &str, base: u32) -> crate::vm::PyResult<()> {
    let limit = max_str_digits();
    if limit == 0 || base.is_power_of_two() {
        return Ok(());
    }
    let digits = s.chars().filter(|c| c.is_alphanumeric()).count();
    if digits > limit {
        return Err(crate::objects::exception::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: \
             value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// `repr(int)` with the digit limit.
pub fn int_repr_checked(o: &Obj) -> crate::vm::PyResult<String> {
    if int_small(o).is_none() {
        if let Some(b) = to_bigint(o) {
            check_to_decimal(&b)?;
        }
    }
    Ok(int_repr(o))
}

/// The decimal digits of a word-sized int, written into `buf` without a
/// Rust allocation (`str(i)` and `repr(i)` of small ints run often).
pub fn small_int_decimal(v: i64, buf: &mut [u8; 20]) -> &str {
    let mut n = v.unsigned_abs();
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if v < 0 {
        i -= 1;
        buf[i] = b'-';
    }
    // Only ASCII digits and '-' were written.
    std::str::from_utf8(&buf[i..]).unwrap_or("")
}

/// `repr()` of a big int as a new str object, written in place (CPython's
/// `long_to_decimal_string_internal`): the base-2^32 digits become base
/// 10^9 limbs in heap scratch (CPython's scratch int), whose decimal text
/// goes straight into the str. No Rust allocation, no BigInt. None for a
/// word-sized int (the caller writes those from a stack buffer).
pub fn big_int_decimal_str(o: &Obj) -> crate::vm::PyResult<Option<ObjRef>> {
    const BASE: u64 = 1_000_000_000;
    let Some(b) = int_body(o).filter(|b| b.ndigits != 0) else {
        return Ok(None);
    };
    let n = b.ndigits.unsigned_abs();
    let p = o.trailing_ptr::<IntBody>() as *const u32;
    // SAFETY: a big int object has n digits stored after its body.
    let digits = unsafe { std::slice::from_raw_parts(p, n) };
    // Far beyond the digit limit is an error before the quadratic
    // conversion (CPython checks the size first too): a 7-million-bit int
    // took minutes to be refused.
    let limit = max_str_digits();
    let top_bits = 32 - digits.last().map_or(32, |d| d.leading_zeros());
    let bits = (n.saturating_sub(1) * 32 + top_bits as usize) as f64;
    if limit != 0 && bits * std::f64::consts::LOG10_2 > limit as f64 + 1.0 {
        return Err(crate::objects::exception::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    // 10^9 > 2^29.89, so each 32-bit digit adds at most 32/29 limbs.
    let mut limbs: crate::memory::heap::HVec<u32> = crate::memory::heap::try_hvec(n * 32 / 29 + 2)?;
    for &d in digits.iter().rev() {
        let mut carry = d as u64;
        for l in limbs.iter_mut() {
            let z = ((*l as u64) << 32) | carry;
            *l = (z % BASE) as u32;
            carry = z / BASE;
        }
        while carry > 0 {
            limbs.push((carry % BASE) as u32);
            carry /= BASE;
        }
    }
    let top = limbs.last().copied().unwrap_or(0);
    let mut top_buf = [0u8; 20];
    let top_text = small_int_decimal(top as i64, &mut top_buf);
    let ndigits = top_text.len() + 9 * limbs.len().saturating_sub(1);
    if limit != 0 && ndigits > limit {
        return Err(crate::objects::exception::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    let negative = b.ndigits < 0;
    let len = ndigits + usize::from(negative);
    crate::memory::heap::check_room(len)?;
    Ok(Some(crate::objects::str::new_str_build(len, len, |w| {
        if negative {
            w.push('-');
        }
        w.push_str(top_text);
        for &l in limbs.iter().rev().skip(1) {
            let mut buf = [b'0'; 9];
            let mut v = l;
            for slot in buf.iter_mut().rev() {
                *slot = b'0' + (v % 10) as u8;
                v /= 10;
            }
            w.push_str(std::str::from_utf8(&buf).unwrap_or("000000000"));
        }
    })?))
}

pub fn int_repr(o: &Obj) -> String {
    match int_small(o) {
        Some(v) => v.to_string(),
        None => to_bigint(o).map(|b| b.to_string()).unwrap_or_default(),
    }
}
