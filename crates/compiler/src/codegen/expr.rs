//! Expressions, and assignment / deletion targets.
//!
//! Constant folding is limited to what CPython's AST optimizer always
//! does and cannot change behaviour: tuples of constants become one tuple
//! constant, and `-`/`+`/`~` on numeric literals become the literal.

use super::stmt::{binary_operator, const_value};
use super::unit::Label;
use super::{CResult, Compiler, Ctx};
use crate::code::ConstValue;
use crate::opcode::{ComparisonOperator, Opcode};
use arenapy_syntax::ast::*;
use num_bigint::BigInt;

impl<'a> Compiler<'a> {
    pub(crate) fn compile_expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.set_pos(e.span);
        let r = self.compile_expr_inner(e);
        self.unit().pos = saved;
        r
    }

    /// Compiles `e` as a condition: jumps to `target` when its truth is
    /// `when`, falls through otherwise, leaving nothing on the stack
    /// (CPython's `compiler_jump_if`). `not` flips the sense, and `and`/`or`
    /// short-circuit by jumps alone, so `while i < n and x <= y:` is two
    /// compare-and-jumps, not a bool pushed and tested by JumpIfFalseOrPop.
    pub(crate) fn compile_jump_if(&mut self, e: &'a Expr, target: Label, when: bool) -> CResult {
        if fold_constant(e).is_none() {
            match &e.kind {
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand,
                } => return self.compile_jump_if(operand, target, !when),
                ExprKind::BoolOp { op, values } => {
                    // An operand deciding the whole `and`/`or` against `when`
                    // leaves by `skip`, past the test.
                    let or = matches!(op, BoolOp::Or);
                    let skip = (or != when).then(|| self.new_label());
                    let (last, init) = values.split_last().expect("BoolOp has values");
                    for v in init {
                        self.compile_jump_if(v, skip.unwrap_or(target), or)?;
                    }
                    self.compile_jump_if(last, target, when)?;
                    if let Some(skip) = skip {
                        self.bind(skip);
                    }
                    return Ok(());
                }
                _ => {}
            }
        }
        self.compile_expr(e)?;
        let saved = self.set_pos(e.span);
        let jump = if when {
            Opcode::PopJumpIfTrue
        } else {
            Opcode::PopJumpIfFalse
        };
        self.emit_jump(jump, target);
        self.unit().pos = saved;
        Ok(())
    }

    fn compile_expr_inner(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = fold_constant(e) {
            self.load_const(c);
            return Ok(());
        }
        match &e.kind {
            ExprKind::Constant(c) => self.load_const(const_value(c)),
            ExprKind::Name(id) => self.name_op(id, Ctx::Load),
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = match op {
                    BoolOp::And => Opcode::JumpIfFalseOrPop,
                    BoolOp::Or => Opcode::JumpIfTrueOrPop,
                };
                let (last, init) = values.split_last().expect("BoolOp has values");
                for v in init {
                    self.compile_expr(v)?;
                    self.emit_jump(jump, end);
                }
                self.compile_expr(last)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.emit(Opcode::Copy, 1);
                self.compile_store(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                if *op == BinOp::Mod && self.compile_format_as_fstring(left, right)? {
                    return Ok(());
                }
                self.compile_expr(left)?;
                self.compile_expr(right)?;
                self.emit(Opcode::BinaryOp, binary_operator(*op, false) as usize);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.compile_expr(operand)?;
                self.emit0(match op {
                    UnaryOp::Invert => Opcode::UnaryInvert,
                    UnaryOp::Not => Opcode::UnaryNot,
                    UnaryOp::UAdd => Opcode::UnaryPositive,
                    UnaryOp::USub => Opcode::UnaryNegative,
                });
            }
            ExprKind::Lambda { args, body } => self.compile_lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let else_ = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(test, else_, false)?;
                self.compile_expr(body)?;
                self.emit_jump(Opcode::Jump, end);
                self.bind(else_);
                self.compile_expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values)?,
            ExprKind::Set(elts) => self.starunpack(elts, 0, super::call::Seq::Set)?,
            ExprKind::List(elts) => self.starunpack(elts, 0, super::call::Seq::List)?,
            ExprKind::Tuple(elts) => self.starunpack(elts, 0, super::call::Seq::Tuple)?,
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.compile_comprehension(e)?,
            ExprKind::Yield(v) => {
                self.check_yield(e)?;
                match v {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_none(),
                }
                self.emit0(Opcode::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(e)?;
                self.compile_expr(v)?;
                self.emit0(Opcode::GetYieldFromIter);
                self.load_none();
                let head = self.new_label();
                let end = self.new_label();
                self.bind(head);
                self.emit_jump(Opcode::Send, end);
                self.emit0(Opcode::YieldValue);
                self.emit_jump(Opcode::Jump, head);
                self.bind(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.compile_call(func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.compile_expr(value)?;
                let mut flags = match conversion {
                    None => 0,
                    Some('s') => 1,
                    Some('r') => 2,
                    Some(_) => 3,
                };
                if let Some(spec) = format_spec {
                    self.compile_expr(spec)?;
                    flags |= 0x04;
                }
                self.emit(Opcode::FormatValue, flags);
            }
            ExprKind::JoinedStr(values) => {
                if values.is_empty() {
                    self.load_const(ConstValue::Str("".into()));
                } else {
                    for v in values {
                        self.compile_expr(v)?;
                    }
                    if values.len() != 1 {
                        self.emit(Opcode::BuildString, values.len());
                    }
                }
            }
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let attr = self.mangle(attr);
                self.emit_name(Opcode::LoadAttr, &attr);
            }
            ExprKind::Subscript { value, slice } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit0(Opcode::BinarySubscr);
            }
            ExprKind::Starred(_) => {
                return Err(self.error(e.span, "can't use starred expression here"));
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.compile_expr(p)?,
                        None => self.load_none(),
                    }
                }
                match step {
                    Some(s) => {
                        self.compile_expr(s)?;
                        self.emit(Opcode::BuildSlice, 3);
                    }
                    None => self.emit(Opcode::BuildSlice, 2),
                }
            }
        }
        Ok(())
    }

    fn check_yield(&self, e: &Expr) -> CResult {
        if !self.unit_ref().kind.is_function() {
            return Err(self.error(e.span, "'yield' outside function"));
        }
        Ok(())
    }

    fn compile_compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CResult {
        self.check_is_literal(left, ops, comparators);
        self.compile_expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.compile_expr(&comparators[0])?;
            self.emit_compare(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.compile_expr(&comparators[i])?;
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Copy, 2);
            self.emit_compare(ops[i]);
            self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
        }
        self.compile_expr(&comparators[n - 1])?;
        self.emit_compare(ops[n - 1]);
        let end = self.new_label();
        self.emit_jump(Opcode::Jump, end);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit0(Opcode::PopTop);
        self.bind(end);
        Ok(())
    }

    fn emit_compare(&mut self, op: CmpOp) {
        use ComparisonOperator as C;
        let (opcode, arg) = match op {
            CmpOp::Eq => (Opcode::CompareOp, C::Equal as usize),
            CmpOp::NotEq => (Opcode::CompareOp, C::NotEqual as usize),
            CmpOp::Lt => (Opcode::CompareOp, C::Less as usize),
            CmpOp::LtE => (Opcode::CompareOp, C::LessEqual as usize),
            CmpOp::Gt => (Opcode::CompareOp, C::Greater as usize),
            CmpOp::GtE => (Opcode::CompareOp, C::GreaterEqual as usize),
            CmpOp::Is => (Opcode::IsOp, 0),
            CmpOp::IsNot => (Opcode::IsOp, 1),
            CmpOp::In => (Opcode::ContainsOp, 0),
            CmpOp::NotIn => (Opcode::ContainsOp, 1),
        };
        self.emit(opcode, arg);
    }

    /// Stores the value on top of the stack into `target`.
    pub(crate) fn compile_store(&mut self, target: &'a Expr) -> CResult {
        let saved = self.set_pos(target.span);
        let r = self.compile_store_inner(target);
        self.unit().pos = saved;
        r
    }

    fn compile_store_inner(&mut self, target: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Name(id) => self.name_op(id, Ctx::Store),
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let attr = self.mangle(attr);
                self.emit_name(Opcode::StoreAttr, &attr);
            }
            ExprKind::Subscript { value, slice } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit0(Opcode::StoreSubscr);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                self.unpack_sequence(target, elts)?;
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred(inner) => self.compile_store(inner)?,
                        _ => self.compile_store(elt)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(self.error(
                    target.span,
                    "starred assignment target must be in a list or tuple",
                ));
            }
            _ => return Err(self.error(target.span, "cannot assign to expression")),
        }
        Ok(())
    }

    fn unpack_sequence(&mut self, target: &Expr, elts: &[Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt.kind, ExprKind::Starred(_)) {
                if seen_star {
                    return Err(
                        self.error(target.span, "multiple starred expressions in assignment")
                    );
                }
                let after = n - i - 1;
                if i >= 1 << 8 || after >= 1 << 16 {
                    return Err(self.error(
                        target.span,
                        "too many expressions in star-unpacking assignment",
                    ));
                }
                self.emit(Opcode::UnpackEx, i | (after << 8));
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Opcode::UnpackSequence, n);
        }
        Ok(())
    }

    pub(crate) fn compile_delete(&mut self, target: &'a Expr) -> CResult {
        let saved = self.set_pos(target.span);
        let r = match &target.kind {
            ExprKind::Name(id) => {
                self.name_op(id, Ctx::Del);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => self.compile_expr(value).map(|()| {
                let attr = self.mangle(attr);
                self.emit_name(Opcode::DeleteAttr, &attr);
            }),
            ExprKind::Subscript { value, slice } => (|| {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit0(Opcode::DeleteSubscr);
                Ok(())
            })(),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|t| self.compile_delete(t))
            }
            _ => Err(self.error(target.span, "cannot delete expression")),
        };
        self.unit().pos = saved;
        r
    }
}

