//! `erf`, `erfc`, `cbrt`, `asinh`, `acosh` and `atanh` computed the way the
//! GNU C library computes them, operation for operation.
//!
//! CPython's `math` calls the C library for these, so on Linux its results
//! are glibc's. The `libm` crate's versions (musl's) use the same Sun
//! algorithms but evaluate the polynomials in another order (glibc pairs
//! the terms) and call musl's `exp`/`log`, so they differ in the last digit
//! for some arguments (`erfc(-1.0)`, `cbrt(2.0)`, `acosh(3.0)`). Here the
//! elementary functions they call are std's `exp`, `ln`, `ln_1p` and
//! `sqrt`, which are the C library's on the targets arenapy is built for.
//! Checked against CPython 3.11 on a few hundred thousand random arguments
//! per function.

// The constants are spelled with the C source's digits (more than an f64
// holds; the value is the same), so they can be checked against it.
#![allow(clippy::excessive_precision)]

/// erf(1) rounded to single precision (the split point of the middle
/// interval).
const ERX: f64 = 8.450_629_115_104_675_292_97e-1;
/// 2/sqrt(pi) - 1.
const EFX: f64 = 1.283_791_670_955_125_863_16e-1;

// Sun's rational approximations (the coefficients fdlibm, musl and glibc
// share). Each list is in increasing powers; a leading 1.0 is the
// denominator's constant term.
const PP: [f64; 5] = [
    1.283_791_670_955_125_585_61e-1,
    -3.250_421_072_470_014_993_70e-1,
    -2.848_174_957_559_851_047_66e-2,
    -5.770_270_296_489_441_591_57e-3,
    -2.376_301_665_665_016_260_84e-5,
];
const QQ: [f64; 6] = [
    1.0,
    3.979_172_239_591_553_528_19e-1,
    6.502_224_998_876_729_444_85e-2,
    5.081_306_281_875_765_627_76e-3,
    1.324_947_380_043_216_445_26e-4,
    -3.960_228_278_775_368_123_20e-6,
];
const PA: [f64; 7] = [
    -2.362_118_560_752_659_440_77e-3,
    4.148_561_186_837_483_316_66e-1,
    -3.722_078_760_357_013_238_47e-1,
    3.183_466_199_011_617_536_74e-1,
    -1.108_946_942_823_966_774_76e-1,
    3.547_830_432_561_823_593_71e-2,
    -2.166_375_594_868_790_843_00e-3,
];
const QA: [f64; 7] = [
    1.0,
    1.064_208_804_008_442_282_86e-1,
    5.403_979_177_021_710_489_37e-1,
    7.182_865_441_419_626_628_68e-2,
    1.261_712_198_087_616_421_12e-1,
    1.363_708_391_202_905_073_62e-2,
    1.198_449_984_679_910_741_70e-2,
];
const RA: [f64; 8] = [
    -9.864_944_034_847_148_227_05e-3,
    -6.938_585_727_071_817_643_72e-1,
    -1.055_862_622_532_329_098_14e1,
    -6.237_533_245_032_600_603_96e1,
    -1.623_966_694_625_734_703_55e2,
    -1.846_050_929_067_110_359_94e2,
    -8.128_743_550_630_659_342_46e1,
    -9.814_329_344_169_145_485_92,
];
const SA: [f64; 9] = [
    1.0,
    1.965_127_166_743_925_712_92e1,
    1.376_577_541_435_190_426_00e2,
    4.345_658_774_752_292_288_21e2,
    6.453_872_717_332_678_803_36e2,
    4.290_081_400_275_678_333_86e2,
    1.086_350_055_417_794_351_34e2,
    6.570_249_770_319_281_701_35,
    -6.042_441_521_485_809_874_38e-2,
];
const RB: [f64; 7] = [
    -9.864_942_924_700_099_285_97e-3,
    -7.992_832_376_805_230_065_74e-1,
    -1.775_795_491_775_475_198_89e1,
    -1.606_363_848_558_219_160_62e2,
    -6.375_664_433_683_896_277_22e2,
    -1.025_095_131_611_077_249_54e3,
    -4.835_191_916_086_513_970_19e2,
];
const SB: [f64; 8] = [
    1.0,
    3.033_806_074_348_245_829_24e1,
    3.257_925_129_965_739_188_26e2,
    1.536_729_586_084_436_959_94e3,
    3.199_858_219_508_595_539_08e3,
    2.553_050_406_433_164_425_83e3,
    4.745_285_412_069_553_672_15e2,
    -2.244_095_244_658_581_833_62e1,
];

