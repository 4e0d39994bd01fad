//! Memory, CPython's `Objects/obmalloc.c`, `Python/gc.c` and the memory
//! side of `sys`: the thread's heap binding ([`heap`]), the object header and
//! owned/borrowed references with allocation and dealloc ([`object`]), the
//! per-type free lists ([`freelist`], layer 3) and the allocation context
//! they share with the heap pointer and the counters ([`context`]), GC bookkeeping ([`gc`]) and
//! the cycle collector ([`collector`]), `__del__` finalizers ([`finalize`]),
//! weak references ([`weakref`]), one-word reference fields ([`slot`]), `sys.getsizeof` ([`sizeof`]), object counters ([`stats`]), the memory
//! report ([`report`]) and heap inspection for the REPL ([`inspect`]).
//!
//! Every object allocation, free and collection passes through this folder:
//! it is the one place a hook can observe them all.

pub mod collector;
pub(crate) mod context;
pub mod finalize;
pub mod freelist;
pub mod gc;
pub mod heap;
pub mod inspect;
pub mod object;
pub mod report;
pub mod sizeof;
pub mod slot;
pub mod stats;
pub mod trace;
pub mod tracemalloc;
pub mod weakref;
pub mod why;
