//! CPython 3.11's list sort algorithm (Objects/listobject.c, listsort.txt),
//! written for any `Copy` key and a `<` predicate: natural runs found by
//! `count_run`, short runs extended to `minrun` by binary insertion, runs
//! merged by the powersort rule of `found_new_run`, `merge_lo`/`merge_hi`
//! with galloping and the adaptive `min_gallop`. It asks the same `<`
//! questions in the same order as CPython, so a user `__lt__` with side
//! effects, or one that raises, sees what it sees under CPython.
//!
//! As CPython's `sortslice`, the keys are sorted with a parallel array of
//! values that makes every move the keys make (`list.sort(key=f)`: the keys
//! and the items); a sort without separate values passes `()`s, which cost
//! nothing. The merge memory (at most half the items, of keys and of
//! values) is taken from the caller's allocator when a merge needs it, as
//! CPython's `merge_getmem`; when it is refused the sort stops.
//!
//! Invariant: only moves items, so the arrays are a permutation of their
//! input (each value still beside its key) at every return, whatever `lt`
//! answers (inconsistent or constant answers included, e.g. after the
//! caller's comparison raised and it answers `false` from then on), and
//! when the merge memory is refused. No index here can go out of bounds for
//! such answers: every loop is bounded by the run lengths, as in CPython.

use allocator_api2::alloc::Allocator;

use std::alloc::Layout;
use std::marker::PhantomData;
use std::ptr::NonNull;

const MIN_GALLOP: usize = 7;

/// CPython's `MERGESTATE_TEMP_SIZE`: the merge memory every sort has
/// without allocating (a list of up to 512 items never allocates, 256 with
/// values).
const TEMP_SIZE: usize = 256;

#[derive(Clone, Copy, Default)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// CPython's `MAX_MERGE_PENDING`: the run stack never holds more (the
/// powersort invariant keeps it logarithmic in the length).
const MAX_MERGE_PENDING: usize = 85;

/// The stack of pending runs, a fixed array as CPython's `ms.pending`: no
/// allocation per sort.
struct RunStack {
    runs: [Run; MAX_MERGE_PENDING],
    len: usize,
}

impl RunStack {
    fn push(&mut self, r: Run) {
        // Cannot overflow (see MAX_MERGE_PENDING); a full stack would only
        // lose the merge order, never memory safety.
        if let Some(slot) = self.runs.get_mut(self.len) {
            *slot = r;
            self.len += 1;
        }
    }
    fn len(&self) -> usize {
        self.len
    }
    fn last(&self) -> Option<&Run> {
        self.runs[..self.len].last()
    }
    fn last_mut(&mut self) -> Option<&mut Run> {
        self.runs[..self.len].last_mut()
    }
    fn remove(&mut self, i: usize) {
        self.runs.copy_within(i + 1..self.len, i);
        self.len -= 1;
    }
}

impl std::ops::Index<usize> for RunStack {
    type Output = Run;
    fn index(&self, i: usize) -> &Run {
        &self.runs[..self.len][i]
    }
}

impl std::ops::IndexMut<usize> for RunStack {
    fn index_mut(&mut self, i: usize) -> &mut Run {
        &mut self.runs[..self.len][i]
    }
}

/// The merge memory was refused: the sort stopped where it was.
#[derive(Debug, PartialEq, Eq)]
pub struct NoMergeMemory;

/// Keys and their values, moved together (CPython's `sortslice`).
struct Slice<'a, K, V> {
    k: &'a mut [K],
    v: &'a mut [V],
}

impl<K: Copy, V: Copy> Slice<'_, K, V> {
    /// `[dest] = [src]`.
    #[inline(always)]
    fn mv(&mut self, dest: usize, src: usize) {
        self.k[dest] = self.k[src];
        self.v[dest] = self.v[src];
    }

    #[inline(always)]
    fn copy_within(&mut self, src: std::ops::Range<usize>, dest: usize) {
        self.k.copy_within(src.clone(), dest);
        self.v.copy_within(src, dest);
    }

    fn reverse(&mut self, r: std::ops::Range<usize>) {
        self.k[r.clone()].reverse();
        self.v[r].reverse();
    }
}

/// One block of `cap` keys followed by `cap` values from the allocator
/// (CPython's `merge_getmem` takes `2 * need` pointers at once).
struct Block<K, V, A: Allocator> {
    ptr: NonNull<u8>,
    layout: Layout,
    /// Byte offset of the values.
    v_off: usize,
    cap: usize,
    alloc: A,
    _items: PhantomData<(K, V)>,
}

