//! How many bytes of bytecode CPython 3.11 would give a code object
//! (`co_code_adaptive`), computed from ours: a code object's block is
//! CPython's size (`CPYTHON_CODE_BASICSIZE` plus these bytes), so
//! `sys.getsizeof` and the size-class statistics of a `def` agree.
//!
//! It is a model of the last stages of CPython's compiler
//! (`Python/compile.c`: the prologue, inline cache entries, dead-code
//! removal, `inline_small_exit_blocks`, `duplicate_exits_without_lineno`,
//! the rotated `while` loop, the exception-table handlers' extra
//! instructions) applied to our instruction list, which has the same
//! shape: exact for the usual statement forms, checked against CPython in
//! tests/py/code_object_sizes.py.

use arenapy_compiler::code::{CodeObject, ConstValue};
use arenapy_compiler::opcode::{Instr, Opcode as Op};
use arenapy_compiler::stackdepth::stack_effect;

/// Bytes of CPython 3.11's `co_code_adaptive` for `code`.
pub fn cpython_code_bytes(code: &CodeObject) -> usize {
    let model = Model::new(code);
    2 * model.units()
}

struct Model<'a> {
    code: &'a CodeObject,
    instrs: &'a [Instr],
    reachable: Vec<bool>,
    /// Instructions some jump leads to (one past the end included).
    targets: Vec<bool>,
}

/// Does control never fall through `op` to the next instruction?
fn terminal(op: Op) -> bool {
    matches!(
        op,
        Op::ReturnValue | Op::Jump | Op::RaiseVarargs | Op::Reraise
    )
}

/// Does `op` push a value (rather than only pop, store or jump)?
fn pushes(op: Op) -> bool {
    !matches!(
        op,
        Op::PopTop
            | Op::StoreFast
            | Op::StoreName
            | Op::StoreGlobal
            | Op::StoreDeref
            | Op::StoreAttr
            | Op::StoreSubscr
            | Op::DeleteFast
            | Op::DeleteName
            | Op::DeleteGlobal
            | Op::DeleteDeref
            | Op::DeleteAttr
            | Op::DeleteSubscr
            | Op::Nop
            | Op::PopBlock
            | Op::PopExcept
            | Op::ListAppend
            | Op::SetAdd
            | Op::MapAdd
            | Op::ListExtend
            | Op::SetUpdate
            | Op::DictUpdate
            | Op::DictMerge
            | Op::SetupAnnotations
            | Op::ImportStar
            | Op::PrintExpr
    )
}

