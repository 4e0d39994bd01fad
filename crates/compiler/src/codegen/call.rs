//! Calls and collection displays (CPython 3.11's `compiler_call_helper`,
//! `starunpack_helper` and `compiler_dict`).
//!
//! - `o.m(a, b)` → `o; LoadMethod m; a; b; CallMethod 2`
//! - `f(a, k=v)` → `f; a; v; LoadConst ('k',); CallKw 2`
//! - with `*x` / `**y`: a tuple of positional arguments built through a
//!   list (`BuildList`, `ListAppend`, `ListExtend`, `ListToTuple`), a dict
//!   of keyword arguments (`BuildMap` of plain ones, `DictMerge` for each
//!   mapping, which rejects duplicate keys), then `CallFunctionEx 0|1`.

use super::expr::fold_constant;
use super::{CResult, Compiler, Ctx, STACK_USE_GUIDELINE};
use crate::code::ConstValue;
use crate::opcode::Opcode;
use arenapy_syntax::ast::*;

/// Which collection a display builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seq {
    List,
    Tuple,
    Set,
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        // Zero-argument super() becomes super(__class__, <first argument>):
        // the frame information CPython reads at run time is known here.
        if let ExprKind::Name(n) = &func.kind {
            if n == "super" && args.is_empty() && keywords.is_empty() {
                let u = self.unit_ref();
                if u.kind.is_function() && u.argcount > 0 && u.freevars.get("__class__").is_some() {
                    let first = u.varnames.items[0].clone();
                    // CPython calls `super` with no arguments (a NULL under it).
                    let start = self.unit_ref().next_index();
                    self.compile_expr(func)?;
                    self.unit().cpython_extra(start, 1, 1, 0);
                    self.name_op("__class__", Ctx::Load);
                    self.unit().cpython_extra_last(-1);
                    self.name_op(&first, Ctx::Load);
                    self.unit().cpython_extra_last(-1);
                    self.emit(Opcode::Call, 2);
                    self.unit().cpython_extra_last(1);
                    return Ok(());
                }
            }
        }
        if let ExprKind::Attribute { value, attr } = &func.kind {
            let plain = keywords.is_empty()
                && args.len() < STACK_USE_GUIDELINE
                && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
            if plain {
                self.compile_expr(value)?;
                let saved = self.set_pos(func.span);
                let attr = self.mangle(attr);
                self.emit_name(Opcode::LoadMethod, &attr);
                self.unit().pos = saved;
                for a in args {
                    self.compile_expr(a)?;
                }
                self.emit(Opcode::CallMethod, args.len());
                return Ok(());
            }
        }
        // CPython pushes a NULL before the callable (`PUSH_NULL`, or
        // `LOAD_GLOBAL`'s low bit); `call_helper` takes it off at the call.
        let start = self.unit_ref().next_index();
        self.compile_expr(func)?;
        self.unit().cpython_extra(start, 1, 1, 0);
        self.call_helper(0, args, keywords)
    }

    /// CPython's `validate_keywords`: no keyword may be given twice.
    pub(crate) fn validate_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if let Some(other) = keywords[i + 1..]
                .iter()
                .find(|o| o.arg.as_deref() == Some(name.as_str()))
            {
                return Err(self.error(other.span, format!("keyword argument repeated: {name}")));
            }
        }
        Ok(())
    }

    /// Emits the arguments and the call; the callable and `pushed` extra
    /// positional arguments are already on the stack.
    pub(crate) fn call_helper(
        &mut self,
        pushed: usize,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let double_starred = keywords.iter().any(|k| k.arg.is_none());
        let big = args.len() + keywords.len() * 2 > STACK_USE_GUIDELINE;
        if !starred && !double_starred && !big {
            for a in args {
                self.compile_expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Opcode::Call, pushed + args.len());
                self.unit().cpython_extra_last(-1);
            } else {
                let mut names = Vec::with_capacity(keywords.len());
                for k in keywords {
                    self.compile_expr(&k.value)?;
                    names.push(ConstValue::Str(k.arg.as_deref().unwrap_or("").into()));
                }
                self.load_const(ConstValue::Tuple(names.into()));
                // CPython's KW_NAMES pushes nothing; its NULL goes with
                // the call.
                self.unit().cpython_extra_last(-1);
                self.emit(Opcode::CallKw, pushed + args.len() + keywords.len());
            }
            return Ok(());
        }
        match args {
            // `f(*a)`: CallFunctionEx turns `a` into a tuple itself (and
            // names `f` if `a` is not iterable), as in CPython.
            [Expr {
                kind: ExprKind::Starred(inner),
                ..
            }] if pushed == 0 => self.compile_expr(inner)?,
            _ => self.starunpack(args, pushed, Seq::Tuple)?,
        }
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut seen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_some() {
                    seen += 1;
                    continue;
                }
                if seen > 0 {
                    self.subkwargs(&keywords[i - seen..i])?;
                    if have_dict {
                        self.emit(Opcode::DictMerge, 1);
                    }
                    have_dict = true;
                    seen = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BuildMap, 0);
                    have_dict = true;
                }
                self.compile_expr(&k.value)?;
                self.emit(Opcode::DictMerge, 1);
            }
            if seen > 0 {
                self.subkwargs(&keywords[keywords.len() - seen..])?;
                if have_dict {
                    self.emit(Opcode::DictMerge, 1);
                }
            }
        }
        self.emit(Opcode::CallFunctionEx, usize::from(!keywords.is_empty()));
        self.unit().cpython_extra_last(-1);
        Ok(())
    }

    /// A dict of plain `name=value` keyword arguments.
    fn subkwargs(&mut self, keywords: &'a [Keyword]) -> CResult {
        let big = keywords.len() * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(Opcode::BuildMap, 0);
        }
        // CPython: the values, then the names as one tuple
        // (`BUILD_CONST_KEY_MAP`), as for a dict display's constant keys.
        let const_keys = keywords.len() > 1 && !big;
        for k in keywords {
            self.load_const(ConstValue::Str(k.arg.as_deref().unwrap_or("").into()));
            if const_keys {
                self.unit().cpython_extra_last(-1);
            }
            self.compile_expr(&k.value)?;
            if big {
                self.emit(Opcode::MapAdd, 1);
            }
        }
        if !big {
            let at = self.unit_ref().next_index();
            self.emit(Opcode::BuildMap, keywords.len());
            if const_keys {
                let n = keywords.len() as i8;
                self.unit().cpython_extra(at, n, n, 1);
            }
        }
        Ok(())
    }

    /// A list, tuple or set display (or a call's positional arguments, with
    /// `pushed` items already on the stack), with `*x` items unpacked.
    pub(crate) fn starunpack(&mut self, elts: &'a [Expr], pushed: usize, seq: Seq) -> CResult {
        let (build, add, extend) = match seq {
            Seq::List | Seq::Tuple => (Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend),
            Seq::Set => (Opcode::BuildSet, Opcode::SetAdd, Opcode::SetUpdate),
        };
        let n = elts.len();
        if n > 2 {
            if let Some(items) = elts.iter().map(fold_constant).collect::<Option<Vec<_>>>() {
                let folded = if seq == Seq::Set {
                    ConstValue::FrozenSet(items.into())
                } else {
                    ConstValue::Tuple(items.into())
                };
                if seq == Seq::Tuple && pushed == 0 {
                    self.load_const(folded);
                    return Ok(());
                }
                self.emit(build, pushed);
                self.load_const(folded);
                self.emit(extend, 1);
                if seq == Seq::Tuple {
                    self.emit0(Opcode::ListToTuple);
                }
                return Ok(());
            }
        }
        let big = n + pushed > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
        if !seen_star && !big {
            for e in elts {
                self.compile_expr(e)?;
            }
            let op = if seq == Seq::Tuple {
                Opcode::BuildTuple
            } else {
                build
            };
            self.emit(op, n + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred(inner) = &e.kind {
                if !built {
                    self.emit(build, i + pushed);
                    built = true;
                }
                self.compile_expr(inner)?;
                self.emit(extend, 1);
            } else {
                self.compile_expr(e)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if seq == Seq::Tuple {
            self.emit0(Opcode::ListToTuple);
        }
        Ok(())
    }

    /// A dict display; `None` keys mark `**mapping` items.
    pub(crate) fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Opcode::DictUpdate, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BuildMap, 0);
                    have_dict = true;
                }
                self.compile_expr(&values[i])?;
                self.emit(Opcode::DictUpdate, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Opcode::DictUpdate, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Opcode::DictUpdate, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BuildMap, 0);
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(Opcode::BuildMap, 0);
        }
        // CPython loads the values of constant keys, then the keys as one
        // tuple (`BUILD_CONST_KEY_MAP`): its stack holds each key only at
        // the end, all together.
        let const_keys = n > 1
            && !big
            && keys[begin..end]
                .iter()
                .all(|k| k.as_ref().is_some_and(|k| fold_constant(k).is_some()));
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.compile_expr(k)?;
                if const_keys {
                    self.unit().cpython_extra_last(-1);
                }
            }
            self.compile_expr(&values[i])?;
            if big {
                self.emit(Opcode::MapAdd, 1);
            }
        }
        if !big {
            let at = self.unit_ref().next_index();
            self.emit(Opcode::BuildMap, n);
            if const_keys {
                let n = n.min(100) as i8;
                self.unit().cpython_extra(at, n, n, 1);
            }
        }
        Ok(())
    }
}
