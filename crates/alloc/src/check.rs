//! The consistency checker: walks every structure of layers 1 and 2 and
//! verifies the invariants stated in the other modules' headers. Used by the
//! tests after every step; cheap enough for a debug switch in the VM.
//!
//! Owns: nothing; it only reads.

use std::collections::HashSet;

use crate::arena::NONE;
use crate::pool::{self, PoolHeader};
use crate::Heap;

impl Heap {
    /// Verify every allocator invariant; `Err` describes the first violation.
    /// Takes time proportional to the number of pools and free blocks.
    pub fn check_consistency(&self) -> Result<(), String> {
        let g = *self.geometry();
        let arenas = &self.obj.arenas;
        let mut live = 0usize;
        let mut pools_in_used_state = HashSet::new();
        let mut wholly_free = Vec::new();

        for (i, ao) in arenas.table.iter().enumerate() {
            if ao.address.is_null() {
                continue;
            }
            live += 1;
            let base = ao.address as usize;
            let end = base + g.arena_size;
            if !base.is_multiple_of(g.pool_size) {
                return Err(format!("arena {i} is not pool-aligned"));
            }
            let pool_address = ao.pool_address as usize;
            if pool_address < base
                || pool_address > end
                || !(pool_address - base).is_multiple_of(g.pool_size)
            {
                return Err(format!("arena {i}: bad pool_address"));
            }
            let virgin_pools = (end - pool_address) / g.pool_size;
            // Empty pools on freepools.
            let mut n_free = 0;
            let mut p = ao.freepools;
            while !p.is_null() {
                let a = p as usize;
                if a < base || a >= pool_address || !a.is_multiple_of(g.pool_size) {
                    return Err(format!("arena {i}: freepools entry outside carved pools"));
                }
                // SAFETY: `p` is a carved pool of a live arena (checked above).
                let (nused, next) = unsafe { ((*p).nused, (*p).nextpool) };
                if nused != 0 {
                    return Err(format!("arena {i}: non-empty pool on freepools"));
                }
                n_free += 1;
                if n_free > ao.ntotalpools {
                    return Err(format!("arena {i}: freepools cycle"));
                }
                p = next;
            }
            if n_free as usize + virgin_pools != ao.nfreepools as usize {
                return Err(format!(
                    "arena {i}: nfreepools {} != {} empty + {} virgin",
                    ao.nfreepools, n_free, virgin_pools
                ));
            }
            if ao.nfreepools == ao.ntotalpools {
                wholly_free.push(i as u32);
            }
            // Every carved pool.
            let mut a = base;
            while a < pool_address {
                let pool = a as *const PoolHeader;
                a += g.pool_size;
                // SAFETY: a carved pool of a live arena has an initialised header.
                let h = unsafe { &*pool };
                if h.arenaindex as usize != i {
                    return Err(format!("pool in arena {i} names arena {}", h.arenaindex));
                }
                if h.szidx == pool::DUMMY_SIZE_IDX {
                    if h.nused != 0 {
                        return Err("uninitialised pool in use".into());
                    }
                    continue;
                }
                let class = h.szidx as usize;
                if class >= g.num_size_classes() {
                    return Err(format!("pool with size class {class}"));
                }
                let size = g.block_size(class);
                let cap = g.blocks_per_pool(class);
                let nused = h.nused as usize;
                // SAFETY: initialised pool header of a live arena.
                let listed = unsafe { pool::free_list_len(pool) };
                let mut q = h.freeblock as usize;
                while q != 0 {
                    if q < pool as usize {
                        return Err(format!("class {class}: free block below its pool"));
                    }
                    let off = q - (pool as usize);
                    if off < g.pool_overhead()
                        || !(off - g.pool_overhead()).is_multiple_of(size)
                        || off >= h.nextoffset as usize
                    {
                        return Err(format!("class {class}: free block off the block grid"));
                    }
                    // SAFETY: checked to be a carved block of this pool; its
                    // first word is the free-list link.
                    q = unsafe { *(q as *const usize) };
                }
                let virgin = if h.nextoffset <= h.maxnextoffset {
                    (h.maxnextoffset - h.nextoffset) as usize / size + 1
                } else {
                    0
                };
                if nused + listed + virgin != cap {
                    return Err(format!(
                        "class {class}: {nused} used + {listed} listed + {virgin} virgin != {cap}"
                    ));
                }
                if (h.freeblock.is_null()) != (nused == cap) {
                    return Err(format!("class {class}: freeblock null iff full violated"));
                }
                if nused > 0 && nused < cap {
                    pools_in_used_state.insert(pool as usize);
                }
            }
        }
        if live != arenas.ncurrent {
            return Err(format!(
                "{live} live arenas, counter says {}",
                arenas.ncurrent
            ));
        }

        // usedpools holds exactly the pools in the used state.
        let mut seen = 0;
        for class in 0..g.num_size_classes() {
            let mut prev: *mut PoolHeader = std::ptr::null_mut();
            let mut p = self.obj.usedpool_head(class);
            while !p.is_null() {
                if !pools_in_used_state.contains(&(p as usize)) {
                    return Err(format!(
                        "usedpools[{class}] holds a pool not in the used state"
                    ));
                }
                // SAFETY: `p` is one of the checked live pools above.
                let h = unsafe { &*p };
                if h.szidx as usize != class || h.prevpool != prev {
                    return Err(format!("usedpools[{class}]: bad szidx or prev link"));
                }
                seen += 1;
                prev = p;
                p = h.nextpool;
            }
        }
        if seen != pools_in_used_state.len() {
            return Err(format!(
                "{} used pools, {seen} on usedpools",
                pools_in_used_state.len()
            ));
        }

        // usable_arenas: sorted, linked both ways, exactly the arenas with free pools.
        let mut prev = NONE;
        let mut a = arenas.usable;
        let mut in_list = 0;
        let mut last_with = vec![NONE; arenas.ntotalpools as usize + 1];
        let mut tail = NONE;
        while a != NONE {
            let ao = &arenas.table[a as usize];
            if ao.address.is_null() || ao.nfreepools == 0 || ao.prevarena != prev {
                return Err(format!("usable_arenas: bad entry {a}"));
            }
            if prev != NONE && arenas.table[prev as usize].nfreepools > ao.nfreepools {
                return Err("usable_arenas not sorted by nfreepools".into());
            }
            last_with[ao.nfreepools as usize] = a;
            in_list += 1;
            tail = a;
            prev = a;
            a = ao.nextarena;
        }
        let with_free = arenas
            .table
            .iter()
            .filter(|x| !x.address.is_null() && x.nfreepools > 0)
            .count();
        if in_list != with_free {
            return Err(format!(
                "{with_free} arenas have free pools, {in_list} are usable"
            ));
        }
        if last_with != arenas.nfp2lasta {
            return Err("nfp2lasta out of date".into());
        }
        // Release policy: a wholly free arena survives only as the list's tail.
        if wholly_free.len() > 1 || wholly_free.first().is_some_and(|&i| i != tail) {
            return Err(format!("{} wholly free arenas kept", wholly_free.len()));
        }

        // Layer 1 accounting.
        let raw = &self.raw;
        if raw.arena_bytes != arenas.ncurrent * g.arena_size
            || raw.bytes_in_use != raw.arena_bytes + raw.block_bytes
            || raw.peak_bytes < raw.bytes_in_use
        {
            return Err("layer-1 byte accounting drifted".into());
        }
        let s = self.stats();
        let breakdown = s.bytes_in_allocated_blocks
            + s.bytes_in_available_blocks
            + s.unused_pool_bytes
            + s.pool_header_bytes
            + s.quantization_bytes
            + s.arena_alignment_bytes;
        if breakdown != s.total_bytes {
            return Err(format!(
                "byte breakdown {breakdown} != total {}",
                s.total_bytes
            ));
        }
        if s.obj_malloc_calls - s.obj_free_calls != s.obj_blocks_in_use as u64 {
            return Err("object-allocator call counters drifted from the pool walk".into());
        }
        Ok(())
    }
}
