//! Code objects: what the compiler produces and the VM executes.
//!
//! A [`CodeObject`] is immutable once built. Its constants are plain Rust
//! values ([`ConstValue`]); the VM turns them into heap objects once per code
//! object when it first runs it, so the compiler knows nothing of the heap.
//!
//! Variable index spaces follow CPython before 3.11: `varnames` are the fast
//! locals (parameters first), and the "deref" space used by LoadDeref /
//! StoreDeref / LoadClosure numbers `cellvars` first, then `freevars`.

use crate::opcode::Instr;
use num_bigint::BigInt;
use std::rc::Rc;

/// `co_flags` bits, CPython's values.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[ConstValue]>),
    /// A constant set display folded as CPython folds it (`{1, 2, 3}`).
    FrozenSet(Rc<[ConstValue]>),
    Code(Rc<CodeObject>),
}

/// Where an instruction came from: CPython 3.11's `co_positions()` entry.
/// Lines are 1-based; columns are 0-based UTF-8 byte offsets in the line, as
/// CPython's are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `f`, `<module>`, `<lambda>`, `<listcomp>`, the class name ...
    pub name: Rc<str>,
    /// `C.method.<locals>.inner` (CPython's `__qualname__`).
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub flags: u32,
    /// Number of positional parameters (including positional-only ones).
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub instructions: Vec<Instr>,
    /// One entry per instruction.
    pub positions: Vec<Position>,
    pub constants: Vec<ConstValue>,
    /// Attribute, global and non-fast local names.
    pub names: Vec<Rc<str>>,
    /// Fast locals: parameters first (positional, keyword-only, *args,
    /// **kwargs), then other locals.
    pub varnames: Vec<Rc<str>>,
    /// Locals captured by inner functions.
    pub cellvars: Vec<Rc<str>>,
    /// Variables of enclosing functions this code uses.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter, (cell index, varnames index):
    /// the VM moves the argument into the cell when the frame starts.
    pub cell2arg: Vec<(u32, u32)>,
    /// The docstring (first statement of a function, class or module body
    /// when it is a string literal); it is not among the instructions.
    pub docstring: Option<Rc<str>>,
    /// The deepest the value stack gets, so a frame can reserve it up front.
    pub max_stack: u32,
    /// `argcount` when a call with exactly that many positional arguments
    /// and no keywords binds them as the first locals and runs a frame (no
    /// `*args`, `**kwargs`, keyword-only parameters, not a generator);
    /// otherwise [`CodeObject::NO_EXACT_ARGS`]. One comparison answers
    /// CPython's CALL_PY_EXACT_ARGS conditions at every call
    /// ([`CodeObject::exact_argcount_of`]).
    pub exact_argcount: u32,
    /// CPython 3.11's `co_stacksize` for the same source
    /// (`stackdepth::cpython_max_stack`): what frame objects are sized by.
    pub stacksize: u32,
}

impl CodeObject {
    /// The number of parameters, counting `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    /// No call binds its arguments as exactly the first locals.
    pub const NO_EXACT_ARGS: u32 = u32::MAX;

    /// The [`CodeObject::exact_argcount`] of code with these counts and
    /// flags.
    pub fn exact_argcount_of(argcount: u32, kwonlyargcount: u32, flags: u32) -> u32 {
        if flags & (flags::GENERATOR | flags::VARARGS | flags::VARKEYWORDS) != 0
            || kwonlyargcount != 0
        {
            Self::NO_EXACT_ARGS
        } else {
            argcount
        }
    }
}
