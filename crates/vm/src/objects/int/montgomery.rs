//! `pow(b, e, m)` for an odd modulus of at most 128 bits: Montgomery
//! multiplication on two 64-bit limbs in registers. `num_bigint`'s
//! `modpow` allocates (and zeroes) a vector at every multiplication, which
//! for such moduli costs more than the arithmetic; other moduli keep it.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive};

/// `b ** e mod m` in `[0, m)` when `m` is odd, above 1 and at most 128
/// bits and `e >= 0`; `None` otherwise (the caller uses `num_bigint`).
pub(crate) fn modpow(b: &BigInt, e: &BigInt, m: &BigInt) -> Option<BigInt> {
    if m.sign() != Sign::Plus || m.bits() > 128 || m.is_even() || m.is_one() {
        return None;
    }
    if e.sign() == Sign::Minus {
        return None;
    }
    let mu = m.to_u128()?;
    let mb = m.magnitude();
    let base = b.mod_floor(m).to_biguint()?;
    // Montgomery forms (x * 2^128 mod m) of 1 and of the base: one
    // BigUint division each, once per call.
    let one = ((BigUint::one() << 128u32) % mb).to_u128()?;
    let x = ((base << 128u32) % mb).to_u128()?;
    let ctx = Mont::new(mu);
    let mut acc = one;
    let e = e.magnitude();
    for i in (0..e.bits()).rev() {
        acc = ctx.mul(acc, acc);
        if e.bit(i) {
            acc = ctx.mul(acc, x);
        }
    }
    Some(BigInt::from(ctx.mul(acc, 1)))
}

/// An odd modulus below 2^128 and `-m^-1 mod 2^64`.
struct Mont {
    m: u128,
    limbs: [u64; 2],
    minv: u64,
}

impl Mont {
    fn new(m: u128) -> Mont {
        let m0 = m as u64;
        debug_assert!(m0 & 1 == 1);
        // Newton's iteration doubles the correct low bits of the inverse
        // each step: 1 (any odd number inverts itself mod 2) → 64 in six.
        let mut inv: u64 = 1;
        for _ in 0..6 {
            inv = inv.wrapping_mul(2u64.wrapping_sub(m0.wrapping_mul(inv)));
        }
        Mont {
            m,
            limbs: [m0, (m >> 64) as u64],
            minv: inv.wrapping_neg(),
        }
    }

    /// `a * b / 2^128 mod m` for `a, b < m` (CIOS Montgomery product).
    fn mul(&self, a: u128, b: u128) -> u128 {
        let a = [a as u64, (a >> 64) as u64];
        let b = [b as u64, (b >> 64) as u64];
        let m = self.limbs;
        let mut t = [0u64; 3];
        for &bi in &b {
            // t += a * bi: every partial sum is below 2^128.
            let s = t[0] as u128 + a[0] as u128 * bi as u128;
            t[0] = s as u64;
            let s = t[1] as u128 + a[1] as u128 * bi as u128 + (s >> 64);
            t[1] = s as u64;
            let s = t[2] as u128 + (s >> 64);
            t[2] = s as u64;
            let top = (s >> 64) as u64;
            // t = (t + q * m) / 2^64, with q making the low limb zero.
            let q = t[0].wrapping_mul(self.minv);
            let s = t[0] as u128 + q as u128 * m[0] as u128;
            let s = t[1] as u128 + q as u128 * m[1] as u128 + (s >> 64);
            t[0] = s as u64;
            let s = t[2] as u128 + (s >> 64);
            t[1] = s as u64;
            t[2] = top + (s >> 64) as u64;
        }
        // t < 2m: one conditional subtraction (t[2] set means t >= 2^128 > m).
        let lo = t[0] as u128 | (t[1] as u128) << 64;
        if t[2] != 0 || lo >= self.m {
            lo.wrapping_sub(self.m)
        } else {
            lo
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_num_bigint() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut moduli: Vec<BigInt> = vec![
            BigInt::from(3),
            BigInt::from(1_000_000_007u64),
            BigInt::from(u64::MAX),
            (BigInt::one() << 127) - 1,
            (BigInt::one() << 128) - 1,
            (BigInt::one() << 64) + 1,
        ];
        for _ in 0..40 {
            let m = (BigInt::from(next()) << 64) | BigInt::from(next() | 1);
            moduli.push(m >> (next() % 100));
        }
        for m in moduli.iter().filter(|m| m.is_odd() && !m.is_one()) {
            for _ in 0..20 {
                let b = (BigInt::from(next()) << 70) - BigInt::from(next());
                let e = BigInt::from(next() % 100_000);
                assert_eq!(modpow(&b, &e, m), Some(b.modpow(&e, m)), "{b} {e} {m}");
            }
            let zero = BigInt::from(0);
            assert_eq!(modpow(&zero, &zero, m), Some(BigInt::one()));
        }
        assert_eq!(
            modpow(&BigInt::from(2), &BigInt::from(5), &BigInt::from(10)),
            None
        );
    }
}
