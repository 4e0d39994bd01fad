//! One code object under construction: its instructions with positions,
//! labels for forward jumps, and the constant / name / variable tables.
//!
//! Jump instructions carry a label id until [`Unit::finish`] rewrites them
//! to instruction indices. Table indices that would not fit in an
//! instruction's 24-bit argument are recorded as an overflow and reported
//! as a `SyntaxError` when the unit is finished, never as a panic.

use super::fblock::FBlock;
use crate::code::{flags, CodeObject, ConstValue, Position};
use crate::opcode::{Instr, Opcode, MAX_ARG};
use crate::stackdepth::CpythonExtra;
use crate::symtable::{ScopeId, ScopeKind};
use std::collections::HashMap;
use std::rc::Rc;

/// `finish`'s error for code whose value-stack depth analysis fails.
pub(crate) const INCONSISTENT_STACK: &str = "inconsistent value stack depth";
/// `finish`'s error for an instruction naming a local or constant the
/// code object does not have.
pub(crate) const OPERAND_OUT_OF_RANGE: &str = "operand out of range";

/// A forward or backward jump target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

const UNBOUND: u32 = u32::MAX;

/// Constants are deduplicated by value *and* type (`1`, `1.0` and `True`
/// are different constants; so are `0.0` and `-0.0`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(num_bigint::BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<ConstKey>),
}

impl ConstKey {
    fn of(c: &ConstValue) -> Option<ConstKey> {
        Some(match c {
            ConstValue::None => ConstKey::None,
            ConstValue::Bool(b) => ConstKey::Bool(*b),
            ConstValue::Ellipsis => ConstKey::Ellipsis,
            ConstValue::Int(i) => ConstKey::Int(i.clone()),
            ConstValue::Float(f) => ConstKey::Float(f.to_bits()),
            ConstValue::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
            ConstValue::Str(s) => ConstKey::Str(s.clone()),
            ConstValue::Bytes(b) => ConstKey::Bytes(b.clone()),
            ConstValue::Tuple(items) => {
                ConstKey::Tuple(items.iter().map(ConstKey::of).collect::<Option<_>>()?)
            }
            ConstValue::Code(_) | ConstValue::FrozenSet(_) => return None,
        })
    }
}

/// An insertion-ordered set of names with their indices.
#[derive(Default)]
pub(crate) struct NameTable {
    pub items: Vec<Rc<str>>,
    index: HashMap<Rc<str>, u32>,
}

impl NameTable {
    pub(crate) fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }

    fn insert(&mut self, name: &str) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i as usize;
        }
        let rc: Rc<str> = name.into();
        let i = self.items.len();
        self.index.insert(rc.clone(), i as u32);
        self.items.push(rc);
        i
    }
}

pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub first_line: u32,
    /// Class name for `__private` mangling.
    pub private: Option<String>,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub docstring: Option<Rc<str>>,
    instrs: Vec<Instr>,
    positions: Vec<Position>,
    labels: Vec<u32>,
    consts: Vec<ConstValue>,
    const_index: HashMap<ConstKey, u32>,
    pub names: NameTable,
    pub varnames: NameTable,
    pub cellvars: NameTable,
    pub freevars: NameTable,
    pub cell2arg: Vec<(u32, u32)>,
    /// Control-flow blocks open at the current point (loops, try, with ...).
    pub fblocks: Vec<FBlock<'a>>,
    /// Position given to instructions emitted now.
    pub pos: Position,
    /// Set when some table index or argument exceeded 24 bits.
    overflow: Option<&'static str>,
    /// Where CPython's stack differs from ours, by instruction index
    /// (`stackdepth::cpython_max_stack`).
    cpython_extras: Vec<(u32, CpythonExtra)>,
}

