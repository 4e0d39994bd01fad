//! Code objects on the heap: the compiler's `CodeObject` with its constants
//! and names made into objects once, plus the per-instruction inline caches
//! of `LoadAttr`/`LoadMethod`/`StoreAttr` and `LoadGlobal` (CPython 3.11's
//! specialisation caches, kept beside the code object).

use crate::memory::heap::{HVec, HeapAlloc};
use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::table::DictTable;
use crate::objects::int::new_int;
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::{Traverse, VarSize};
use crate::protocol::repr::addr;
use crate::vm::PyResult;
use arenapy_alloc::AllocError;
use arenapy_compiler::code::CodeObject;
use std::cell::{Cell, OnceCell};
use std::rc::Rc;

/// A code object: the compiler's output plus its constants and names as
/// heap objects, made once when the code is loaded.
pub struct CodeBody {
    pub code: Rc<CodeObject>,
    pub consts: HVec<ObjRef>,
    /// `co_names` as str objects (attribute and global lookups).
    pub names: HVec<ObjRef>,
    /// `co_varnames` as str objects (keyword-argument binding). A boxed
    /// slice (exactly the heap block an `HVec` with this capacity has) so
    /// that `caches` fits without changing the code object's block size.
    pub varnames: HBox<[ObjRef]>,
    /// The inline caches of this code's instructions. VM bookkeeping, not
    /// Python data: it lives in Rust's allocator, like the `CodeObject`.
    pub caches: Box<CodeCaches>,
    /// `co_name`, `co_qualname` and the docstring (None when there is
    /// none) as objects, made when the first function is made from this
    /// code: every function made from it shares them (CPython's func_new
    /// takes them from the code object), so a `def` executed a thousand
    /// times makes no new strings. Module code makes none.
    pub func_strings: OnceCell<[ObjRef; 3]>,
}

impl CodeBody {
    /// (name, qualname, doc) shared by the functions made from this code.
    pub fn func_strings(&self) -> Result<&[ObjRef; 3], AllocError> {
        if let Some(s) = self.func_strings.get() {
            return Ok(s);
        }
        let doc = match &self.code.docstring {
            Some(d) => new_str(d)?,
            None => types().none.clone(),
        };
        let made = [
            new_str(&self.code.name)?,
            new_str(&self.code.qualname)?,
            doc,
        ];
        Ok(self.func_strings.get_or_init(|| made))
    }
}

// The block size of a code object is part of the memory statistics.
const _: () = assert!(std::mem::size_of::<CodeBody>() == 104);

pub type HBox<T> = allocator_api2::boxed::Box<T, HeapAlloc>;

/// Per-code-object inline caches.
pub struct CodeCaches {
    /// LoadGlobal, indexed by name index (`co_names`).
    pub globals: Box<[GlobalCache]>,
    /// LoadAttr, LoadMethod and StoreAttr: one entry per such instruction,
    /// found through `attr_slot`.
    pub attrs: Box<[AttrCache]>,
    /// For each instruction, its entry in `attrs` (`u32::MAX` for other
    /// instructions).
    pub attr_slot: Box<[u32]>,
    /// The instructions the dispatch loop runs: the compiled ones,
    /// quickened (`eval::specialize`).
    pub quick: Box<[std::cell::Cell<arenapy_compiler::opcode::Instr>]>,
    /// Bytes of CPython's `co_code_adaptive` for this code
    /// ([`super::code_size::cpython_code_bytes`]): the code object's block is CPython's size.
    pub code_bytes: u32,
}

/// `PyCodeObject`'s basic size in CPython 3.11 (64-bit): the block holds
/// this much plus the instructions, two bytes per code unit, rounded up
/// to 8 (`_PyObject_VAR_SIZE`); code objects are not GC-tracked.
pub const CPYTHON_CODE_BASICSIZE: usize = 184;

impl CodeCaches {
    pub fn new(nnames: usize, instrs: &[arenapy_compiler::opcode::Instr]) -> CodeCaches {
        use arenapy_compiler::opcode::Opcode as Op;
        let mut n = 0u32;
        let attr_slot = instrs
            .iter()
            .map(|i| match i.opcode() {
                Op::LoadAttr | Op::LoadMethod | Op::StoreAttr => {
                    n += 1;
                    n - 1
                }
                _ => u32::MAX,
            })
            .collect();
        CodeCaches {
            globals: (0..nnames).map(|_| GlobalCache::default()).collect(),
            attrs: (0..n).map(|_| AttrCache::default()).collect(),
            attr_slot,
            quick: crate::eval::specialize::quicken(instrs),
            code_bytes: 0,
        }
    }