impl<'a> Model<'a> {
    fn new(code: &'a CodeObject) -> Model<'a> {
        let mut model = Model {
            code,
            instrs: &code.instructions[..],
            reachable: Vec::new(),
            targets: vec![false; code.instructions.len() + 1],
        };
        for i in model.instrs.iter().filter(|i| i.opcode().is_jump()) {
            if let Some(t) = model.targets.get_mut(i.arg() as usize) {
                *t = true;
            }
        }
        // CPython drops what no path reaches (and never emits the jumps
        // and implicit returns our compiler leaves after a `return`), and
        // a jump it replaced by a copy of its target leads nowhere.
        let instrs = model.instrs;
        let mut reachable = vec![false; instrs.len()];
        let mut work = vec![0usize];
        while let Some(pc) = work.pop() {
            if pc >= instrs.len() || reachable[pc] {
                continue;
            }
            reachable[pc] = true;
            let i = instrs[pc];
            if model.copied_exit(pc).is_none() && i.opcode().is_jump() {
                work.push(i.arg() as usize);
            }
            if !terminal(i.opcode()) {
                work.push(pc + 1);
            }
        }
        model.reachable = reachable;
        model
    }

    /// For an unconditional jump that CPython replaces by a copy of the
    /// small exit sequence it jumps to (`inline_small_exit_blocks`), the
    /// sequence's length.
    fn copied_exit(&self, pc: usize) -> Option<usize> {
        let i = self.instrs[pc];
        if i.opcode() == Op::Jump {
            self.small_exit(i.arg() as usize)
        } else {
            None
        }
    }

    fn op(&self, pc: usize) -> Option<Op> {
        self.instrs.get(pc).map(|i| i.opcode())
    }

    fn is_none_const(&self, pc: usize) -> bool {
        self.instrs.get(pc).is_some_and(|x| {
            x.opcode() == Op::LoadConst
                && matches!(
                    self.code.constants.get(x.arg() as usize),
                    Some(ConstValue::None)
                )
        })
    }

    fn cond_jump(&self, pc: usize) -> bool {
        matches!(self.op(pc), Some(Op::PopJumpIfFalse | Op::PopJumpIfTrue))
    }

    /// The length of the exit sequence starting at `pc` that CPython would
    /// copy in place of an unconditional jump to it: only the function's
    /// implicit `return None` qualifies, being the one small exit block
    /// without a line number (`is_exit_without_lineno`).
    fn small_exit(&self, pc: usize) -> Option<usize> {
        (self.implicit_return() == Some(pc)).then_some(2)
    }

    /// Where the function's implicit `return None` starts, if it ends the
    /// code.
    fn implicit_return(&self) -> Option<usize> {
        let n = self.instrs.len();
        (n >= 2 && self.is_none_const(n - 2) && self.op(n - 1) == Some(Op::ReturnValue))
            .then_some(n - 2)
    }

    /// The `PUSH_NULL` CPython emits before the callable of a call
    /// (`compiler_call`, `compiler_class`), unless the callable is a global
    /// (`LOAD_GLOBAL` pushes the NULL itself). The calls its compiler makes
    /// for other statements pass their callable in the method slot and
    /// have none: a decorator's (a call on an earlier line than the
    /// definition it decorates), a comprehension's (a new function), an
    /// assert's (the AssertionError) and a with block's `__exit__` (three
    /// Nones). The callable is found by walking back over the arguments'
    /// instructions to the one that pushed it; a jump on the way (a
    /// conditional expression among the arguments) stops the walk,
    /// counting the common case.
    fn push_null(&self, pc: usize) -> usize {
        let i = self.instrs[pc];
        let line = |k: usize| self.code.positions.get(k).map_or(0, |p| p.line);
        // A decorator's call: one argument, the function (or class, or
        // the result of the decorator below) just made on a later line.
        let decorated = pc > 0
            && matches!(self.op(pc - 1), Some(Op::MakeFunction | Op::Call))
            && line(pc) < line(pc - 1);
        if i.opcode() == Op::Call && i.arg() == 1 && decorated {
            return 0;
        }
        if pc >= 3 && i.opcode() == Op::Call && (pc - 3..pc).all(|k| self.is_none_const(k)) {
            return 0;
        }
        // Items above the callable when the call runs.
        let above = match i.opcode() {
            Op::Call => i.arg() as i32,
            Op::CallKw => i.arg() as i32 + 1,
            Op::CallFunctionEx => 1 + (i.arg() & 1) as i32,
            _ => return 0,
        };
        // How far below the top the callable is, counted before `k` runs.
        let mut depth = above + 1;
        for k in (0..pc).rev() {
            if self.targets[k + 1] {
                break;
            }
            let x = self.instrs[k];
            let op = x.opcode();
            if op.is_jump() || terminal(op) {
                break;
            }
            if depth == 1 && pushes(op) {
                let method_slot = matches!(
                    op,
                    Op::LoadGlobal | Op::MakeFunction | Op::LoadAssertionError
                );
                return usize::from(!method_slot);
            }
            depth -= stack_effect(op, x.arg(), false);
            if depth <= 0 {
                break;
            }
        }
        1
    }

    /// A SetupFinally whose handler only unbinds an `except ... as name`
    /// target and re-raises: in CPython that handler is an exception-table
    /// entry of the enclosing handler, with neither a `NOP` for its line
    /// nor a `PUSH_EXC_INFO` and cleanup of its own.
    fn is_name_cleanup(&self, setup: usize) -> bool {
        let h = self.instrs[setup].arg() as usize;
        self.is_none_const(h)
            && matches!(
                self.op(h + 1),
                Some(Op::StoreFast | Op::StoreName | Op::StoreDeref | Op::StoreGlobal)
            )
            && matches!(
                self.op(h + 2),
                Some(Op::DeleteFast | Op::DeleteName | Op::DeleteDeref | Op::DeleteGlobal)
            )
            && self.op(h + 3) == Some(Op::Reraise)
    }

    /// Code units of the instruction at `pc` as CPython would emit it:
    /// the instruction, its inline cache entries, its companions (PRECALL,
    /// KW_NAMES, the RESUME after a yield) and EXTENDED_ARGs.
    fn own_units(&self, pc: usize) -> usize {
        let i = self.instrs[pc];
        let (own, caches) = match i.opcode() {
            Op::PopBlock | Op::SetupWith => (0, 0),
            // The `try:` line's NOP: one for a try with both except and
            // finally clauses, which sets up two handlers.
            Op::SetupFinally
                if self.is_name_cleanup(pc)
                    || (pc > 0 && self.op(pc - 1) == Some(Op::SetupFinally)) =>
            {
                (0, 0)
            }
            Op::SetupFinally => (1, 0),
            // `LOAD_CONST None; IS_OP` folded into the jump.
            Op::LoadConst
                if self.is_none_const(pc)
                    && self.op(pc + 1) == Some(Op::IsOp)
                    && self.cond_jump(pc + 2) =>
            {
                (0, 0)
            }
            Op::IsOp if pc > 0 && self.is_none_const(pc - 1) && self.cond_jump(pc + 1) => (0, 0),
            Op::LoadGlobal => (1, 5),
            Op::LoadAttr | Op::StoreAttr | Op::BinarySubscr => (1, 4),
            Op::LoadMethod => (1, 10),
            Op::CompareOp => (1, 2),
            Op::BinaryOp | Op::StoreSubscr | Op::UnpackSequence => (1, 1),
            // PRECALL (one cache entry), CALL (four); with keywords,
            // KW_NAMES first.
            Op::Call => (2 + self.push_null(pc), 5),
            Op::CallMethod => (2, 5),
            Op::CallKw => (3 + self.push_null(pc), 5),
            Op::CallFunctionEx => (1 + self.push_null(pc), 0),
            Op::YieldValue => (2, 0),
            // A with block's handler: PUSH_EXC_INFO before it, and after
            // it the extra POP_TOP of the suppressing path and the cleanup
            // handler `COPY 3; POP_EXCEPT; RERAISE 1`.
            Op::WithExceptStart => (6, 0),
            _ => (1, 0),
        };
        let arg = i.arg();
        let extended = usize::from(arg > 0xff) + usize::from(arg > 0xffff);
        own + caches + if own > 0 { extended } else { 0 }
    }

    /// Units of a try statement's handler beyond its instructions: the
    /// `PUSH_EXC_INFO` it starts with and its cleanup handler
    /// `COPY 3; POP_EXCEPT; RERAISE 1`.
    fn handler_units(&self, pc: usize) -> usize {
        let i = self.instrs[pc];
        if i.opcode() == Op::SetupFinally
            && self.reachable[pc]
            && !self.is_name_cleanup(pc)
            && self.reachable.get(i.arg() as usize) == Some(&true)
        {
            4
        } else {
            0
        }
    }

    fn units(&self) -> usize {
        let instrs = self.instrs;
        let n = instrs.len();
        // The ways into each instruction: jumps and fall-throughs.
        let mut preds = vec![0usize; n + 1];
        let mut units = 1 + self.code.cellvars.len() + usize::from(!self.code.freevars.is_empty());
        if self.code.is_generator() {
            units += 2;
        }
        for pc in (0..n).filter(|&pc| self.reachable[pc]) {
            let i = instrs[pc];
            let op = i.opcode();
            let target = i.arg() as usize;
            units += self.handler_units(pc);
            if let Some(len) = self.copied_exit(pc) {
                units += (target..target + len)
                    .map(|k| self.own_units(k))
                    .sum::<usize>();
                continue;
            }
            units += self.own_units(pc);
            if op.is_jump() {
                preds[target] += 1;
            }
            if !terminal(op) {
                preds[pc + 1] += 1;
            }
            if op == Op::Jump && target < pc {
                // A `while` test: from the loop's top to a conditional jump
                // out of it, repeated here in place of the jump; the copy
                // is one more way into the loop's exit.
                if let Some(exit) = (target..pc).find(|&k| instrs[k].opcode().is_jump()) {
                    if self.cond_jump(exit) && instrs[exit].arg() as usize > pc {
                        units += (target..=exit).map(|k| self.own_units(k)).sum::<usize>();
                        units -= self.own_units(pc);
                        preds[instrs[exit].arg() as usize] += 1;
                    }
                }
            }
        }
        // The function's implicit `return None` has no line of its own:
        // CPython copies it into each way into it
        // (`duplicate_exits_without_lineno`).
        if let Some(r) = self.implicit_return() {
            if self.reachable[r] && preds[r] > 1 {
                units += (preds[r] - 1) * (self.own_units(r) + self.own_units(r + 1));
            }
        }
        units
    }
}