impl<K: Copy, V: Copy, A: Allocator> Block<K, V, A> {
    /// A block of `cap` keys (each `fill_k`) and `cap` values (`fill_v`).
    fn new(cap: usize, fill_k: K, fill_v: V, alloc: A) -> Result<Self, NoMergeMemory> {
        let ks = Layout::array::<K>(cap).map_err(|_| NoMergeMemory)?;
        let vs = Layout::array::<V>(cap).map_err(|_| NoMergeMemory)?;
        let (layout, v_off) = ks.extend(vs).map_err(|_| NoMergeMemory)?;
        let ptr = alloc
            .allocate(layout)
            .map_err(|_| NoMergeMemory)?
            .cast::<u8>();
        let kp = ptr.as_ptr().cast::<K>();
        // SAFETY: the block holds `cap` Ks from its start and `cap` Vs from
        // `v_off` (Layout::extend aligned it for V); writing initialises them.
        unsafe {
            let vp = ptr.as_ptr().add(v_off).cast::<V>();
            for i in 0..cap {
                kp.add(i).write(fill_k);
                vp.add(i).write(fill_v);
            }
        }
        Ok(Block {
            ptr,
            layout,
            v_off,
            cap,
            alloc,
            _items: PhantomData,
        })
    }

    fn slices(&mut self, n: usize) -> (&mut [K], &mut [V]) {
        let n = n.min(self.cap);
        // SAFETY: both arrays were initialised by `new`, do not overlap
        // (Layout::extend put the values after the keys), and live as long
        // as the block, which `&mut self` borrows exclusively.
        unsafe {
            (
                std::slice::from_raw_parts_mut(self.ptr.as_ptr().cast::<K>(), n),
                std::slice::from_raw_parts_mut(self.ptr.as_ptr().add(self.v_off).cast::<V>(), n),
            )
        }
    }
}

impl<K, V, A: Allocator> Drop for Block<K, V, A> {
    fn drop(&mut self) {
        // SAFETY: allocated by `self.alloc` with `self.layout` in `new`; K
        // and V are Copy, so nothing inside needs dropping.
        unsafe { self.alloc.deallocate(self.ptr, self.layout) };
    }
}

/// The merge memory: CPython's `temparray` of `MERGESTATE_TEMP_SIZE`
/// pointers in the merge state itself, and past it one [`Block`].
struct Temp<K, V, A: Allocator> {
    stack_k: [K; TEMP_SIZE],
    stack_v: [V; TEMP_SIZE],
    /// How many keys (and values) fit the stack arrays: CPython's
    /// `alloced` before any `merge_getmem`.
    stack_cap: usize,
    block: Option<Block<K, V, A>>,
    alloc: A,
}

impl<K: Copy, V: Copy, A: Allocator + Clone> Temp<K, V, A> {
    /// `merge_init`: without values the whole temparray holds keys; with
    /// values it is shared, at most half of it each (and no more than half
    /// the list, CPython's `(list_size + 1) / 2`).
    fn new(fill_k: K, fill_v: V, n: usize, alloc: A) -> Self {
        let has_values = std::mem::size_of::<V>() != 0;
        let stack_cap = if has_values {
            n.div_ceil(2).min(TEMP_SIZE / 2)
        } else {
            TEMP_SIZE
        };
        Temp {
            stack_k: [fill_k; TEMP_SIZE],
            stack_v: [fill_v; TEMP_SIZE],
            stack_cap,
            block: None,
            alloc,
        }
    }

    /// Room for `need` keys and values (`merge_getmem`: the old contents
    /// are not kept, so the old block is freed before a bigger one is
    /// asked for).
    fn get(&mut self, need: usize) -> Result<(&mut [K], &mut [V]), NoMergeMemory> {
        let cap = match &self.block {
            Some(b) => b.cap,
            None => self.stack_cap,
        };
        if need > cap {
            self.block = None;
            let (fk, fv) = (self.stack_k[0], self.stack_v[0]);
            self.block = Some(Block::new(need, fk, fv, self.alloc.clone())?);
        }
        match &mut self.block {
            Some(b) => Ok(b.slices(need)),
            None => Ok((&mut self.stack_k[..need], &mut self.stack_v[..need])),
        }
    }
}