/// The value of `e` if it is a constant after folding: literals, signed
/// numeric literals, and tuples of constants.
pub(crate) fn fold_constant(e: &Expr) -> Option<ConstValue> {
    match &e.kind {
        ExprKind::Constant(c) => Some(const_value(c)),
        ExprKind::UnaryOp { op, operand } => {
            let ExprKind::Constant(c) = &operand.kind else {
                return None;
            };
            match (op, c) {
                (UnaryOp::USub, Constant::Int(i)) => Some(ConstValue::Int(-i)),
                (UnaryOp::USub, Constant::Float(f)) => Some(ConstValue::Float(-f)),
                (UnaryOp::USub, Constant::Imaginary(f)) => Some(ConstValue::Complex {
                    real: -0.0,
                    imag: -f,
                }),
                (UnaryOp::UAdd, Constant::Int(_) | Constant::Float(_) | Constant::Imaginary(_)) => {
                    Some(const_value(c))
                }
                (UnaryOp::Invert, Constant::Int(i)) => {
                    Some(ConstValue::Int(-(i + BigInt::from(1))))
                }
                _ => None,
            }
        }
        ExprKind::Tuple(elts) => {
            let items = elts.iter().map(fold_constant).collect::<Option<Vec<_>>>()?;
            Some(ConstValue::Tuple(items.into()))
        }
        _ => None,
    }
}

