//! `<<`, `>>`, `&`, `|` and `^` of big ints on their base-2^32 digits,
//! without `num_bigint` (whose conversions cost a Rust allocation per
//! operand and result). Python's ints behave as infinite two's complement:
//! a right shift floors, and the bitwise operators see a negative value as
//! `!(|x| - 1)`, which is streamed digit by digit here (CPython's
//! `long_bitwise` does the same complementing, into temporaries).

use crate::memory::object::{Obj, ObjRef};
use crate::objects::int::digits::{increment_mag, magnitude, new_int_from_digits, with_scratch};
use arenapy_alloc::AllocError;
use arenapy_compiler::opcode::BinaryOperator as B;

/// Shifts beyond this many bits are left to the general path (which
/// checks the result's size and raises MemoryError).
const MAX_SHIFT: u64 = 1 << 20;

/// `a op b` for `<<`, `>>`, `&`, `|`, `^` of ints, a shift count being
/// non-negative and below [`MAX_SHIFT`]; None otherwise (the general path
/// raises for a negative count).
pub(crate) fn bitwise_op(op: B, a: &Obj, b: &Obj) -> Option<Result<ObjRef, AllocError>> {
    let (mut ba, mut bb) = ([0u32; 2], [0u32; 2]);
    let (x, y) = (magnitude(a, &mut ba)?, magnitude(b, &mut bb)?);
    match op {
        B::Lshift | B::Rshift => {
            if y.0 && !y.1.is_empty()
                || y.1.len() > 1
                || y.1.first().copied().unwrap_or(0) as u64 >= MAX_SHIFT
            {
                return None;
            }
            let n = y.1.first().copied().unwrap_or(0) as usize;
            Some(with_scratch(|out| {
                if op == B::Lshift {
                    shift_left(x.1, n, out);
                    new_int_from_digits(x.0, out)
                } else {
                    shift_right(x.1, n, out);
                    // A negative value floors: -m >> n is -((m >> n) + 1)
                    // when a bit shifted out was set.
                    if x.0 && low_bits_set(x.1, n) {
                        increment_mag(out);
                    }
                    new_int_from_digits(x.0, out)
                }
            }))
        }
        B::And | B::Or | B::Xor => {
            let len = x.1.len().max(y.1.len()) + 1;
            let (mut ca, mut cb) = (Twos::new(x.0, x.1), Twos::new(y.0, y.1));
            let neg = match op {
                B::And => x.0 & y.0,
                B::Or => x.0 | y.0,
                _ => x.0 ^ y.0,
            };
            Some(with_scratch(|out| {
                out.clear();
                out.extend((0..len).map(|i| {
                    let (p, q) = (ca.digit(i), cb.digit(i));
                    match op {
                        B::And => p & q,
                        B::Or => p | q,
                        _ => p ^ q,
                    }
                }));
                if neg {
                    // Back from two's complement: |r| = !r + 1.
                    let mut carry = 1u64;
                    for d in out.iter_mut() {
                        let t = (!*d) as u64 + carry;
                        *d = t as u32;
                        carry = t >> 32;
                    }
                }
                new_int_from_digits(neg, out)
            }))
        }
        _ => None,
    }
}

/// The digits of a value's two's complement form, streamed least
/// significant first: `m` for a non-negative value, `!m + 1` (the same as
/// `!(m - 1)`) for a negative one, extended with its sign.
struct Twos<'a> {
    neg: bool,
    digits: &'a [u32],
    carry: u64,
}

impl<'a> Twos<'a> {
    fn new(neg: bool, digits: &'a [u32]) -> Twos<'a> {
        Twos {
            neg: neg && !digits.is_empty(),
            digits,
            carry: 1,
        }
    }

    /// Digit `i`; called for i = 0, 1, 2, … in order.
    fn digit(&mut self, i: usize) -> u32 {
        let d = self.digits.get(i).copied().unwrap_or(0);
        if !self.neg {
            return d;
        }
        let t = (!d) as u64 + self.carry;
        self.carry = t >> 32;
        t as u32
    }
}

/// `out = m << n` (magnitudes).
fn shift_left(m: &[u32], n: usize, out: &mut Vec<u32>) {
    let (words, bits) = (n / 32, n % 32);
    out.clear();
    if m.is_empty() {
        return;
    }
    out.resize(words, 0);
    if bits == 0 {
        out.extend_from_slice(m);
        return;
    }
    let mut carry = 0u32;
    out.extend(m.iter().map(|&d| {
        let r = d << bits | carry;
        carry = d >> (32 - bits);
        r
    }));
    out.push(carry);
}

/// `out = m >> n` (magnitudes).
fn shift_right(m: &[u32], n: usize, out: &mut Vec<u32>) {
    let (words, bits) = (n / 32, n % 32);
    out.clear();
    if words >= m.len() {
        return;
    }
    let src = &m[words..];
    out.extend(src.iter().enumerate().map(|(i, &d)| {
        let hi = if bits == 0 {
            0
        } else {
            src.get(i + 1).map_or(0, |&h| h << (32 - bits))
        };
        (d >> bits) | hi
    }));
}

/// Is any of the lowest `n` bits of `m` set?
fn low_bits_set(m: &[u32], n: usize) -> bool {
    let (words, bits) = (n / 32, n % 32);
    m.iter().take(words).any(|&d| d != 0)
        || (bits > 0 && m.get(words).is_some_and(|&d| d & ((1u32 << bits) - 1) != 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(v: &[u32]) -> num_bigint::BigUint {
        num_bigint::BigUint::from_slice(v)
    }

    #[test]
    fn shifts_agree_with_num_bigint() {
        let samples: [&[u32]; 4] = [&[1], &[u32::MAX], &[0, 0, 1], &[7, u32::MAX, 3, u32::MAX]];
        let mut out = Vec::new();
        for m in samples {
            for n in [0, 1, 31, 32, 33, 64, 100] {
                shift_left(m, n, &mut out);
                assert_eq!(big(&out), big(m) << n);
                shift_right(m, n, &mut out);
                assert_eq!(big(&out), big(m) >> n);
                let low = big(m) & ((num_bigint::BigUint::from(1u32) << n) - 1u32);
                assert_eq!(low_bits_set(m, n), low != num_bigint::BigUint::from(0u32));
            }
        }
    }
}