struct MergeState<K, V, A: Allocator> {
    min_gallop: usize,
    pending: RunStack,
    tmp: Temp<K, V, A>,
    len: usize,
}

/// Sorts `keys` stably by `lt`, moving `values[i]` wherever `keys[i]`
/// goes (`values` is as long as `keys`, or a slice of `()`s of that
/// length). Merge memory beyond the built-in 256 items comes from `alloc`;
/// when it is refused the sort stops with the arrays a permutation.
pub fn timsort<K: Copy, V: Copy, A: Allocator + Clone>(
    keys: &mut [K],
    values: &mut [V],
    lt: &mut impl FnMut(&K, &K) -> bool,
    alloc: A,
) -> Result<(), NoMergeMemory> {
    let n = keys.len();
    if n < 2 || values.len() != n {
        return Ok(());
    }
    let mut s = Slice { k: keys, v: values };
    let mut ms = MergeState {
        min_gallop: MIN_GALLOP,
        pending: RunStack {
            runs: [Run::default(); MAX_MERGE_PENDING],
            len: 0,
        },
        tmp: Temp::new(s.k[0], s.v[0], n, alloc),
        len: n,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = count_run(&s.k[lo..], lt);
        if descending {
            s.reverse(lo..lo + run);
        }
        if run < minrun {
            let force = remaining.min(minrun);
            binary_insertion(&mut s, lo, lo + force, lo + run, lt);
            run = force;
        }
        ms.found_new_run(&mut s, lo, run, lt)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        remaining -= run;
    }
    ms.force_collapse(&mut s, lt)
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run at the start of `v` (at least 2 when `v` has 2
/// items), and whether it is strictly descending.
fn count_run<T>(v: &[T], lt: &mut impl FnMut(&T, &T) -> bool) -> (usize, bool) {
    if v.len() < 2 {
        return (v.len(), false);
    }
    let mut n = 2;
    if lt(&v[1], &v[0]) {
        while n < v.len() && lt(&v[n], &v[n - 1]) {
            n += 1;
        }
        (n, true)
    } else {
        while n < v.len() && !lt(&v[n], &v[n - 1]) {
            n += 1;
        }
        (n, false)
    }
}

/// CPython's binarysort: `[lo, start)` is sorted; inserts `[start, hi)`
/// one by one, each after the items equal to it.
fn binary_insertion<K: Copy, V: Copy>(
    s: &mut Slice<'_, K, V>,
    lo: usize,
    hi: usize,
    start: usize,
    lt: &mut impl FnMut(&K, &K) -> bool,
) {
    for i in start.max(lo + 1)..hi {
        let pivot = s.k[i];
        let pivot_v = s.v[i];
        let (mut l, mut r) = (lo, i);
        while l < r {
            let mid = l + (r - l) / 2;
            if lt(&pivot, &s.k[mid]) {
                r = mid;
            } else {
                l = mid + 1;
            }
        }
        s.copy_within(l..i, l + 1);
        s.k[l] = pivot;
        s.v[l] = pivot_v;
    }
}
/// Where `key` goes in the sorted `a`, left of any equal items; the search
/// starts at `hint` and gallops (1, 3, 7, ...) before a binary search.
fn gallop_left<T>(key: &T, a: &[T], hint: usize, lt: &mut impl FnMut(&T, &T) -> bool) -> usize {
    let n = a.len();
    let mut lastofs: isize;
    let mut ofs: isize;
    if lt(&a[hint], key) {
        // a[hint] < key: gallop right.
        let maxofs = (n - hint) as isize;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(&a[hint + ofs as usize], key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint as isize;
        ofs += hint as isize;
    } else {
        // key <= a[hint]: gallop left.
        let maxofs = hint as isize + 1;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(&a[hint - ofs as usize], key) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint as isize - ofs;
        ofs = hint as isize - k;
    }
    // a[lastofs] < key <= a[ofs]: binary search in between.
    let mut lo = (lastofs + 1) as usize;
    let mut hi = ofs as usize;
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        if lt(&a[m], key) {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    hi
}

/// As [`gallop_left`], but right of any equal items.
fn gallop_right<T>(key: &T, a: &[T], hint: usize, lt: &mut impl FnMut(&T, &T) -> bool) -> usize {
    let n = a.len();
    let mut lastofs: isize;
    let mut ofs: isize;
    if lt(key, &a[hint]) {
        // key < a[hint]: gallop left.
        let maxofs = hint as isize + 1;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(key, &a[hint - ofs as usize]) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint as isize - ofs;
        ofs = hint as isize - k;
    } else {
        // a[hint] <= key: gallop right.
        let maxofs = (n - hint) as isize;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(key, &a[hint + ofs as usize]) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint as isize;
        ofs += hint as isize;
    }
    let mut lo = (lastofs + 1) as usize;
    let mut hi = ofs as usize;
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        if lt(key, &a[m]) {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    hi
}

/// Powersort's node power of the boundary between the runs
/// `[s1, s1 + n1)` and `[s1 + n1, s1 + n1 + n2)` in a list of `n` items.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl<K: Copy, V: Copy, A: Allocator + Clone> MergeState<K, V, A> {
    fn found_new_run(
        &mut self,
        s: &mut Slice<'_, K, V>,
        start: usize,
        n2: usize,
        lt: &mut impl FnMut(&K, &K) -> bool,
    ) -> Result<(), NoMergeMemory> {
        let Some(last) = self.pending.last() else {
            return Ok(());
        };
        let power = powerloop(last.base, last.len, n2, self.len);
        debug_assert_eq!(last.base + last.len, start);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            let i = self.pending.len() - 2;
            self.merge_at(s, i, lt)?;
        }
        if let Some(last) = self.pending.last_mut() {
            last.power = power;
        }
        Ok(())
    }

    fn force_collapse(
        &mut self,
        s: &mut Slice<'_, K, V>,
        lt: &mut impl FnMut(&K, &K) -> bool,
    ) -> Result<(), NoMergeMemory> {
        while self.pending.len() > 1 {
            let mut i = self.pending.len() - 2;
            if i > 0 && self.pending[i - 1].len < self.pending[i + 1].len {
                i -= 1;
            }
            self.merge_at(s, i, lt)?;
        }
        Ok(())
    }

    /// Merges the runs at `i` and `i + 1`.
    fn merge_at(
        &mut self,
        s: &mut Slice<'_, K, V>,
        i: usize,
        lt: &mut impl FnMut(&K, &K) -> bool,
    ) -> Result<(), NoMergeMemory> {
        let (base_a, na) = (self.pending[i].base, self.pending[i].len);
        let (base_b, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Items of A already in place before B's first, and of B after A's last.
        let k = gallop_right(&s.k[base_b], &s.k[base_a..base_a + na], 0, lt);
        let (base_a, na) = (base_a + k, na - k);
        if na == 0 {
            return Ok(());
        }
        let nb = gallop_left(&s.k[base_a + na - 1], &s.k[base_b..base_b + nb], nb - 1, lt);
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(s, base_a, na, nb, lt)
        } else {
            self.merge_hi(s, base_a, na, nb, lt)
        }
    }

    /// Merges `[base, base + na)` and the run right after it (`nb` items),
    /// with `na <= nb`: A goes to the merge memory, the merge runs left to
    /// right.
    fn merge_lo(
        &mut self,
        s: &mut Slice<'_, K, V>,
        base: usize,
        mut na: usize,
        mut nb: usize,
        lt: &mut impl FnMut(&K, &K) -> bool,
    ) -> Result<(), NoMergeMemory> {
        let (tk, tv) = self.tmp.get(na)?;
        tk.copy_from_slice(&s.k[base..base + na]);
        tv.copy_from_slice(&s.v[base..base + na]);
        let mut pa = 0; // next of A, in tmp
        let mut pb = base + na; // next of B, in s
        let mut dest = base;
        s.mv(dest, pb);
        dest += 1;
        pb += 1;
        nb -= 1;
        'done: {
            if nb == 0 {
                break 'done;
            }
            if na == 1 {
                break 'done;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                // One pair at a time until one side wins min_gallop times.
                loop {
                    if lt(&s.k[pb], &tk[pa]) {
                        s.mv(dest, pb);
                        dest += 1;
                        pb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'done;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        s.k[dest] = tk[pa];
                        s.v[dest] = tv[pa];
                        dest += 1;
                        pa += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break 'done;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                // Galloping mode, while it pays.
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = gallop_right(&s.k[pb], &tk[pa..pa + na], 0, lt);
                    acount = k;
                    if k > 0 {
                        s.k[dest..dest + k].copy_from_slice(&tk[pa..pa + k]);
                        s.v[dest..dest + k].copy_from_slice(&tv[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'done;
                        }
                        if na == 0 {
                            break 'done;
                        }
                    }
                    s.mv(dest, pb);
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'done;
                    }
                    let k = gallop_left(&tk[pa], &s.k[pb..pb + nb], 0, lt);
                    bcount = k;
                    if k > 0 {
                        s.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'done;
                        }
                    }
                    s.k[dest] = tk[pa];
                    s.v[dest] = tv[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'done;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }
        if na == 1 && nb > 0 {
            // One item of A left: the rest of B slides down, then that
            // item follows it (CPython's CopyB).
            s.copy_within(pb..pb + nb, dest);
            s.k[dest + nb] = tk[pa];
            s.v[dest + nb] = tv[pa];
        } else {
            // What is left of A goes after the merged items.
            s.k[dest..dest + na].copy_from_slice(&tk[pa..pa + na]);
            s.v[dest..dest + na].copy_from_slice(&tv[pa..pa + na]);
        }
        Ok(())
    }

    /// Merges `[base, base + na)` and the `nb` items after it, with
    /// `na > nb`: B goes to the merge memory, the merge runs right to left.
    fn merge_hi(
        &mut self,
        s: &mut Slice<'_, K, V>,
        base: usize,
        mut na: usize,
        mut nb: usize,
        lt: &mut impl FnMut(&K, &K) -> bool,
    ) -> Result<(), NoMergeMemory> {
        let (tk, tv) = self.tmp.get(nb)?;
        tk.copy_from_slice(&s.k[base + na..base + na + nb]);
        tv.copy_from_slice(&s.v[base + na..base + na + nb]);
        // Positions one past the next item to take (so 0 means none left).
        let mut dest = base + na + nb; // one past the next slot to fill
        let mut ea = base + na; // one past A's last unmerged item, in s
        let mut eb = nb; // one past B's last unmerged item, in tmp
        dest -= 1;
        ea -= 1;
        s.mv(dest, ea);
        na -= 1;
        'done: {
            if na == 0 {
                break 'done;
            }
            if nb == 1 {
                break 'done;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                loop {
                    if lt(&tk[eb - 1], &s.k[ea - 1]) {
                        dest -= 1;
                        ea -= 1;
                        s.mv(dest, ea);
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'done;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        dest -= 1;
                        eb -= 1;
                        s.k[dest] = tk[eb];
                        s.v[dest] = tv[eb];
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break 'done;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = na - gallop_right(&tk[eb - 1], &s.k[base..base + na], na - 1, lt);
                    acount = k;
                    if k > 0 {
                        dest -= k;
                        ea -= k;
                        s.copy_within(ea..ea + k, dest);
                        na -= k;
                        if na == 0 {
                            break 'done;
                        }
                    }
                    dest -= 1;
                    eb -= 1;
                    s.k[dest] = tk[eb];
                    s.v[dest] = tv[eb];
                    nb -= 1;
                    if nb == 1 {
                        break 'done;
                    }
                    let k = nb - gallop_left(&s.k[ea - 1], &tk[..nb], nb - 1, lt);
                    bcount = k;
                    if k > 0 {
                        dest -= k;
                        eb -= k;
                        s.k[dest..dest + k].copy_from_slice(&tk[eb..eb + k]);
                        s.v[dest..dest + k].copy_from_slice(&tv[eb..eb + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'done;
                        }
                        if nb == 0 {
                            break 'done;
                        }
                    }
                    dest -= 1;
                    ea -= 1;
                    s.mv(dest, ea);
                    na -= 1;
                    if na == 0 {
                        break 'done;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }
        if nb == 1 && na > 0 {
            // One item of B left: the rest of A slides up, then that item
            // goes before it (CPython's CopyA).
            s.copy_within(ea - na..ea, dest - na);
            s.k[dest - na - 1] = tk[eb - 1];
            s.v[dest - na - 1] = tv[eb - 1];
        } else {
            // What is left of B goes before the merged items.
            s.k[dest - nb..dest].copy_from_slice(&tk[..nb]);
            s.v[dest - nb..dest].copy_from_slice(&tv[..nb]);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use allocator_api2::alloc::{AllocError, Global};

    /// A small deterministic generator (no extra crate for tests).
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0 >> 33
        }
    }

    /// An allocator that refuses everything.
    #[derive(Clone, Copy)]
    struct Refuse;
    // SAFETY: it never hands out memory, so there is nothing to misuse.
    unsafe impl Allocator for Refuse {
        fn allocate(&self, _: Layout) -> Result<NonNull<[u8]>, AllocError> {
            Err(AllocError)
        }
        unsafe fn deallocate(&self, _: NonNull<u8>, _: Layout) {}
    }

    fn check_sorted(input: &[(u32, usize)]) {
        let mut v = input.to_vec();
        let mut units = vec![(); v.len()];
        assert_eq!(
            timsort(&mut v, &mut units, &mut |a, b| a.0 < b.0, Global),
            Ok(())
        );
        let mut expect = input.to_vec();
        expect.sort_by_key(|x| x.0); // std's sort is stable too
        assert_eq!(v, expect);
        // The same with the index as a separate value array.
        let mut keys: Vec<u32> = input.iter().map(|x| x.0).collect();
        let mut vals: Vec<usize> = input.iter().map(|x| x.1).collect();
        assert_eq!(
            timsort(&mut keys, &mut vals, &mut |a, b| a < b, Global),
            Ok(())
        );
        let pairs: Vec<(u32, usize)> = keys.into_iter().zip(vals).collect();
        assert_eq!(pairs, expect);
    }

    #[test]
    fn sorts_stably_like_a_stable_sort() {
        let mut r = Lcg(1);
        for &n in &[0usize, 1, 2, 3, 31, 63, 64, 65, 127, 200, 1000, 5000, 20000] {
            for modulus in [2u64, 10, 1000, 1 << 30] {
                let v: Vec<(u32, usize)> =
                    (0..n).map(|i| ((r.next() % modulus) as u32, i)).collect();
                check_sorted(&v);
            }
            // Presorted, reversed, and runs with noise exercise count_run and galloping.
            let asc: Vec<(u32, usize)> = (0..n).map(|i| (i as u32 / 3, i)).collect();
            check_sorted(&asc);
            let desc: Vec<(u32, usize)> = (0..n).map(|i| ((n - i) as u32, i)).collect();
            check_sorted(&desc);
            let saw: Vec<(u32, usize)> = (0..n).map(|i| ((i % 700) as u32, i)).collect();
            check_sorted(&saw);
        }
    }

    #[test]
    fn inconsistent_comparisons_keep_a_permutation() {
        let mut r = Lcg(7);
        for &n in &[2usize, 5, 64, 100, 1000, 4000] {
            for mode in 0..3 {
                let mut v: Vec<usize> = (0..n).collect();
                let mut w: Vec<usize> = (0..n).map(|i| i * 2).collect();
                let mut calls = 0u64;
                let res = timsort(
                    &mut v,
                    &mut w,
                    &mut |_, _| {
                        calls += 1;
                        match mode {
                            0 => r.next().is_multiple_of(2),
                            // Sensible at first, then "false" forever (a raise).
                            1 => calls < 50 && r.next().is_multiple_of(3),
                            _ => true,
                        }
                    },
                    Global,
                );
                assert_eq!(res, Ok(()));
                assert!(v.iter().zip(&w).all(|(a, b)| *b == a * 2));
                v.sort_unstable();
                assert_eq!(v, (0..n).collect::<Vec<_>>());
            }
        }
    }

    #[test]
    fn refused_merge_memory_stops_with_a_permutation() {
        let mut r = Lcg(3);
        for &n in &[100usize, 600, 5000] {
            let mut v: Vec<u64> = (0..n).map(|_| r.next() % 1000).collect();
            let mut expect = v.clone();
            let mut units = vec![(); n];
            let res = timsort(&mut v, &mut units, &mut |a, b| a < b, Refuse);
            // 256 items of merge memory need no allocation.
            assert_eq!(res.is_ok(), n <= 512, "n = {n}");
            v.sort_unstable();
            expect.sort_unstable();
            assert_eq!(v, expect);
        }
    }

    #[test]
    fn minrun_matches_cpython() {
        assert_eq!(compute_minrun(63), 63);
        assert_eq!(compute_minrun(64), 32);
        assert_eq!(compute_minrun(65), 33);
        assert_eq!(compute_minrun(2112), 33);
        assert_eq!(compute_minrun(2048), 32);
    }
}
