//! Heap geometry: arena, pool and block sizes, and the size-class rule.
//!
//! Owns: [`Geometry`] (the four numbers that shape the object allocator) and
//! [`Profile`] (the two named geometries). Nothing here touches memory.
//!
//! Invariants a valid geometry keeps (checked by [`Geometry::validate`], which
//! `Heap::new` calls):
//! - every size is a power of two except `small_request_threshold`, which is a
//!   multiple of `alignment`;
//! - `alignment` is at least pointer-sized (a free block stores a pointer);
//! - `pool_size` divides `arena_size`, and an arena holds at least two pools;
//! - a pool holds at least two blocks of the largest size class (CPython's
//!   carving code relies on it).
//!
//! The size-class rule is CPython's: class `i` serves requests of
//! `i*alignment+1 ..= (i+1)*alignment` bytes, so `block_size(i) = (i+1)*alignment`
//! and `size_class_of(n) = (n-1) / alignment`.

use std::fmt;
use std::str::FromStr;

/// Size in bytes of the pool header kept at the start of every pool
/// (CPython's `sizeof(struct pool_header)` on 64-bit). The pool module pins
/// its struct to this size with a `const` assertion.
pub(crate) const POOL_HEADER_SIZE: usize = 48;

/// The shape of the object allocator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    /// Bytes per arena (obtained from layer 1 in one piece).
    pub arena_size: usize,
    /// Bytes per pool; pools are aligned to this so a block finds its pool by masking.
    pub pool_size: usize,
    /// Block granularity: block sizes are multiples of this, and blocks are aligned to it.
    pub alignment: usize,
    /// Largest request served by the object allocator; bigger ones go to layer 1.
    pub small_request_threshold: usize,
}

impl Geometry {
    /// The seed article's numbers: 256 KiB arenas of 64 pools of 4 KiB,
    /// 8-byte alignment, 64 size classes of 8..=512 bytes.
    pub const CLASSIC: Geometry = Geometry {
        arena_size: 256 * 1024,
        pool_size: 4 * 1024,
        alignment: 8,
        small_request_threshold: 512,
    };

    /// 64-bit CPython 3.11: 1 MiB arenas of 64 pools of 16 KiB, 16-byte
    /// alignment, 32 size classes of 16..=512 bytes.
    pub const CPYTHON311: Geometry = Geometry {
        arena_size: 1024 * 1024,
        pool_size: 16 * 1024,
        alignment: 16,
        small_request_threshold: 512,
    };

    /// Number of size classes (`threshold / alignment`).
    #[inline]
    pub fn num_size_classes(&self) -> usize {
        self.small_request_threshold / self.alignment
    }

    /// The size class serving a request of `size` bytes, or `None` when the
    /// request is above the small-request threshold. Size 0 is treated as 1.
    #[inline]
    pub fn size_class_of(&self, size: usize) -> Option<usize> {
        if size > self.small_request_threshold {
            None
        } else {
            Some(size.saturating_sub(1) / self.alignment)
        }
    }

    /// Block size in bytes of size class `class`.
    #[inline]
    pub fn block_size(&self, class: usize) -> usize {
        (class + 1) * self.alignment
    }

    /// Pool header size rounded up to the alignment (CPython's `POOL_OVERHEAD`).
    #[inline]
    pub fn pool_overhead(&self) -> usize {
        POOL_HEADER_SIZE.div_ceil(self.alignment) * self.alignment
    }

    /// Blocks in one pool of size class `class` (CPython's `NUMBLOCKS`).
    #[inline]
    pub fn blocks_per_pool(&self, class: usize) -> usize {
        (self.pool_size - self.pool_overhead()) / self.block_size(class)
    }

    /// Pools in one arena (no pool is lost to alignment: arenas are pool-aligned).
    #[inline]
    pub fn pools_per_arena(&self) -> usize {
        self.arena_size / self.pool_size
    }

    /// Check the invariants listed in the module header.
    pub fn validate(&self) -> Result<(), String> {
        let pow2 = |name: &str, v: usize| {
            if v.is_power_of_two() {
                Ok(())
            } else {
                Err(format!("{name} = {v} is not a power of two"))
            }
        };
        pow2("arena_size", self.arena_size)?;
        pow2("pool_size", self.pool_size)?;
        pow2("alignment", self.alignment)?;
        if self.alignment < std::mem::size_of::<usize>() {
            return Err(format!(
                "alignment {} is smaller than a pointer",
                self.alignment
            ));
        }
        if self.small_request_threshold == 0
            || !self.small_request_threshold.is_multiple_of(self.alignment)
        {
            return Err(format!(
                "small_request_threshold {} is not a positive multiple of alignment {}",
                self.small_request_threshold, self.alignment
            ));
        }
        if self.pool_size > u32::MAX as usize {
            return Err("pool_size does not fit pool header offsets (u32)".into());
        }
        if self.pools_per_arena() < 2 {
            return Err("an arena must hold at least two pools".into());
        }
        if self.pool_size <= self.pool_overhead()
            || self.blocks_per_pool(self.num_size_classes() - 1) < 2
        {
            return Err("a pool must hold at least two blocks of the largest size class".into());
        }
        Ok(())
    }
}

