//! TODO: eval/mod.rs

pub mod breaker;
pub mod code_load;
pub mod dispatch;
pub mod eval_exec;
pub mod exceptions;
pub mod frame;
pub mod frame_request;
pub mod names;
pub mod pattern;
pub mod unpack;
pub mod unwind;
