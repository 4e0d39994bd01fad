//! The evaluation loop, CPython's `Python/ceval.c` and friends: frames,
//! the dispatch loop over a code object's instructions, name lookup in
//! globals and builtins, loading compiled code, unwinding to `except`
//! handlers, exception matching and tracebacks, `match` patterns, and
//! `eval()`/`exec()` of source strings.
//!
//! Objects' behaviour is not here: the loop calls the abstract operations in
//! [`crate::protocol`], which dispatch to each type's file in
//! [`crate::objects`].

pub mod breaker;
pub mod code_load;
pub mod dispatch;
pub mod eval_exec;
pub mod except_star;
pub mod exceptions;
pub mod frame;
pub mod frame_request;
pub mod localsplus;
pub mod names;
mod ops_slow;
pub mod pattern;
pub mod spec_call;
pub mod spec_flow;
pub mod specialize;
pub mod suggestions;
pub mod suspended;
pub mod unpack;
pub mod unwind;
