//! Long division of big ints on their base-2^32 digits: Knuth's algorithm D
//! (TAOCP vol. 2, 4.3.1), the schoolbook method CPython's `x_divrem` uses,
//! for divisors of two digits or more (`digits::short_op` divides by one
//! digit itself).
//!
//! Before, such a `//` or `%` went through `num_bigint`: both operands
//! converted to its 64-bit digits (a Rust allocation and a pass each), the
//! division, the result converted back. For the usual case of a quotient
//! much shorter than the dividend — Gibbons' pi spigot dividing numbers of
//! thousands of digits to get one digit — the conversions were most of the
//! work. Here the normalised copies of the operands live in a per-thread
//! work vector and the quotient in the caller's scratch, so a division
//! makes no Rust allocation once those have grown.

use std::cell::Cell;

thread_local! {
    /// The normalised dividend (which becomes the remainder) and divisor.
    static WORK: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
}

/// Work vectors above this many digits are not kept (as `digits`'
/// scratch).
const WORK_KEEP: usize = 1 << 13;

/// `q = a / b` (truncating) and `rem = a % b`, on magnitudes: `b` has at
/// least two digits, its top one nonzero, and `a` is at least as long.
/// Both outputs may have high zero digits.
pub(super) fn div_rem_mag(a: &[u32], b: &[u32], q: &mut Vec<u32>, rem: &mut Vec<u32>) {
    let n = b.len();
    debug_assert!(n >= 2 && b[n - 1] != 0 && a.len() >= n);
    let m = a.len() - n;
    let mut work = WORK.with(Cell::take);
    work.clear();
    work.resize(a.len() + 1 + n, 0);
    let (u, v) = work.split_at_mut(a.len() + 1);
    // D1: shift both so the divisor's top digit has its high bit set; the
    // quotient digit estimates below are then off by at most two.
    let s = b[n - 1].leading_zeros();
    shift_left(b, s, v);
    shift_left(a, s, &mut u[..a.len()]);
    u[a.len()] = ((a[a.len() - 1] as u64) << s >> 32) as u32;
    let (vtop, vnext) = (v[n - 1] as u64, v[n - 2] as u64);
    q.clear();
    q.resize(m + 1, 0);
    for j in (0..=m).rev() {
        // D3: estimate the quotient digit from the top two digits of the
        // running remainder and the divisor's top digit, then correct it
        // with the divisor's second digit.
        let top = (u[j + n] as u64) << 32 | u[j + n - 1] as u64;
        let mut qhat = top / vtop;
        let mut rhat = top % vtop;
        while qhat >> 32 != 0 || qhat * vnext > (rhat << 32 | u[j + n - 2] as u64) {
            qhat -= 1;
            rhat += vtop;
            if rhat >> 32 != 0 {
                break;
            }
        }
        // D4: subtract qhat times the divisor from the running remainder.
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for i in 0..n {
            let p = qhat * v[i] as u64 + carry;
            carry = p >> 32;
            let t = u[i + j] as i64 - (p & 0xffff_ffff) as i64 + borrow;
            u[i + j] = t as u32;
            borrow = t >> 32;
        }
        let t = u[j + n] as i64 - carry as i64 + borrow;
        u[j + n] = t as u32;
        // D6: the estimate was one too large (rare): add the divisor back.
        if t < 0 {
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let s = u[i + j] as u64 + v[i] as u64 + c;
                u[i + j] = s as u32;
                c = s >> 32;
            }
            u[j + n] = u[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    // D8: the remainder is the low n digits, shifted back.
    rem.clear();
    rem.extend((0..n).map(|i| {
        let hi = if i + 1 < n { u[i + 1] as u64 } else { 0 };
        ((hi << 32 | u[i] as u64) >> s) as u32
    }));
    if work.capacity() <= WORK_KEEP {
        WORK.with(|w| w.set(work));
    }
}

/// `out = x << s` for `s < 32`, dropping the bits shifted out of the top
/// digit (the caller keeps them where it needs them).
fn shift_left(x: &[u32], s: u32, out: &mut [u32]) {
    for (i, o) in out.iter_mut().enumerate() {
        let lo = if i > 0 {
            (x[i - 1] as u64) << s >> 32
        } else {
            0
        };
        *o = ((x[i] as u64) << s) as u32 | lo as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigUint;

    fn big(v: &[u32]) -> BigUint {
        BigUint::from_slice(v)
    }

    /// Quotient and remainder agree with `num_bigint` on operands chosen to
    /// hit the correction and add-back steps (top digits all ones, a
    /// divisor's top digit just above a power of two).
    #[test]
    fn agrees_with_num_bigint() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u32
        };
        let mut cases: Vec<(Vec<u32>, Vec<u32>)> = vec![
            (vec![0, 0, 0, 0x8000_0000], vec![1, 0x8000_0000]),
            (vec![u32::MAX; 6], vec![u32::MAX; 3]),
            (
                vec![0, 0, 0x7fff_ffff, 0x8000_0000],
                vec![0xffff_ffff, 0x8000_0000],
            ),
            (vec![3, 0, 0, 1], vec![1, 0, 1]),
            (vec![5, 7], vec![5, 7]),
        ];
        for len_b in 2..7 {
            for len_a in len_b..len_b + 5 {
                for _ in 0..20 {
                    let a: Vec<u32> = (0..len_a).map(|_| next()).collect();
                    let mut b: Vec<u32> = (0..len_b).map(|_| next()).collect();
                    if next() % 3 == 0 {
                        b[len_b - 1] = 1 + next() % 4;
                    }
                    if b[len_b - 1] == 0 {
                        b[len_b - 1] = 1;
                    }
                    cases.push((a, b));
                }
            }
        }
        for (a, b) in cases {
            let (mut q, mut r) = (Vec::new(), Vec::new());
            div_rem_mag(&a, &b, &mut q, &mut r);
            assert_eq!(big(&q), big(&a) / big(&b), "{a:?} / {b:?}");
            assert_eq!(big(&r), big(&a) % big(&b), "{a:?} % {b:?}");
        }
    }
}