/// Whether CPython's AST optimizer folds `e` into a constant: a literal,
/// a sign or `~` applied to a number, a tuple of such.
fn folds_to_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp { op, operand } => matches!(
            (op, &operand.kind),
            (
                UnaryOp::USub | UnaryOp::UAdd,
                ExprKind::Constant(
                    Constant::Int(_)
                        | Constant::Float(_)
                        | Constant::Imaginary(_)
                        | Constant::Bool(_),
                ),
            ) | (
                UnaryOp::Invert,
                ExprKind::Constant(Constant::Int(_) | Constant::Bool(_))
            )
        ),
        ExprKind::Tuple(items) => items.iter().all(folds_to_constant),
        ExprKind::BinOp { .. } if const_int(e).is_some() => true,
        _ => const_tuple_len(e).is_some(),
    }
}

/// The int CPython's AST optimizer folds `e` into, for integer arithmetic
/// on constants within its size limits (`MAX_INT_SIZE`, 128 bits, in
/// `safe_multiply`, `safe_power`, `safe_lshift`); None when it does not
/// fold (or would not be an int, or would raise).
fn const_int(e: &Expr) -> Option<num_bigint::BigInt> {
    use num_bigint::BigInt;
    use num_traits::{Signed, ToPrimitive, Zero};
    const MAX_INT_SIZE: u64 = 128;
    match &e.kind {
        ExprKind::Constant(Constant::Int(n)) => Some(n.clone()),
        ExprKind::Constant(Constant::Bool(b)) => Some(BigInt::from(*b as u8)),
        ExprKind::UnaryOp { op, operand } => {
            let v = const_int(operand)?;
            match op {
                UnaryOp::USub => Some(-v),
                UnaryOp::UAdd => Some(v),
                UnaryOp::Invert => Some(-v - 1),
                _ => None,
            }
        }
        ExprKind::BinOp { left, op, right } => {
            let (v, w) = (const_int(left)?, const_int(right)?);
            let bits = |x: &BigInt| x.bits();
            match op {
                BinOp::Add => Some(v + w),
                BinOp::Sub => Some(v - w),
                BinOp::BitAnd => Some(v & w),
                BinOp::BitOr => Some(v | w),
                BinOp::BitXor => Some(v ^ w),
                BinOp::Mult => {
                    if !v.is_zero() && !w.is_zero() && bits(&v) + bits(&w) > MAX_INT_SIZE {
                        return None;
                    }
                    Some(v * w)
                }
                BinOp::Pow => {
                    if w.is_negative() {
                        return None;
                    }
                    let wn = w.to_u64()?;
                    if !v.is_zero() && wn > 0 && bits(&v) > MAX_INT_SIZE / wn {
                        return None;
                    }
                    Some(v.pow(u32::try_from(wn).ok()?))
                }
                BinOp::LShift => {
                    if w.is_negative() {
                        return None;
                    }
                    let wn = w.to_u64()?;
                    if !v.is_zero() && wn > 0 && (wn > MAX_INT_SIZE || bits(&v) > MAX_INT_SIZE - wn)
                    {
                        return None;
                    }
                    Some(v << wn)
                }
                BinOp::RShift => {
                    if w.is_negative() {
                        return None;
                    }
                    Some(v >> w.to_u64().unwrap_or(u64::MAX).min(1 << 20))
                }
                BinOp::FloorDiv | BinOp::Mod => {
                    if w.is_zero() {
                        return None;
                    }
                    let mut q = &v / &w;
                    if !(&v % &w).is_zero() && (v.is_negative() != w.is_negative()) {
                        q -= 1;
                    }
                    let r = &v - &q * &w;
                    Some(if matches!(op, BinOp::FloorDiv) { q } else { r })
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The length of the tuple constant CPython's AST optimizer folds `e` into:
/// a tuple of constants, `t1 + t2`, `t * n` (at most 256 items, as its
/// `safe_multiply`); None when `e` does not fold into a tuple.
pub(crate) fn const_tuple_len(e: &Expr) -> Option<usize> {
    match &e.kind {
        ExprKind::Tuple(items) if items.iter().all(folds_to_constant) => Some(items.len()),
        ExprKind::BinOp {
            left,
            op: BinOp::Add,
            right,
        } => Some(const_tuple_len(left)? + const_tuple_len(right)?),
        ExprKind::BinOp {
            left,
            op: BinOp::Mult,
            right,
        } => {
            let (t, n) = match (const_tuple_len(left), const_tuple_len(right)) {
                (Some(t), None) => (t, right),
                (None, Some(t)) => (t, left),
                _ => return None,
            };
            let n: i64 = i64::try_from(const_int(n)?).ok()?;
            if t == 0 {
                return Some(0);
            }
            if n < 0 || n as usize > 256 / t {
                return None;
            }
            Some(t * n as usize)
        }
        _ => None,
    }
}

/// CPython's `check_is_arg` negated: an operand of `is` that is a constant
/// other than None, True, False and `...` (whose identity is not promised).
fn is_literal(e: &Expr) -> bool {
    !matches!(
        &e.kind,
        ExprKind::Constant(Constant::None | Constant::Bool(_) | Constant::Ellipsis)
    ) && folds_to_constant(e)
}

impl<'a> Compiler<'a> {
    /// CPython's `compiler_check_compare`: `x is 1` gets a SyntaxWarning
    /// (the first such pair of a chain only).
    fn check_is_literal(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
        let mut left_literal = is_literal(left);
        for (op, right) in ops.iter().zip(comparators) {
            let right_literal = is_literal(right);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && (left_literal || right_literal) {
                let msg = if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                };
                crate::warnings::warn(self.loc.line_of(left.span.start) as usize, msg);
                return;
            }
            left_literal = right_literal;
        }
    }
}