impl<'a> Unit<'a> {
    pub(crate) fn new(scope: ScopeId, kind: ScopeKind, name: &str, qualname: &str) -> Unit<'a> {
        Unit {
            scope,
            kind,
            name: name.into(),
            qualname: qualname.into(),
            first_line: 1,
            private: None,
            flags: 0,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            docstring: None,
            instrs: Vec::new(),
            positions: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: NameTable::default(),
            varnames: NameTable::default(),
            cellvars: NameTable::default(),
            freevars: NameTable::default(),
            cell2arg: Vec::new(),
            fblocks: Vec::new(),
            pos: Position::default(),
            overflow: None,
            cpython_extras: Vec::new(),
        }
    }

    fn check(&mut self, index: usize, what: &'static str) -> u32 {
        if index > MAX_ARG as usize {
            self.overflow.get_or_insert(what);
            0
        } else {
            index as u32
        }
    }

    pub(crate) fn emit(&mut self, op: Opcode, arg: usize) {
        let arg = self.check(arg, "instruction arguments");
        self.instrs.push(Instr::new(op, arg));
        self.positions.push(self.pos);
    }

    /// Peephole rewrite: replaces the last instruction if it is `from`
    /// (opcode and argument); returns whether it did.
    pub(crate) fn rewrite_last(&mut self, from: (Opcode, u32), to: (Opcode, u32)) -> bool {
        match self.instrs.last_mut() {
            Some(last) if last.opcode() == from.0 && last.arg() == from.1 => {
                *last = Instr::new(to.0, to.1);
                true
            }
            _ => false,
        }
    }

    /// The index the next instruction will have.
    pub(crate) fn next_index(&self) -> usize {
        self.instrs.len()
    }

    /// Records that CPython's equivalent of instruction `at` has the
    /// extra stack effect `fall` (and `jump` on its taken edge) over ours,
    /// or reaches `peak` above its handler's entry depth.
    pub(crate) fn cpython_extra(&mut self, at: usize, fall: i8, jump: i8, peak: i8) {
        self.cpython_extras
            .push((at as u32, CpythonExtra { fall, jump, peak }));
    }

    /// [`Self::cpython_extra`] for the last instruction emitted.
    pub(crate) fn cpython_extra_last(&mut self, fall: i8) {
        let at = self.instrs.len().saturating_sub(1);
        self.cpython_extra(at, fall, 0, 0);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let id = self.labels.len();
        self.labels.push(UNBOUND);
        Label(self.check(id, "jump targets"))
    }

    pub(crate) fn bind(&mut self, label: Label) {
        let here = self.instrs.len() as u32;
        if let Some(slot) = self.labels.get_mut(label.0 as usize) {
            *slot = here;
        }
    }

    pub(crate) fn emit_jump(&mut self, op: Opcode, target: Label) {
        debug_assert!(op.is_jump());
        self.instrs.push(Instr::new(op, target.0));
        self.positions.push(self.pos);
    }

    pub(crate) fn add_const(&mut self, c: ConstValue) -> usize {
        let key = ConstKey::of(&c);
        if let Some(i) = key.as_ref().and_then(|k| self.const_index.get(k)) {
            return *i as usize;
        }
        let i = self.consts.len();
        let i32_ = self.check(i, "constants");
        self.consts.push(c);
        if let Some(k) = key {
            self.const_index.insert(k, i32_);
        }
        i
    }

    pub(crate) fn add_name(&mut self, name: &str) -> usize {
        let i = self.names.insert(name);
        self.check(i, "names");
        i
    }

    pub(crate) fn add_varname(&mut self, name: &str) -> usize {
        let i = self.varnames.insert(name);
        self.check(i, "local variables");
        i
    }

    pub(crate) fn add_cellvar(&mut self, name: &str) -> usize {
        self.cellvars.insert(name)
    }

    pub(crate) fn add_freevar(&mut self, name: &str) -> usize {
        self.freevars.insert(name)
    }

    /// Index in the deref space (cells, then free variables).
    pub(crate) fn deref_index(&self, name: &str) -> Option<usize> {
        if let Some(i) = self.cellvars.get(name) {
            return Some(i as usize);
        }
        self.freevars
            .get(name)
            .map(|i| self.cellvars.items.len() + i as usize)
    }

    pub(crate) fn last_op(&self) -> Option<Opcode> {
        self.instrs.last().map(|i| i.opcode())
    }

    /// True if some label was bound at the current end of the code.
    fn label_at_end(&self) -> bool {
        let end = self.instrs.len() as u32;
        self.labels.contains(&end)
    }

    /// Does the code need an implicit `return None` at its end?
    pub(crate) fn falls_off_end(&self) -> bool {
        let terminal = matches!(
            self.last_op(),
            Some(Opcode::ReturnValue | Opcode::Reraise | Opcode::RaiseVarargs | Opcode::Jump)
        );
        !terminal || self.label_at_end()
    }

    /// Resolves labels and builds the code object. The error names what
    /// overflowed ("too many {what} in code object"), or is
    /// [`INCONSISTENT_STACK`].
    pub(crate) fn finish(mut self, filename: Rc<str>) -> Result<CodeObject, &'static str> {
        if self.instrs.len() > MAX_ARG as usize {
            return Err("instructions");
        }
        if let Some(what) = self.overflow {
            return Err(what);
        }
        for instr in &mut self.instrs {
            if instr.opcode().is_jump() {
                let target = self.labels[instr.arg() as usize];
                debug_assert!(target != UNBOUND, "jump to an unbound label");
                *instr = instr.with_arg(if target == UNBOUND { 0 } else { target });
            }
        }
        // The VM's unchecked value stack relies on this analysis, so code
        // that fails it is never handed out (it would be a compiler bug).
        let max_stack = match crate::stackdepth::max_stack(&self.instrs) {
            Ok(depth) => depth,
            Err(e) => {
                debug_assert!(
                    false,
                    "inconsistent stack depth in {}: {}",
                    self.qualname, e.msg
                );
                return Err(INCONSISTENT_STACK);
            }
        };
        // CPython's `co_stacksize` for the same source: frame objects and
        // generators are sized by it; our frames' stacks by `max_stack`.
        let stacksize = crate::stackdepth::cpython_max_stack(&self.instrs, &self.cpython_extras);
        // The VM reads locals and constants without bounds checks on the
        // strength of this.
        if !operands_in_range(&self.instrs, self.varnames.items.len(), self.consts.len()) {
            debug_assert!(false, "operand out of range in {}", self.qualname);
            return Err(OPERAND_OUT_OF_RANGE);
        }
        let mut flags = self.flags;
        if self.cellvars.items.is_empty() && self.freevars.items.is_empty() {
            flags |= flags::NOFREE;
        }
        Ok(CodeObject {
            name: self.name,
            qualname: self.qualname,
            filename,
            first_line: self.first_line,
            flags,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            instructions: self.instrs,
            positions: self.positions,
            constants: self.consts,
            names: self.names.items,
            varnames: self.varnames.items,
            cellvars: self.cellvars.items,
            freevars: self.freevars.items,
            cell2arg: self.cell2arg,
            docstring: self.docstring,
            max_stack,
            exact_argcount: CodeObject::exact_argcount_of(
                self.argcount,
                self.kwonlyargcount,
                flags,
            ),
            stacksize,
        })
    }
}

