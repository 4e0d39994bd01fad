//! The counting global allocator counts what goes through it: calls, live
//! allocations and bytes, and its peak.

use arenapy_alloc::counting::{self, CountingAlloc};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

#[test]
fn counts_calls_bytes_and_peak() {
    let before = counting::snapshot();
    let v: Vec<u8> = Vec::with_capacity(1000);
    let during = counting::snapshot();
    assert!(counting::is_installed());
    // Other test threads may allocate too: only lower bounds are exact.
    assert!(during.calls > before.calls);
    assert!(during.peak_bytes >= 1000);
    drop(v);
    let after = counting::snapshot();
    assert!(after.calls > during.calls);
}
