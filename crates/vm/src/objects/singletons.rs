//! `None`, `NotImplemented` and `Ellipsis`: bodiless singletons, immortal,
//! created once per interpreter in the registry.

use crate::memory::object::Obj;
use crate::objects::registry::types;
use crate::objects::{Traverse, VarSize};

pub struct NoneBody;
impl Traverse for NoneBody {}
impl VarSize for NoneBody {}
pub struct NotImplementedBody;
impl Traverse for NotImplementedBody {}
impl VarSize for NotImplementedBody {}
pub struct EllipsisBody;
impl Traverse for EllipsisBody {}
impl VarSize for EllipsisBody {}

#[inline(always)]
pub fn is_none(o: &Obj) -> bool {
    o.is(&types().none)
}
