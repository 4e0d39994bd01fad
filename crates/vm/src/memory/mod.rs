//! TODO: memory/mod.rs

pub mod collector;
pub mod finalize;
pub mod freelist;
pub mod gc;
pub mod heap;
pub mod inspect;
pub mod object;
pub mod report;
pub mod sizeof;
pub mod stats;
