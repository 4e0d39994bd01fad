//! Value-stack depth analysis: how deep a frame's stack can get.
//!
//! A worklist walk over the instructions from index 0, carrying the depth
//! along every edge (fall-through and jump). Each opcode's effect is the one
//! documented in the opcode table; jumps may have a different effect on the
//! taken edge (`ForIter` pops the iterator when it jumps, `SetupFinally`
//! enters its handler with the exception pushed). The analysis fails if a
//! depth goes negative or two edges reach an instruction with different
//! depths — both are compiler bugs, so the test suite checks every corpus
//! file with it.

use crate::opcode::{Instr, Opcode};

/// What went wrong, and the deepest stack seen before that.
#[derive(Debug, Clone)]
pub struct DepthError {
    pub msg: String,
    pub max_seen: u32,
}

/// Stack effect of `op` with argument `arg`; `jump` selects the taken edge
/// of a jump instruction.
pub fn stack_effect(op: Opcode, arg: u32, jump: bool) -> i32 {
    use Opcode::*;
    let arg = arg as i32;
    match op {
        // Only in the VM's quickened copies, which are never analysed.
        BinaryOpAddInt
        | BinaryOpSubtractInt
        | BinaryOpMultiplyInt
        | BinaryOpAddFloat
        | BinaryOpSubtractFloat
        | BinaryOpMultiplyFloat
        | BinaryOpAddUnicode
        | BinarySubscrListInt
        | BinarySubscrTupleInt
        | BinarySubscrDict
        | StoreSubscrListInt
        | LoadFast__LoadFast
        | LoadFast__LoadConst
        | LoadConst__LoadFast
        | StoreFast__LoadFast
        | StoreFast__StoreFast => stack_effect(op.base(), arg as u32, jump),
        // Specialised: compares, iteration, unpacking, globals (likewise).
        CompareOpIntJump
        | CompareOpFloatJump
        | CompareOpStrJump
        | CompareOpInt
        | CompareOpFloat
        | CompareOpStr
        | ForIterList
        | ForIterRange
        | UnpackSequenceTwoTuple
        | UnpackSequenceTuple
        | UnpackSequenceList
        | LoadGlobalModule
        | LoadGlobalBuiltin => stack_effect(op.base(), arg as u32, jump),
        // Quickened calls keep a counter above their argument count.
        CallAdaptive
        | CallPyExactArgs
        | CallBuiltinFast
        | CallNoKwLen
        | CallNoKwIsinstance
        | CallBuiltinClass
        | CallAllocAndEnterInit
        | CallMethodAdaptive
        | CallMethodPyExactArgs
        | CallNoKwListAppend
        | CallMethodDescriptor => stack_effect(op.base(), (arg & 0xff) as u32, jump),
        LoadAttrInstanceValue
        | LoadAttrClassValue
        | LoadAttrClass
        | LoadAttrModule
        | LoadMethodWithValues
        | StoreAttrInstanceValue
        | LoadAttrSlot
        | StoreAttrSlot => stack_effect(op.base(), arg as u32, jump),
        Nop | SetupAnnotations | Swap | DeleteFast | DeleteName | DeleteGlobal | DeleteDeref
        | LoadAttr | UnaryNegative | UnaryPositive | UnaryInvert | UnaryNot | ListToTuple
        | GetIter | PopBlock | PopExcept | CheckExcMatch | CheckEgMatch | YieldValue
        | GetYieldFromIter | Jump => 0,
        PopTop | StoreFast | StoreName | StoreGlobal | StoreDeref | DeleteAttr | ReturnValue
        | BinaryOp | CompareOp | IsOp | ContainsOp | BinarySubscr | ListAppend | SetAdd
        | ListExtend | SetUpdate | DictUpdate | DictMerge | PopJumpIfFalse | PopJumpIfTrue
        | Reraise | ImportStar | PrintExpr | PrepReraiseStar => -1,
        Copy | LoadConst | LoadFast | LoadName | LoadGlobal | LoadDeref | LoadClassDeref
        | LoadClosure | LoadMethod | LoadBuildClass | LoadAssertionError | BeforeWith
        | WithExceptStart | ImportName | ImportFrom => 1,
        StoreAttr | DeleteSubscr | MapAdd => -2,
        StoreSubscr => -3,
        MatchClass => -2,
        MatchMapping | MatchSequence | MatchKeys | GetLen => 1,
        CallMethod => -(arg + 1),
        Call => -arg,
        CallKw => -(arg + 1),
        CallFunctionEx => -(arg + 1),
        MakeFunction => -((arg & 0x01) + ((arg >> 1) & 1) + ((arg >> 3) & 1)),
        BuildSlice | BuildTuple | BuildList | BuildSet | BuildString => 1 - arg,
        BuildMap => 1 - 2 * arg,
        FormatValue => {
            if arg & 0x04 != 0 {
                -1
            } else {
                0
            }
        }
        UnpackSequence => arg - 1,
        UnpackEx => (arg & 0xff) + (arg >> 8),
        JumpIfFalseOrPop | JumpIfTrueOrPop => {
            if jump {
                0
            } else {
                -1
            }
        }
        ForIter => {
            if jump {
                -1
            } else {
                1
            }
        }
        SetupFinally => {
            if jump {
                1
            } else {
                0
            }
        }
        // The handler's depth excludes the `__enter__` result on top.
        SetupWith => 0,
        RaiseVarargs => -arg,
        Send => {
            if jump {
                -1
            } else {
                0
            }
        }
    }
}

/// Does control continue to the next instruction?
fn falls_through(op: Opcode) -> bool {
    !matches!(
        op,
        Opcode::Jump | Opcode::ReturnValue | Opcode::Reraise | Opcode::RaiseVarargs
    )
}