/// The named geometries a user can pick.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Profile {
    /// The seed article's geometry (the default): [`Geometry::CLASSIC`].
    #[default]
    Classic,
    /// 64-bit CPython 3.11: [`Geometry::CPYTHON311`].
    Cpython311,
}

impl Profile {
    /// The geometry this profile names.
    pub fn geometry(self) -> Geometry {
        match self {
            Profile::Classic => Geometry::CLASSIC,
            Profile::Cpython311 => Geometry::CPYTHON311,
        }
    }

    /// The profile's name as written on a command line: `classic` / `cpython311`.
    pub fn name(self) -> &'static str {
        match self {
            Profile::Classic => "classic",
            Profile::Cpython311 => "cpython311",
        }
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Profile {
    type Err = String;

    fn from_str(s: &str) -> Result<Profile, String> {
        match s {
            "classic" => Ok(Profile::Classic),
            "cpython311" => Ok(Profile::Cpython311),
            other => Err(format!(
                "unknown heap profile {other:?} (expected \"classic\" or \"cpython311\")"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classic_has_64_classes_of_8_to_512() {
        let g = Geometry::CLASSIC;
        assert_eq!(g.num_size_classes(), 64);
        assert_eq!(g.block_size(0), 8);
        assert_eq!(g.block_size(63), 512);
        assert_eq!(g.pools_per_arena(), 64);
        assert_eq!(g.pool_overhead(), 48);
        assert_eq!(g.blocks_per_pool(0), (4096 - 48) / 8);
        g.validate().unwrap();
    }

    #[test]
    fn cpython311_has_32_classes_of_16_to_512() {
        let g = Geometry::CPYTHON311;
        assert_eq!(g.num_size_classes(), 32);
        assert_eq!(g.block_size(0), 16);
        assert_eq!(g.block_size(31), 512);
        assert_eq!(g.pools_per_arena(), 64);
        // CPython 3.11 prints 106 in use + 915 available for class 0 in one pool.
        assert_eq!(g.blocks_per_pool(0), 1021);
        g.validate().unwrap();
    }

    #[test]
    fn size_class_rule() {
        let g = Geometry::CLASSIC;
        assert_eq!(g.size_class_of(0), Some(0));
        assert_eq!(g.size_class_of(1), Some(0));
        assert_eq!(g.size_class_of(8), Some(0));
        assert_eq!(g.size_class_of(9), Some(1));
        assert_eq!(g.size_class_of(512), Some(63));
        assert_eq!(g.size_class_of(513), None);
        let g = Geometry::CPYTHON311;
        assert_eq!(g.size_class_of(16), Some(0));
        assert_eq!(g.size_class_of(17), Some(1));
        assert_eq!(g.size_class_of(512), Some(31));
        for size in 1..=512 {
            let c = g.size_class_of(size).unwrap();
            assert!(g.block_size(c) >= size && g.block_size(c) - size < 16);
        }
    }

    #[test]
    fn profiles_parse_and_name() {
        assert_eq!(Profile::default(), Profile::Classic);
        for p in [Profile::Classic, Profile::Cpython311] {
            assert_eq!(p.name().parse::<Profile>(), Ok(p));
        }
        assert!("pypy".parse::<Profile>().is_err());
        assert_eq!(Profile::Cpython311.geometry(), Geometry::CPYTHON311);
    }

    #[test]
    fn invalid_geometries_are_rejected() {
        let mut g = Geometry::CLASSIC;
        g.pool_size = 3000;
        assert!(g.validate().is_err());
        let mut g = Geometry::CLASSIC;
        g.arena_size = 4096;
        assert!(g.validate().is_err());
        let mut g = Geometry::CLASSIC;
        g.alignment = 4;
        assert!(g.validate().is_err());
        let mut g = Geometry::CLASSIC;
        g.small_request_threshold = 2048;
        assert!(g.validate().is_err());
    }
}
