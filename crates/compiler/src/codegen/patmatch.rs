//! The match statement (PEP 634), compiled as CPython 3.11's
//! `compiler_match`.
//!
//! The subject stays on the stack while the cases are tried (each case but
//! the last works on a copy). A pattern consumes its subject and leaves the
//! values it captures on the stack, under anything it still works on; only
//! when the whole pattern matched are they stored, in order, and then the
//! guard is evaluated. A failing test jumps to `fail_pop[n]`, where `n` is
//! the number of items to pop: a chain of PopTop instructions emitted after
//! the case's body falls through `fail_pop[n]`, ..., `fail_pop[0]` to the
//! next case.

use super::expr::fold_constant;
use super::stmt::const_value;
use super::{CResult, Compiler, Ctx};
use crate::code::ConstValue;
use crate::opcode::{BinaryOperator, ComparisonOperator, Opcode};
use crate::pyrepr::const_repr;
use arenapy_syntax::ast::*;
use num_bigint::BigInt;
use std::rc::Rc;

use super::unit::Label;

/// CPython's `pattern_context`.
struct PatternCtx {
    /// Names captured so far, in stack order (their values are on the stack).
    stores: Vec<String>,
    /// May this pattern be irrefutable (last case, or guarded)?
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops n items, then continues with the next case.
    fail_pop: Vec<Label>,
    /// Items on the stack above the captured values that a failure must pop.
    on_top: usize,
    /// The pattern compiled last: errors found later point at it, as
    /// CPython's current location does.
    loc: Span,
}