/// The maximum stack depth of `code`, checking consistency on the way.
pub fn max_stack(code: &[Instr]) -> Result<u32, DepthError> {
    let mut depth: Vec<Option<i32>> = vec![None; code.len()];
    let mut work = Vec::new();
    let mut max = 0i32;
    let fail = |msg: String, max: i32| DepthError {
        msg,
        max_seen: max.max(0) as u32,
    };
    let reach = |depth: &mut Vec<Option<i32>>,
                 work: &mut Vec<usize>,
                 target: usize,
                 d: i32,
                 max: &mut i32|
     -> Result<(), String> {
        if d < 0 {
            return Err(format!("negative stack depth reaching {target}"));
        }
        *max = (*max).max(d);
        match depth.get(target) {
            None => Err(format!("jump or fall-through past the end to {target}")),
            Some(Some(old)) if *old != d => Err(format!(
                "instruction {target} reached with depths {old} and {d}"
            )),
            Some(Some(_)) => Ok(()),
            Some(None) => {
                depth[target] = Some(d);
                work.push(target);
                Ok(())
            }
        }
    };
    if !code.is_empty() {
        reach(&mut depth, &mut work, 0, 0, &mut max).map_err(|m| fail(m, 0))?;
    }
    while let Some(i) = work.pop() {
        let instr = code[i];
        let (op, arg) = (instr.opcode(), instr.arg());
        let d = depth[i].unwrap_or(0);
        if op.is_jump() {
            let taken = d + stack_effect(op, arg, true);
            reach(&mut depth, &mut work, arg as usize, taken, &mut max)
                .map_err(|m| fail(format!("{m} (from {i})"), max))?;
        }
        if falls_through(op) {
            let next = d + stack_effect(op, arg, false);
            reach(&mut depth, &mut work, i + 1, next, &mut max)
                .map_err(|m| fail(format!("{m} (from {i})"), max))?;
        } else if d + stack_effect(op, arg, false) < 0 {
            return Err(fail(format!("stack underflow at {i}"), max));
        }
    }
    Ok(max as u32)
}

/// What CPython 3.11's value stack holds beyond ours at one instruction,
/// recorded by the code generator where the two bytecodes differ: `fall`
/// and `jump` are added to the instruction's effect on each edge, `peak`
/// is how far above the depth before the instruction CPython's stack goes
/// in code it has there and we do not.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct CpythonExtra {
    pub fall: i8,
    pub jump: i8,
    pub peak: i8,
}

/// CPython's stack effect of our `op`, where its bytecode differs in
/// every case: its except and finally handlers keep the exception they
/// replaced on the stack (`PUSH_EXC_INFO` ... `POP_EXCEPT`) where we keep
/// it on the block stack, and its `with` handler has `lasti` under the
/// exception too.
fn cpython_default_extra(op: Opcode) -> CpythonExtra {
    match op {
        Opcode::SetupFinally => CpythonExtra {
            jump: 1,
            ..CpythonExtra::default()
        },
        Opcode::SetupWith => CpythonExtra {
            jump: 2,
            ..CpythonExtra::default()
        },
        Opcode::PopExcept => CpythonExtra {
            fall: -1,
            ..CpythonExtra::default()
        },
        _ => CpythonExtra::default(),
    }
}

/// The `co_stacksize` CPython 3.11 gives the same source: our analysis
/// redone with each instruction's effect as CPython's equivalent code has
/// it (`extras`, by instruction index, from the code generator, on top of
/// [`cpython_default_extra`]). Frame objects and generators are sized by
/// it, so their blocks are CPython's. Never fails: where the two models
/// disagree at a join, the first depth seen stands.
pub fn cpython_max_stack(code: &[Instr], extras: &[(u32, CpythonExtra)]) -> u32 {
    // (fall, jump, peak) summed per instruction: a chain of calls such as
    // `f(a)(b)(c)` puts one NULL per call on the same first instruction.
    let mut extra = vec![(0i32, 0i32, 0i32); code.len()];
    for (i, e) in extras {
        if let Some(x) = extra.get_mut(*i as usize) {
            x.0 = x.0.saturating_add(i32::from(e.fall));
            x.1 = x.1.saturating_add(i32::from(e.jump));
            x.2 = x.2.max(i32::from(e.peak));
        }
    }
    let mut depth: Vec<Option<i32>> = vec![None; code.len()];
    let mut work = Vec::new();
    let mut max = 0i32;
    if !code.is_empty() {
        depth[0] = Some(0);
        work.push(0);
    }
    while let Some(i) = work.pop() {
        let instr = code[i];
        let (op, arg) = (instr.opcode(), instr.arg());
        let d = depth[i].unwrap_or(0);
        let (fall, jump, peak) = extra[i];
        let base = cpython_default_extra(op);
        let mut edges = [None, None];
        max = max.max(d.saturating_add(peak));
        if op.is_jump() {
            let effect = stack_effect(op, arg, true) + i32::from(base.jump);
            edges[0] = Some((arg as usize, d.saturating_add(effect).saturating_add(jump)));
        }
        if falls_through(op) {
            let effect = stack_effect(op, arg, false) + i32::from(base.fall);
            edges[1] = Some((i + 1, d.saturating_add(effect).saturating_add(fall)));
        }
        for (target, d) in edges.into_iter().flatten() {
            let d = d.max(0);
            max = max.max(d);
            if let Some(slot @ None) = depth.get_mut(target) {
                *slot = Some(d);
                work.push(target);
            }
        }
    }
    max.max(0) as u32
}