/// A polynomial in `s` evaluated as glibc writes these out: the terms
/// taken two at a time (`c[2k] + s*c[2k+1]`), the pairs multiplied by
/// s^2, s^4 = (s^2)^2, s^6 = s^4*s^2, s^8 = s^4*s^4 and added left to
/// right.
fn paired(c: &[f64], s: f64) -> f64 {
    let s2 = s * s;
    let s4 = s2 * s2;
    let powers = [1.0, s2, s4, s4 * s2, s4 * s4];
    let mut acc = 0.0;
    for (k, pair) in c.chunks(2).enumerate() {
        let term = match pair {
            [a, b] => a + s * b,
            [a] => *a,
            _ => 0.0,
        };
        acc = if k == 0 { term } else { acc + powers[k] * term };
    }
    acc
}

/// The high 32 bits of `x` (sign included), as the C code tests ranges.
fn high_word(x: f64) -> i32 {
    (x.to_bits() >> 32) as u32 as i32
}

/// exp(-x*x - 0.5625 + R/S) for 1.25 <= x < 28, with -x*x split exactly
/// through x rounded to its high word.
fn tail_exp(x: f64, ix: i32) -> f64 {
    let s = 1.0 / (x * x);
    let (r, q) = if ix < 0x4006_DB6D {
        (paired(&RA, s), paired(&SA, s))
    } else {
        (paired(&RB, s), paired(&SB, s))
    };
    let z = f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000);
    (-z * z - 0.5625).exp() * ((z - x) * (z + x) + r / q).exp()
}

pub(super) fn erf(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return 1.0f64.copysign(x);
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3e30_0000 {
            if ix < 0x0080_0000 {
                // Scaled so that a subnormal x does not lose bits.
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        let z = x * x;
        return x + x * (paired(&PP, z) / paired(&QQ, z));
    }
    if ix < 0x3ff4_0000 {
        let s = x.abs() - 1.0;
        let pq = paired(&PA, s) / paired(&QA, s);
        return if hx >= 0 { ERX + pq } else { -ERX - pq };
    }
    if ix >= 0x4018_0000 {
        return if hx >= 0 { 1.0 - 1e-300 } else { 1e-300 - 1.0 };
    }
    let ax = x.abs();
    let r = tail_exp(ax, ix);
    if hx >= 0 {
        1.0 - r / ax
    } else {
        r / ax - 1.0
    }
}

pub(super) fn erfc(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return if x > 0.0 { 0.0 } else { 2.0 };
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3c70_0000 {
            return 1.0 - x;
        }
        let z = x * x;
        let y = paired(&PP, z) / paired(&QQ, z);
        if hx < 0x3fd0_0000 {
            return 1.0 - (x + x * y);
        }
        let r = x * y + (x - 0.5);
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        let s = x.abs() - 1.0;
        let pq = paired(&PA, s) / paired(&QA, s);
        return if hx >= 0 {
            (1.0 - ERX) - pq
        } else {
            1.0 + (ERX + pq)
        };
    }
    if ix < 0x403c_0000 {
        if hx < 0 && ix >= 0x4018_0000 {
            return 2.0 - 1e-300;
        }
        let ax = x.abs();
        let r = tail_exp(ax, ix);
        return if hx > 0 { r / ax } else { 2.0 - r / ax };
    }
    if hx > 0 {
        1e-300 * 1e-300
    } else {
        2.0 - 1e-300
    }
}

/// The cube root: a polynomial first guess on the mantissa in [0.5, 1),
/// one rational (Halley) step, the exponent's remainder mod 3 as a factor
/// of 2^(1/3) or 2^(2/3).
pub(super) fn cbrt(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = libm::frexp(x.abs());
    let u = 0.354_895_765_043_919_860
        + (1.508_191_937_815_848_96
            + (-2.114_994_941_673_712_87
                + (2.446_931_225_635_344_30
                    + (-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    const CBRT2: f64 = 1.259_921_049_894_873_164_8;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
    let factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    // C's `%` and `/` truncate toward zero, as Rust's do.
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[(2 + xe % 3) as usize];
    libm::ldexp(ym, xe / 3).copysign(x)
}

const LN2: f64 = std::f64::consts::LN_2;

pub(super) fn acosh(x: f64) -> f64 {
    let hx = high_word(x);
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if hx >= 0x41b0_0000 {
        if x.is_infinite() {
            return x;
        }
        return x.ln() + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

pub(super) fn asinh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    if !x.is_finite() {
        return x + x;
    }
    if ix < 0x3e30_0000 {
        return x;
    }
    let xa = x.abs();
    let w = if ix > 0x41b0_0000 {
        xa.ln() + LN2
    } else if ix > 0x4000_0000 {
        (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
    } else {
        let t = xa * xa;
        (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

pub(super) fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 || x.is_nan() {
        return f64::NAN;
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}