    /// The attribute cache of the instruction at `pc`, which must be an
    /// attribute instruction (LoadAttr, LoadMethod, StoreAttr or one of the
    /// specialised forms the quickener writes over exactly those).
    #[inline(always)]
    pub fn attr(&self, pc: usize) -> &AttrCache {
        debug_assert!(self
            .attr_slot
            .get(pc)
            .is_some_and(|&i| (i as usize) < self.attrs.len()));
        // SAFETY: `new` gave each attribute instruction an entry below
        // `attrs.len()`; the quickener writes attribute forms only over
        // attribute instructions, and the caller's `pc` is one.
        unsafe {
            self.attrs
                .get_unchecked(*self.attr_slot.get_unchecked(pc) as usize)
        }
    }
}

/// How many classes an MRO may have for an attribute cache to cover it.
pub const ATTR_CACHE_MRO: usize = 4;

/// How many types an attribute instruction's cache remembers.
pub const ATTR_CACHE_TYPES: usize = 4;

/// What an attribute instruction found for the last types it saw
/// (CPython 3.11's specialised LOAD_ATTR_INSTANCE_VALUE,
/// LOAD_METHOD_WITH_VALUES, STORE_ATTR_INSTANCE_VALUE ideas, adapted;
/// [`ATTR_CACHE_TYPES`] entries, so a site that sees a few sibling classes
/// — richards' task kinds — stays cached).
/// `inst_index` is a hint: where the name was in the last object's own
/// dict, checked against the key before use.
#[derive(Default)]
pub struct AttrCache {
    pub entries: [AttrEntry; ATTR_CACHE_TYPES],
    pub inst_index: Cell<u32>,
    /// Executions of the generic instruction left before it tries to
    /// specialise again (`eval::spec_call`).
    pub counter: Cell<u8>,
}

/// One type's cached lookup: for objects of type `ty`, as long as the dicts
/// of the classes of its MRO have the recorded versions, a lookup of the
/// name along the MRO gives the same answer: nothing, or entry `type_index`
/// of the dict of MRO class `mro_pos`. Dict versions are unique stamps
/// changed by every insertion and deletion (see `GlobalCache`), so equal
/// versions mean the same keys at the same indices; values are always read
/// through the index (a class attribute rebound by `C.count += 1` needs no
/// invalidation), and their kind is re-checked on every hit.
pub struct AttrEntry {
    /// Address of the type the entry describes (0: empty). Never
    /// dereferenced; the dict versions tell a reused address apart.
    pub ty: Cell<usize>,
    pub mro_len: Cell<u8>,
    pub versions: [Cell<u64>; ATTR_CACHE_MRO],
    pub kind: Cell<AttrKind>,
    pub mro_pos: Cell<u8>,
    pub type_index: Cell<u32>,
    /// The thread's type stamp when the versions above were last found
    /// current (0: not since the entry was filled). While no class
    /// namespace has changed its keys since, they all still are (see
    /// `attr_cache::type_valid`).
    pub checked_at: Cell<u64>,
    /// How many names the type's shared keys had when `name` was last
    /// found not among them (`u32::MAX`: not known): while they have as
    /// many, no instance of the type with split values has the name, so a
    /// class attribute is not shadowed (CPython's keys version check in
    /// LOAD_METHOD_WITH_VALUES; shared keys only grow).
    pub keys_seen: Cell<u32>,
    /// Where the site's name is in the type's shared keys (`u32::MAX`: not
    /// found yet): shared keys only grow, so while the entry is valid for
    /// its type the index stays the name's, and a hit needs no key
    /// comparison (LOAD_ATTR_INSTANCE_VALUE's cached index).
    pub inst_index: Cell<u32>,
    /// The class attribute found (kinds `Method`, `ClassValue`, `TypeAttr`,
    /// `Slot`'s member; null otherwise), borrowed from the class namespace that holds it,
    /// as CPython's LOAD_METHOD caches keep theirs: set when the entry is
    /// found valid at a new type stamp, used only while the stamp stays,
    /// i.e. while no class namespace has changed (see
    /// `attr_cache::type_valid`).
    pub value: Cell<*const Obj>,
}

/// The shape of a cached attribute lookup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttrKind {
    /// Nothing cached.
    Empty,
    /// Not on the type: the object's own dict (loads), or stored there
    /// (stores, where the type may also have a non-data attribute).
    OwnDict,
    /// A Python function or method descriptor on the type, not shadowed by
    /// the object's own dict: binds (LoadAttr) or is called with the object
    /// in front (LoadMethod).
    Method,
    /// A plain class attribute (no descriptor), unless the object's own dict
    /// shadows it.
    ClassValue,
    /// On a class object (`ty` is the class itself): a function or plain
    /// value found along its MRO.
    TypeAttr,
    /// A `__slots__` member of the instance's class (a data descriptor:
    /// nothing shadows it), read or written in the instance's slot word.
    Slot,
}

impl Default for AttrEntry {
    fn default() -> AttrEntry {
        AttrEntry {
            ty: Cell::new(0),
            mro_len: Cell::new(0),
            versions: Default::default(),
            kind: Cell::new(AttrKind::Empty),
            mro_pos: Cell::new(0),
            type_index: Cell::new(0),
            checked_at: Cell::new(0),
            keys_seen: Cell::new(u32::MAX),
            inst_index: Cell::new(u32::MAX),
            value: Cell::new(std::ptr::null()),
        }
    }
}

