//! A `dis`-style listing of a code object and, recursively, of the code
//! objects among its constants.
//!
//! One line per instruction, in CPython 3.11's column layout: the source
//! line where a new line starts, `>>` on jump targets, the instruction
//! index, the opcode name, the argument and, in parentheses, what the
//! argument means (constant repr, name, `to N`, operator). The output is
//! deterministic: no addresses.

use crate::code::CodeObject;
use crate::opcode::{BinaryOperator, ComparisonOperator, Instr, Opcode};
use crate::pyrepr::const_repr;
use std::collections::HashSet;
use std::fmt::Write;

/// The listing of `code` and every nested code object.
pub fn disassemble(code: &CodeObject) -> String {
    disassemble_adaptive(code, &|_| None)
}

/// The listing with each code object's instructions as `quickened` gives
/// them (the VM's quickened copy, with specialised and super-instructions,
/// as CPython's `dis.dis(adaptive=True)`), or as compiled where it gives
/// `None`.
pub fn disassemble_adaptive(
    code: &CodeObject,
    quickened: &dyn Fn(&CodeObject) -> Option<Vec<Instr>>,
) -> String {
    let mut out = String::new();
    disassemble_recursive(code, quickened, &mut out);
    out
}

fn disassemble_recursive(
    code: &CodeObject,
    quickened: &dyn Fn(&CodeObject) -> Option<Vec<Instr>>,
    out: &mut String,
) {
    match quickened(code) {
        Some(instrs) => disassemble_one(code, &instrs, out),
        None => disassemble_one(code, &code.instructions, out),
    }
    for c in &code.constants {
        if let crate::code::ConstValue::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", const_repr(c));
            disassemble_recursive(inner, quickened, out);
        }
    }
}

/// Does the opcode use its argument?
fn has_arg(op: Opcode) -> bool {
    use Opcode::*;
    !matches!(
        op,
        Nop | PopTop
            | SetupAnnotations
            | ReturnValue
            | LoadBuildClass
            | UnaryNegative
            | UnaryPositive
            | UnaryInvert
            | UnaryNot
            | BinarySubscr
            | StoreSubscr
            | DeleteSubscr
            | ListToTuple
            | GetIter
            | PopBlock
            | PopExcept
            | Reraise
            | CheckExcMatch
            | CheckEgMatch
            | PrepReraiseStar
            | LoadAssertionError
            | BeforeWith
            | WithExceptStart
            | ImportStar
            | PrintExpr
            | YieldValue
            | GetYieldFromIter
            | MatchMapping
            | MatchSequence
            | MatchKeys
            | GetLen
    )
}

fn deref_name(code: &CodeObject, i: usize) -> Option<&str> {
    let n = code.cellvars.len();
    if i < n {
        Some(&code.cellvars[i])
    } else {
        code.freevars.get(i - n).map(|s| &**s)
    }
}

/// What an instruction's argument means, if anything worth printing.
fn arg_repr(code: &CodeObject, op: Opcode, arg: u32) -> String {
    use Opcode::*;
    let i = arg as usize;
    let name = |v: Option<&str>| v.map_or_else(|| "<invalid>".to_string(), str::to_string);
    match op {
        LoadConst => code
            .constants
            .get(i)
            .map_or_else(|| "<invalid>".to_string(), const_repr),
        LoadName | StoreName | DeleteName | LoadGlobal | StoreGlobal | DeleteGlobal | LoadAttr
        | StoreAttr | DeleteAttr | LoadMethod | ImportName | ImportFrom => {
            name(code.names.get(i).map(|s| &**s))
        }
        LoadFast | StoreFast | DeleteFast => name(code.varnames.get(i).map(|s| &**s)),
        LoadDeref | StoreDeref | DeleteDeref | LoadClassDeref | LoadClosure => {
            name(deref_name(code, i))
        }
        BinaryOp => BinaryOperator::from_arg(arg).map_or_else(String::new, |o| o.symbol().into()),
        CompareOp => {
            ComparisonOperator::from_arg(arg).map_or_else(String::new, |o| o.symbol().into())
        }
        IsOp => if arg == 0 { "is" } else { "is not" }.into(),
        ContainsOp => if arg == 0 { "in" } else { "not in" }.into(),
        FormatValue => {
            let conv = ["", "str", "repr", "ascii"][i & 3];
            match (conv, arg & 4 != 0) {
                ("", true) => "with format".into(),
                (c, true) => format!("{c}, with format"),
                (c, false) => c.into(),
            }
        }
        MakeFunction => {
            let mut parts = Vec::new();
            for (bit, what) in [(1, "defaults"), (2, "kwdefaults"), (8, "closure")] {
                if arg & bit != 0 {
                    parts.push(what);
                }
            }
            parts.join(", ")
        }
        _ if op.is_jump() => format!("to {arg}"),
        _ => String::new(),
    }
}

fn disassemble_one(code: &CodeObject, instructions: &[Instr], out: &mut String) {
    let targets: HashSet<u32> = instructions
        .iter()
        .filter(|i| i.opcode().is_jump())
        .map(|i| i.arg())
        .collect();
    let max_line = code.positions.iter().map(|p| p.line).max().unwrap_or(0);
    let line_width = max_line.to_string().len().max(3);
    let offset_width = instructions.len().to_string().len().max(4);
    let mut last_line = None;
    for (idx, instr) in instructions.iter().enumerate() {
        let line = code.positions.get(idx).map_or(0, |p| p.line);
        let mut fields = Vec::new();
        if last_line != Some(line) {
            if idx > 0 {
                out.push('\n');
            }
            fields.push(format!("{line:>line_width$}"));
            last_line = Some(line);
        } else {
            fields.push(" ".repeat(line_width));
        }
        fields.push("   ".into());
        fields.push(
            if targets.contains(&(idx as u32)) {
                ">>"
            } else {
                "  "
            }
            .into(),
        );
        fields.push(format!("{idx:>offset_width$}"));
        let op = instr.opcode();
        fields.push(format!("{:<20}", op.name()));
        if has_arg(op.base()) {
            // A quickened BinaryOp keeps a counter above its operator.
            let arg = match op.base() {
                Opcode::BinaryOp => instr.arg() & 0xff,
                // So does a quickened call above its argument count.
                Opcode::Call | Opcode::CallMethod if op != op.base() => instr.arg() & 0xff,
                _ => instr.arg(),
            };
            fields.push(format!("{arg:>5}"));
            let repr = arg_repr(code, op.base(), arg);
            if !repr.is_empty() {
                fields.push(format!("({repr})"));
            }
        }
        let _ = writeln!(out, "{}", fields.join(" ").trim_end());
    }
}
