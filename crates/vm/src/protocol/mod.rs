//! TODO: protocol/mod.rs

pub mod attr;
pub mod attr_cache;
pub mod call;
pub mod compare;
pub mod convert;
pub mod format;
pub mod hash;
pub mod iter;
pub mod number;
pub mod object;
pub mod repr;
pub mod subscript;