/// Do the instructions name only locals and constants the code object has?
fn operands_in_range(instrs: &[Instr], nlocals: usize, nconsts: usize) -> bool {
    instrs.iter().all(|i| match i.opcode() {
        Opcode::LoadFast | Opcode::StoreFast | Opcode::DeleteFast => (i.arg() as usize) < nlocals,
        Opcode::LoadConst => (i.arg() as usize) < nconsts,
        _ => true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oversized_arguments_become_errors_not_panics() {
        let mut u = Unit::new(0, ScopeKind::Module, "<module>", "<module>");
        u.emit(Opcode::BuildTuple, MAX_ARG as usize + 1);
        u.emit(Opcode::ReturnValue, 0);
        assert_eq!(
            u.finish("t.py".into()).unwrap_err(),
            "instruction arguments"
        );
        let mut u = Unit::new(0, ScopeKind::Module, "<module>", "<module>");
        assert_eq!(u.check(MAX_ARG as usize, "names"), MAX_ARG);
        u.check(MAX_ARG as usize + 1, "names");
        assert_eq!(u.finish("t.py".into()).unwrap_err(), "names");
    }

    #[test]
    fn operands_beyond_the_locals_or_constants_are_refused() {
        let code = [
            Instr::new(Opcode::LoadConst, 1),
            Instr::new(Opcode::StoreFast, 2),
            Instr::new(Opcode::LoadFast, 2),
            Instr::new(Opcode::DeleteFast, 2),
        ];
        assert!(operands_in_range(&code, 3, 2));
        assert!(!operands_in_range(&code, 2, 2), "local 2 of 2");
        assert!(!operands_in_range(&code, 3, 1), "constant 1 of 1");
        assert!(!operands_in_range(&code[2..], 2, 0), "LoadFast");
        assert!(!operands_in_range(&code[3..], 2, 0), "DeleteFast");
    }

    #[test]
    fn labels_resolve_to_instruction_indices() {
        let mut u = Unit::new(0, ScopeKind::Module, "<module>", "<module>");
        let end = u.new_label();
        let none = u.add_const(ConstValue::None);
        u.emit(Opcode::LoadConst, none);
        u.emit_jump(Opcode::PopJumpIfFalse, end);
        u.emit(Opcode::Nop, 0);
        u.bind(end);
        u.emit(Opcode::LoadConst, none);
        u.emit(Opcode::ReturnValue, 0);
        let code = u.finish("t.py".into()).unwrap();
        assert_eq!(code.instructions[1].arg(), 3);
        assert_eq!(code.max_stack, 1);
    }
}