/// Where LoadGlobal last found a name: entry `index` of the globals dict
/// (when `builtins_version` is `IN_GLOBALS`) or of the builtins dict. Valid
/// while the dicts' versions are the recorded ones: dict versions are unique
/// stamps that change on every insertion or deletion, so the same version
/// means the same entries at the same indices, in the same keys block
/// (a replaced value is read through the slot, so it needs no
/// invalidation).
pub struct GlobalCache {
    pub globals_version: Cell<u64>,
    pub builtins_version: Cell<u64>,
    pub index: Cell<usize>,
    /// The entry's value slot (`DictTable::value_slot(index)`), read
    /// without a lookup while the version is the recorded one: the same
    /// version means the same keys block, so the slot has not moved.
    /// Dereferenced only after that check ([`GlobalCache::cached_value`]).
    pub slot: Cell<*const Option<ObjRef>>,
}

impl GlobalCache {
    /// `builtins_version` of a name found in the globals dict.
    pub const IN_GLOBALS: u64 = u64::MAX;

    /// Records entry `ix` of `table` (whose version is checked before each
    /// use of the slot).
    pub fn record(&self, table: &DictTable, ix: usize) {
        self.index.set(ix);
        self.slot.set(table.value_slot(ix));
    }

    /// The value in the recorded slot, for a table whose version is the
    /// one recorded with it.
    ///
    /// # Safety
    /// The version of the table the slot was recorded from has been
    /// checked equal to the recorded version just now, with no change of
    /// any table since (so the table is alive and its keys block the one
    /// the slot points into).
    #[inline(always)]
    pub unsafe fn cached_value(&self) -> Option<&ObjRef> {
        // SAFETY: the caller's check; `record` took the slot of a live
        // entry, which stays in place while the version holds.
        unsafe { (*self.slot.get()).as_ref() }
    }
}

impl Default for GlobalCache {
    fn default() -> GlobalCache {
        GlobalCache {
            // No dict ever has this version: the cache starts empty.
            globals_version: Cell::new(u64::MAX),
            builtins_version: Cell::new(0),
            index: Cell::new(0),
            slot: Cell::new(std::ptr::null()),
        }
    }
}

impl Traverse for CodeBody {}
impl VarSize for CodeBody {
    /// What the block has beyond the body: CPython's size, less ours.
    fn trailing_size(obj: &Obj) -> usize {
        let c = obj.payload::<CodeBody>().expect("code");
        code_trailing(c.caches.code_bytes as usize)
    }
}

/// The trailing bytes of a code object whose `co_code_adaptive` would be
/// `code_bytes`: its block is CPython's `_PyObject_VAR_SIZE`. The bytes
/// stand for CPython's instructions (ours, four bytes each, stay in the
/// compiler's `CodeObject`).
pub fn code_trailing(code_bytes: usize) -> usize {
    let cpython = (CPYTHON_CODE_BASICSIZE + code_bytes).div_ceil(8) * 8;
    cpython.saturating_sub(crate::memory::object::object_block_size::<CodeBody>(0))
}

/// `<code object f at 0x..., file "x.py", line 1>`.
pub(crate) fn code_repr(o: &Obj) -> String {
    let c = o.payload::<CodeBody>().expect("code");
    format!(
        "<code object {} at {}, file \"{}\", line {}>",
        c.code.name,
        addr(o),
        c.code.filename,
        c.code.first_line
    )
}

/// A code object's `co_*` attributes.
pub(crate) fn code_special_attr(obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let c = obj.payload::<CodeBody>().expect("code");
    Ok(Some(match name {
        "co_name" => c.func_strings()?[0].clone(),
        "co_filename" => new_str(&c.code.filename)?,
        "co_firstlineno" => new_int(c.code.first_line as i64)?,
        "co_argcount" => new_int(c.code.argcount as i64)?,
        "co_varnames" => new_tuple(c.varnames.iter().cloned().collect())?,
        "co_qualname" => c.func_strings()?[1].clone(),
        "co_posonlyargcount" => new_int(c.code.posonlyargcount as i64)?,
        "co_kwonlyargcount" => new_int(c.code.kwonlyargcount as i64)?,
        "co_flags" => new_int(c.code.flags as i64)?,
        "co_nlocals" => new_int(c.varnames.len() as i64)?,
        "co_stacksize" => new_int(c.code.stacksize as i64)?,
        "co_names" => new_tuple(c.names.iter().cloned().collect())?,
        "co_cellvars" | "co_freevars" => {
            let v = if name == "co_cellvars" {
                &c.code.cellvars
            } else {
                &c.code.freevars
            };
            let mut items = Vec::with_capacity(v.len());
            for n in v {
                items.push(new_str(n)?);
            }
            new_tuple(items)?
        }
        _ => return Ok(None),
    }))
}
