//! `_random`: the Mersenne Twister (MT19937) behind the `random` module,
//! bit-for-bit the generator CPython uses, so that `random.seed(42)`
//! followed by the same calls gives CPython's numbers.
//!
//! Generators live in a per-thread table and are named by an int handle; the
//! Python class `random.Random` (in `random.py`) keeps its handle and builds
//! `randrange`, `shuffle`, `gauss`, ... on `random()` and `getrandbits()`.

use crate::memory::object::{Obj, ObjRef};
use crate::modules::add_fns;
use crate::objects::exception::{type_error, value_error};
use crate::objects::float::new_float;
use crate::objects::int::{new_bigint, new_int, to_bigint};
use crate::objects::module::new_module;
use crate::objects::singletons;
use crate::objects::tuple::{new_tuple, try_tuple_items};
use crate::protocol::convert::{check_args, index_value, index_value_vm};
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use std::cell::RefCell;

const N: usize = 624;
const M: usize = 397;

struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N + 1,
        };
        mt.init_genrand(5489);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        const MAG: [u32; 2] = [0, 0x9908_b0df];
        if self.index >= N {
            if self.index == N + 1 {
                self.init_genrand(5489);
            }
            for k in 0..N {
                let y = (self.state[k] & 0x8000_0000) | (self.state[(k + 1) % N] & 0x7fff_ffff);
                self.state[k] = self.state[(k + M) % N] ^ (y >> 1) ^ MAG[(y & 1) as usize];
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits.
    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }
}

thread_local! {
    /// Generator states by handle; `None` is a released slot, reused by the
    /// next `new()` (each `random.Random` releases its own when it dies).
    static GENERATORS: RefCell<Vec<Option<Box<Mt>>>> = const { RefCell::new(Vec::new()) };
    /// The released slots of `GENERATORS`.
    static FREE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

fn with_gen<R>(h: &Obj, f: impl FnOnce(&mut Mt) -> R) -> PyResult<R> {
    let i = index_value(h)?;
    GENERATORS.with(|g| {
        let mut g = g.borrow_mut();
        let mt = usize::try_from(i)
            .ok()
            .and_then(|i| g.get_mut(i))
            .and_then(|slot| slot.as_deref_mut())
            .ok_or_else(|| value_error("bad generator handle"))?;
        Ok(f(mt))
    })
}

pub fn make() -> PyResult<ObjRef> {
    let m = new_module("_random")?;
    add_fns(
        &m,
        "_random",
        &[
            ("new", r_new),
            ("seed", r_seed),
            ("random", r_random),
            ("getrandbits", r_getrandbits),
            ("getstate", r_getstate),
            ("setstate", r_setstate),
            ("release", r_release),
        ],
    )?;
    Ok(m)
}

/// `new()`: the handle of a fresh generator (seeded later by `seed`).
fn r_new(_vm: &mut Vm, _args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let h = GENERATORS.with(|g| {
        let mut g = g.borrow_mut();
        let fresh = Some(Box::new(Mt::new()));
        match FREE.with(|f| f.borrow_mut().pop()) {
            Some(free) => {
                g[free] = fresh;
                free
            }
            None => {
                g.push(fresh);
                g.len() - 1
            }
        }
    });
    Ok(new_int(h as i64)?)
}

/// `release(h)`: frees a generator's state (`Random.__del__`); its handle
/// may be reused.
fn r_release(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("release", args, 1, 1)?;
    let i = index_value(&args[0])?;
    GENERATORS.with(|g| {
        let mut g = g.borrow_mut();
        let Some(i) = usize::try_from(i).ok() else {
            return;
        };
        if g.get_mut(i).and_then(Option::take).is_some() {
            FREE.with(|f| f.borrow_mut().push(i));
        }
    });
    Ok(vm.none())
}

/// Entropy for `seed(None)`: the clock, the process id and a counter.
fn entropy() -> Vec<u32> {
    use std::time::SystemTime;
    use std::time::UNIX_EPOCH;
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let addr = &t as *const u128 as usize as u64;
    vec![
        t as u32,
        (t >> 32) as u32,
        (t >> 64) as u32,
        std::process::id(),
        addr as u32,
        (addr >> 32) as u32,
    ]
}

/// `seed(handle, n)`: `init_by_array` over the 32-bit chunks of `abs(n)`
/// (least significant first), or entropy when `n` is None.
fn r_seed(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("seed", args, 2, 2)?;
    let key = if singletons::is_none(&args[1]) {
        entropy()
    } else {
        let n = to_bigint(&args[1]).ok_or_else(|| type_error("seed must be an int"))?;
        let (_, digits) = n.to_u32_digits();
        if digits.is_empty() {
            vec![0]
        } else {
            digits
        }
    };
    with_gen(&args[0], |mt| mt.init_by_array(&key))?;
    Ok(vm.none())
}

fn r_random(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("random", args, 1, 1)?;
    let v = with_gen(&args[0], Mt::random)?;
    Ok(new_float(v)?)
}

/// `getrandbits(handle, k)`: an int with `k` random bits, built from 32-bit
/// words least significant first, the last one truncated from the top.
fn r_getrandbits(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("getrandbits", args, 2, 2)?;
    let k = index_value_vm(vm, &args[1])?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    let k = k as usize;
    if k <= 32 {
        let v = if k == 0 {
            0
        } else {
            with_gen(&args[0], |mt| mt.next_u32() >> (32 - k))?
        };
        return Ok(new_int(v as i64)?);
    }
    let words = with_gen(&args[0], |mt| {
        let mut words = Vec::with_capacity(k.div_ceil(32));
        let mut left = k;
        while left > 0 {
            let mut r = mt.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        words
    })?;
    Ok(new_bigint(&BigInt::from_slice(Sign::Plus, &words))?)
}

/// `getstate(handle)`: a tuple of the 624 state words and the index.
fn r_getstate(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("getstate", args, 1, 1)?;
    let (words, index) = with_gen(&args[0], |mt| (mt.state, mt.index))?;
    let mut items = Vec::with_capacity(N + 1);
    for w in words {
        items.push(new_int(w as i64)?);
    }
    items.push(new_int(index as i64)?);
    Ok(new_tuple(items)?)
}

fn r_setstate(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("setstate", args, 2, 2)?;
    let items = try_tuple_items(&args[1])
        .ok_or_else(|| type_error("state vector must be a tuple"))?
        .to_vec();
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (s, it) in state.iter_mut().zip(&items) {
        *s = index_value(it)? as u32;
    }
    let index = index_value(&items[N])?;
    if !(0..=N as i64).contains(&index) {
        return Err(value_error("invalid state"));
    }
    with_gen(&args[0], |mt| {
        mt.state = state;
        mt.index = index as usize;
    })?;
    Ok(vm.none())
}
