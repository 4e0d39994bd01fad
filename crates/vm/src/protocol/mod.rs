//! The abstract object protocol (CPython's `Objects/abstract.c` and
//! `Objects/object.c`): the operations that work on any object and dispatch
//! on its type — truth and `len` ([`object`]), arithmetic and other binary
//! operators ([`number`]), rich comparison ([`compare`]), hashing ([`hash`]),
//! `repr()`/`str()` ([`repr`]), subscripts and `in` ([`subscript`]),
//! iteration ([`iter`]), attribute access and its inline caches ([`attr`],
//! [`attr_cache`]), calls and argument binding ([`call`], [`convert`]) and
//! `format()` ([`mod@format`]).
//!
//! Built-in types are dispatched natively to the functions in their own
//! files under [`crate::objects`]; instances of classes go through their
//! dunder methods.

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
