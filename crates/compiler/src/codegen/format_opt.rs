//! CPython 3.11's `optimize_format` (Python/ast_opt.c): `"..." % (a, b)`
//! with a literal format of only `%s`, `%r` and `%a` units (with flags,
//! width and precision of at most two digits) and as many items as units
//! is compiled as the f-string it equals, `f"...{a!s}...{b!r:>5}"`, so
//! the code, its `co_stacksize` and the objects it makes are CPython's.

use super::{CResult, Compiler};
use crate::code::ConstValue;
use crate::opcode::Opcode;
use arenapy_syntax::ast::*;

/// One part of the f-string a format becomes.
enum Piece<'e> {
    Literal(String),
    /// The item, its conversion (`s`, `r`, `a`) and its format spec.
    Value(&'e Expr, char, Option<String>),
}

/// The unit after a `%` at `chars[*pos..]` (`simple_format_arg_parse`
/// and `parse_format`): the conversion and the spec, or None where CPython
/// leaves the expression alone.
fn parse_unit(chars: &[char], pos: &mut usize) -> Option<(char, Option<String>)> {
    let mut next = || {
        let c = chars.get(*pos).copied();
        *pos += 1;
        c
    };
    let mut ljust = false;
    let mut ch = next()?;
    while matches!(ch, '-' | '+' | ' ' | '#' | '0' | 'z') {
        ljust |= ch == '-';
        ch = next()?;
    }
    let digits = |ch: &mut char, next: &mut dyn FnMut() -> Option<char>| -> Option<i32> {
        let mut n = 0;
        let mut count = 0;
        while let Some(d) = ch.to_digit(10) {
            n = n * 10 + d as i32;
            *ch = next()?;
            count += 1;
            if count >= 3 {
                return None;
            }
        }
        Some(n)
    };
    let mut width = -1;
    if ch.is_ascii_digit() {
        width = digits(&mut ch, &mut next)?;
    }
    let mut prec = -1;
    if ch == '.' {
        ch = next()?;
        prec = digits(&mut ch, &mut next)?;
    }
    if !matches!(ch, 's' | 'r' | 'a') {
        return None;
    }
    let mut spec = String::new();
    if !ljust && width > 0 {
        spec.push('>');
    }
    if width >= 0 {
        spec.push_str(&width.to_string());
    }
    if prec >= 0 {
        spec.push_str(&format!(".{prec}"));
    }
    Some((ch, (!spec.is_empty()).then_some(spec)))
}

/// The f-string parts of `fmt % (items...)`, if CPython rewrites it.
fn optimize_format<'e>(fmt: &str, items: &'e [Expr]) -> Option<Vec<Piece<'e>>> {
    let chars: Vec<char> = fmt.chars().collect();
    let (mut pos, mut count, mut out) = (0, 0, Vec::new());
    loop {
        let mut literal = String::new();
        while pos < chars.len() {
            if chars[pos] != '%' {
                literal.push(chars[pos]);
                pos += 1;
            } else if chars.get(pos + 1) == Some(&'%') {
                literal.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if !literal.is_empty() {
            out.push(Piece::Literal(literal));
        }
        if pos >= chars.len() {
            break;
        }
        let item = items.get(count)?;
        pos += 1;
        let (conv, spec) = parse_unit(&chars, &mut pos)?;
        out.push(Piece::Value(item, conv, spec));
        count += 1;
    }
    (count == items.len()).then_some(out)
}

impl<'a> Compiler<'a> {
    /// Compiles `left % right` as CPython's optimizer rewrites it, if it
    /// does; false otherwise (nothing emitted). A tuple of constants is
    /// left alone: CPython folds the whole expression first.
    pub(crate) fn compile_format_as_fstring(
        &mut self,
        left: &'a Expr,
        right: &'a Expr,
    ) -> CResult<bool> {
        let (ExprKind::Constant(Constant::Str(fmt)), ExprKind::Tuple(items)) =
            (&left.kind, &right.kind)
        else {
            return Ok(false);
        };
        if items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)))
            || items
                .iter()
                .all(|e| super::expr::fold_constant(e).is_some())
        {
            return Ok(false);
        }
        let Some(pieces) = optimize_format(fmt, items) else {
            return Ok(false);
        };
        if pieces.is_empty() {
            self.load_const(ConstValue::Str("".into()));
            return Ok(true);
        }
        let n = pieces.len();
        for p in pieces {
            match p {
                Piece::Literal(s) => self.load_const(ConstValue::Str(s.into())),
                Piece::Value(e, conv, spec) => {
                    self.compile_expr(e)?;
                    let mut flags = match conv {
                        's' => 1,
                        'r' => 2,
                        _ => 3,
                    };
                    if let Some(spec) = spec {
                        self.load_const(ConstValue::Str(spec.into()));
                        flags |= 0x04;
                    }
                    self.emit(Opcode::FormatValue, flags);
                }
            }
        }
        if n != 1 {
            self.emit(Opcode::BuildString, n);
        }
        Ok(true)
    }
}