impl PatternCtx {
    fn new(allow_irrefutable: bool) -> PatternCtx {
        PatternCtx {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
            loc: Span::default(),
        }
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_match(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.compile_expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let has_default = n > 1 && cases[n - 1].pattern.is_wildcard();
        let tried = n - usize::from(has_default);
        for (i, m) in cases[..tried].iter().enumerate() {
            self.set_pos(m.pattern.span);
            let last = i == tried - 1;
            // Only copy the subject if we're *not* on the last case.
            if !last {
                self.emit(Opcode::Copy, 1);
            }
            // Irrefutable cases must be either guarded, last, or both.
            let mut pc = PatternCtx::new(m.guard.is_some() || i == n - 1);
            self.compile_pattern(&m.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            // It's a match! Store the captured names (they're on the stack).
            for name in &pc.stores {
                self.name_op(name, Ctx::Store);
            }
            if let Some(guard) = &m.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.compile_expr(guard)?;
                self.emit_jump(Opcode::PopJumpIfFalse, fail);
            }
            if !last {
                self.emit0(Opcode::PopTop);
            }
            self.compile_body(&m.body)?;
            self.emit_jump(Opcode::Jump, end);
            // The cleanup belongs to the pattern, not the body's last line.
            self.set_pos(m.pattern.span);
            self.emit_fail_pops(&mut pc);
        }
        if has_default {
            // A trailing `case _` needs no copy of the subject.
            let m = &cases[n - 1];
            self.set_pos(m.pattern.span);
            self.emit0(Opcode::Nop);
            if let Some(guard) = &m.guard {
                self.compile_expr(guard)?;
                self.emit_jump(Opcode::PopJumpIfFalse, end);
            }
            self.compile_body(&m.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// `fail_pop[n]`, creating the labels up to it.
    fn fail_label(&mut self, pc: &mut PatternCtx, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    /// Jumps (with `op`) to the failure path that pops what is on the stack.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        let target = self.fail_label(pc, pops);
        self.emit_jump(op, target);
    }

    /// The chain of PopTops the failure jumps land in.
    fn emit_fail_pops(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (i, &l) in labels.iter().enumerate().rev() {
            self.bind(l);
            if i > 0 {
                self.emit0(Opcode::PopTop);
            }
        }
    }

    /// Moves the top of the stack `count - 1` items down.
    fn rotate(&mut self, count: usize) {
        for k in (2..=count).rev() {
            self.emit(Opcode::Swap, k);
        }
    }

    /// Keeps the value on top for the name `n` (pops it for `_`).
    fn store_capture(&mut self, n: Option<&str>, pc: &mut PatternCtx) -> CResult {
        let Some(n) = n else {
            self.emit0(Opcode::PopTop);
            return Ok(());
        };
        if pc.stores.iter().any(|s| s == n) {
            return Err(self.error(
                pc.loc,
                format!("multiple assignments to name '{n}' in pattern"),
            ));
        }
        // Rotate it underneath the items we need to preserve.
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(n.to_string());
        Ok(())
    }

    /// A sub-pattern: irrefutable is fine there.
    fn compile_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.compile_pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        self.set_pos(p.span);
        pc.loc = p.span;
        match &p.kind {
            PatternKind::MatchValue(v) => {
                self.compile_expr(v)?;
                self.emit(Opcode::CompareOp, ComparisonOperator::Equal as usize);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSingleton(c) => {
                self.load_const(const_value(c));
                self.emit(Opcode::IsOp, 0);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSequence(items) => self.compile_pattern_sequence(p, items, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.compile_pattern_mapping(p, keys, patterns, rest.as_deref(), pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.compile_pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchStar(name) => self.store_capture(name.as_deref(), pc),
            PatternKind::MatchAs { pattern, name } => {
                let Some(sub) = pattern else {
                    if !pc.allow_irrefutable {
                        let msg = match name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(p.span, msg));
                    }
                    return self.store_capture(name.as_deref(), pc);
                };
                // A copy to store on success.
                pc.on_top += 1;
                self.emit(Opcode::Copy, 1);
                self.compile_pattern(sub, pc)?;
                pc.on_top -= 1;
                self.store_capture(name.as_deref(), pc)
            }
            PatternKind::MatchOr(alts) => self.compile_pattern_or(alts, pc),
        }
    }

    fn compile_pattern_sequence(
        &mut self,
        p: &'a Pattern,
        items: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> CResult {
        let size = items.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, item) in items.iter().enumerate() {
            if let PatternKind::MatchStar(_) = item.kind {
                if star.is_some() {
                    return Err(self.error(p.span, "multiple starred names in sequence pattern"));
                }
                star_wildcard = item.is_star_wildcard();
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= item.is_wildcard();
        }
        // Keep the subject on top during the sequence and length checks.
        pc.on_top += 1;
        self.emit0(Opcode::MatchSequence);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        let check = match star {
            None => Some((size, ComparisonOperator::Equal)),
            Some(_) if size > 1 => Some((size - 1, ComparisonOperator::GreaterEqual)),
            Some(_) => None,
        };
        if let Some((n, op)) = check {
            self.emit0(Opcode::GetLen);
            self.load_const(ConstValue::Int(BigInt::from(n)));
            self.emit(Opcode::CompareOp, op as usize);
            self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        }
        // Whatever comes next consumes the subject.
        pc.on_top -= 1;
        if only_wildcard {
            self.emit0(Opcode::PopTop);
            return Ok(());
        }
        match star {
            Some(star) if star_wildcard => self.sequence_subscr(items, star, pc),
            _ => self.sequence_unpack(items, star, pc),
        }
    }

    /// Unpacks the subject and matches each item.
    fn sequence_unpack(
        &mut self,
        items: &'a [Pattern],
        star: Option<usize>,
        pc: &mut PatternCtx,
    ) -> CResult {
        let size = items.len();
        match star {
            Some(i) => self.emit(Opcode::UnpackEx, i + ((size - i - 1) << 8)),
            None => self.emit(Opcode::UnpackSequence, size),
        }
        pc.on_top += size;
        for item in items {
            pc.on_top -= 1;
            self.compile_subpattern(item, pc)?;
        }
        Ok(())
    }

    /// `[first, *_, last]`: index the subject instead of unpacking it.
    fn sequence_subscr(
        &mut self,
        items: &'a [Pattern],
        star: usize,
        pc: &mut PatternCtx,
    ) -> CResult {
        pc.on_top += 1;
        let size = items.len();
        for (i, item) in items.iter().enumerate() {
            if item.is_wildcard() || i == star {
                continue;
            }
            self.emit(Opcode::Copy, 1);
            if i < star {
                self.load_const(ConstValue::Int(BigInt::from(i)));
            } else {
                // The subject may not support negative indexes.
                self.emit0(Opcode::GetLen);
                self.load_const(ConstValue::Int(BigInt::from(size - i)));
                self.emit(Opcode::BinaryOp, BinaryOperator::Subtract as usize);
            }
            self.emit0(Opcode::BinarySubscr);
            self.compile_subpattern(item, pc)?;
        }
        pc.on_top -= 1;
        self.emit0(Opcode::PopTop);
        Ok(())
    }

    fn compile_pattern_mapping(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut PatternCtx,
    ) -> CResult {
        let size = keys.len();
        pc.on_top += 1;
        self.emit0(Opcode::MatchMapping);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            // `{}`: done, pop the subject.
            pc.on_top -= 1;
            self.emit0(Opcode::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit0(Opcode::GetLen);
            self.load_const(ConstValue::Int(BigInt::from(size)));
            self.emit(Opcode::CompareOp, ComparisonOperator::GreaterEqual as usize);
            self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        }
        let mut seen: Vec<String> = Vec::new();
        for key in keys {
            if let Some(c) = fold_constant(key) {
                let id = key_identity(&c);
                if seen.contains(&id) {
                    let msg = format!("mapping pattern checks duplicate key ({})", const_repr(&c));
                    return Err(self.error(p.span, msg));
                }
                seen.push(id);
            } else if !matches!(key.kind, ExprKind::Attribute { .. }) {
                let msg = "mapping pattern keys may only match literals and attribute lookups";
                return Err(self.error(p.span, msg));
            }
            self.compile_expr(key)?;
        }
        self.set_pos(p.span);
        self.emit(Opcode::BuildTuple, size);
        self.emit0(Opcode::MatchKeys);
        // Keys and values tuples on top of the subject.
        pc.on_top += 2;
        self.emit(Opcode::Copy, 1);
        self.load_none();
        self.emit(Opcode::IsOp, 1);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        self.emit(Opcode::UnpackSequence, size);
        pc.on_top = pc.on_top + size - 1;
        for sub in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(sub, pc)?;
        }
        // Whatever happens next consumes the keys and the subject.
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                // rest = dict(subject); del rest[key] for each key
                self.emit(Opcode::BuildMap, 0);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::DictUpdate, 2);
                self.emit(Opcode::UnpackSequence, size);
                for k in (1..=size).rev() {
                    self.emit(Opcode::Copy, 1 + k);
                    self.emit(Opcode::Swap, 2);
                    self.emit0(Opcode::DeleteSubscr);
                }
                self.store_capture(Some(name), pc)
            }
            None => {
                self.emit0(Opcode::PopTop);
                self.emit0(Opcode::PopTop);
                Ok(())
            }
        }
    }

    fn compile_pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [Ident],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> CResult {
        for (i, a) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[i + 1..].contains(a) {
                let j = i + 1 + kwd_attrs[i + 1..].iter().position(|b| b == a).unwrap_or(0);
                let msg = format!("attribute name repeated in class pattern: {a}");
                return Err(self.error(kwd_patterns[j].span, msg));
            }
        }
        self.compile_expr(cls)?;
        self.set_pos(p.span);
        let names: Vec<ConstValue> = kwd_attrs
            .iter()
            .map(|a| ConstValue::Str(Rc::from(a.as_str())))
            .collect();
        self.load_const(ConstValue::Tuple(names.into()));
        let nargs = patterns.len();
        self.emit(Opcode::MatchClass, nargs);
        self.emit(Opcode::Copy, 1);
        self.load_none();
        self.emit(Opcode::IsOp, 1);
        // A tuple of nargs + nattrs attributes (or None) on top.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        let total = nargs + kwd_attrs.len();
        self.emit(Opcode::UnpackSequence, total);
        pc.on_top = pc.on_top + total - 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if sub.is_wildcard() {
                self.emit0(Opcode::PopTop);
                continue;
            }
            self.compile_subpattern(sub, pc)?;
        }
        Ok(())
    }

    fn compile_pattern_or(&mut self, alts: &'a [Pattern], pc: &mut PatternCtx) -> CResult {
        let end = self.new_label();
        let size = alts.len();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        // The names bound by the first alternative: the others must bind the
        // same ones, and their values are reordered to this order.
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.set_pos(alt.span);
            pc.stores = Vec::new();
            // An irrefutable alternative must be last, if allowed at all.
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::Copy, 1);
            self.compile_pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return Err(self.error(pc.loc, "alternative patterns bind different names"));
                }
                Some(ctl) => {
                    for icontrol in (0..nstores).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(
                                self.error(pc.loc, "alternative patterns bind different names")
                            );
                        };
                        if icontrol != istores {
                            // Reorder the values on the stack (and in stores)
                            // to match the control's order.
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            pc.stores.splice(at..at, rotated);
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.emit_jump(Opcode::Jump, end);
            self.emit_fail_pops(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        // No alternative matched: pop the copy of the subject and fail.
        self.emit0(Opcode::PopTop);
        self.jump_to_fail_pop(pc, Opcode::Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        // Between the new captures and where they belong: the other new
        // captures, the subject copy, the items on top, the earlier captures.
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                let msg = format!("multiple assignments to name '{name}' in pattern");
                return Err(self.error(pc.loc, msg));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.emit0(Opcode::PopTop);
        Ok(())
    }
}

/// Equal constants get equal identities, as in a Python set: `True`, `1`
/// and `1.0` are the same key.
fn key_identity(c: &ConstValue) -> String {
    match c {
        ConstValue::Bool(b) => u8::from(*b).to_string(),
        ConstValue::Float(f) if f.fract() == 0.0 && f.abs() < 1e18 => (*f as i64).to_string(),
        ConstValue::Complex { real, imag } if *imag == 0.0 => {
            key_identity(&ConstValue::Float(*real))
        }
        _ => const_repr(c),
    }
}
