//! The `builtins` module: built-in functions, and the constructors that run
//! when a built-in type is called (`int("12")`, `list(x)`, `range(3)` ...).

pub use super::constructors::{construct_builtin, init_builtin_subclass};
use super::convert::{check_args, check_kwargs, index_value, kwarg, no_kwargs, split_kwargs};
use super::exc::{type_error, value_error};
use super::ops::{self, type_name};
use super::{call, iterops, py_bool, PyResult, Vm};
use crate::object::{alloc_object, Obj, ObjRef};
use crate::types::func::*;
use crate::types::int::{float_value, int_small, new_bigint, new_float, new_int, to_bigint};
use crate::types::iter::*;
use crate::types::seq::{new_list, new_tuple, try_tuple_items};
use crate::types::str::{new_str, try_str};
use crate::types::typeobj::{is_subtype, TypeBody};
use crate::types::{types, Layout};
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::RefCell;

/// A built-in function object.
pub fn new_builtin(
    name: &'static str,
    owner: &'static str,
    func: NativeFn,
    kind: BuiltinKind,
) -> PyResult<ObjRef> {
    let o = alloc_object(
        &types().builtin_function,
        BuiltinBody {
            name,
            owner,
            func,
            kind,
            bound: None,
        },
        0,
    )?;
    Ok(o)
}

/// Fills the builtins module's namespace.
pub fn populate(vm: &mut Vm, ns: &Obj) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", bi_print),
        ("open", bi_open),
        ("len", bi_len),
        ("repr", bi_repr),
        ("abs", bi_abs),
        ("min", bi_min),
        ("max", bi_max),
        ("sum", bi_sum),
        ("sorted", bi_sorted),
        ("any", bi_any),
        ("all", bi_all),
        ("ord", bi_ord),
        ("chr", bi_chr),
        ("hex", bi_hex),
        ("bin", bi_bin),
        ("oct", bi_oct),
        ("divmod", bi_divmod),
        ("pow", bi_pow),
        ("round", bi_round),
        ("hash", bi_hash),
        ("id", bi_id),
        ("iter", bi_iter),
        ("next", bi_next),
        ("isinstance", bi_isinstance),
        ("issubclass", bi_issubclass),
        ("callable", bi_callable),
        ("getattr", bi_getattr),
        ("setattr", bi_setattr),
        ("hasattr", bi_hasattr),
        ("delattr", bi_delattr),
        ("vars", bi_vars),
        ("dir", bi_dir),
        ("globals", bi_globals),
        ("locals", bi_locals),
        ("format", bi_format),
        ("ascii", bi_ascii),
        ("input", bi_input),
        ("eval", super::evalexec::bi_eval),
        ("exec", super::evalexec::bi_exec),
        ("exit", bi_exit),
        ("quit", bi_exit),
        ("__build_class__", bi_build_class),
        ("__import__", bi_import),
    ];
    for (name, f) in fns {
        let b = new_builtin(name, "builtins", *f, BuiltinKind::Function)?;
        super::dictops::dict_set_str(ns, new_str(name)?, b)?;
    }
    let t = types();
    for (name, ty) in crate::types::registry::all_types(t) {
        if name.contains('_') && name != "NotImplementedType" && !name.ends_with("Error") {
            continue;
        }
        if matches!(
            name,
            "NoneType"
                | "NotImplementedType"
                | "ellipsis"
                | "function"
                | "method"
                | "code"
                | "cell"
                | "module"
                | "generator"
        ) {
            continue;
        }
        super::dictops::dict_set_str(ns, new_str(name)?, ty.clone())?;
    }
    for (name, v) in [
        ("None", &t.none),
        ("True", &t.true_),
        ("False", &t.false_),
        ("NotImplemented", &t.not_implemented),
        ("Ellipsis", &t.ellipsis),
    ] {
        super::dictops::dict_set_str(ns, new_str(name)?, v.clone())?;
    }
    super::dictops::dict_set_str(ns, new_str("__name__")?, new_str("builtins")?)?;
    let _ = vm;
    Ok(())
}

fn bi_build_class(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    super::metaclass::build_class(vm, args, kw)
}

fn bi_import(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("__import__", args, 1, 5)?;
    let name = try_str(&args[0])
        .ok_or_else(|| type_error("__import__() argument 1 must be str"))?
        .to_string();
    super::modules::import(vm, &name)
}

fn bi_print(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    check_kwargs("print", &kws, &["sep", "end", "file", "flush"])?;
    let str_arg = |v: Option<&ObjRef>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) if super::is_none(v) => Ok(default.to_string()),
            Some(v) => try_str(v).map(|s| s.to_string()).ok_or_else(|| {
                type_error(format!(
                    "{what} must be None or a string, not {}",
                    type_name(v)
                ))
            }),
        }
    };
    let sep = str_arg(kwarg(&kws, "sep"), " ", "sep")?;
    let end = str_arg(kwarg(&kws, "end"), "\n", "end")?;
    let mut out = String::new();
    for (i, a) in pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        // (A str subclass may override __str__.)
        match try_str(a).filter(|_| !ops::is_heap_type_instance(a)) {
            Some(s) => out.push_str(s),
            None => out.push_str(&ops::str_string(vm, a)?),
        }
    }
    out.push_str(&end);
    let file = match kwarg(&kws, "file").filter(|f| !super::is_none(f)) {
        Some(f) => Some(f.clone()),
        None => super::modules::replaced_stdout(vm),
    };
    let to_stderr = file.as_ref().is_some_and(|f| super::modules::is_stderr(f));
    if let Some(f) = file.filter(|f| !to_stderr && !super::modules::is_stdout(f)) {
        let f = &f;
        // Any object with a write() method: a file, a StringIO...
        let write = super::attr::get_attr_opt(vm, f, "write")?.ok_or_else(|| {
            super::exc::attribute_error(format!(
                "'{}' object has no attribute 'write'",
                type_name(f)
            ))
        })?;
        let text = new_str(&out)?;
        call::call(vm, &write, &[text], None)?;
        return Ok(vm.none());
    }
    if to_stderr {
        vm.flush();
        eprint!("{out}");
    } else {
        vm.write_out(&out)?;
        if kwarg(&kws, "flush").is_some_and(|f| f.is(&types().true_)) {
            vm.flush();
        }
    }
    Ok(vm.none())
}

/// `open(...)`: `io.open`, from the embedded `io` module.
fn bi_open(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let io = super::import::import(vm, "io")?;
    let open = super::attr::get_attr_opt(vm, &io, "open")?
        .ok_or_else(|| super::exc::import_error("io.open"))?;
    call::call(vm, &open, args, kwnames)
}

fn bi_len(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    no_kwargs("len", kw)?;
    check_args("len", args, 1, 1)?;
    Ok(new_int(ops::len(vm, &args[0])? as i64)?)
}

fn bi_repr(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    no_kwargs("repr", kw)?;
    check_args("repr", args, 1, 1)?;
    ops::repr(vm, &args[0])
}

fn bi_ascii(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("ascii", args, 1, 1)?;
    let r = ops::repr_string(vm, &args[0])?;
    Ok(new_str(&super::methods::ascii_escape(&r))?)
}

fn bi_abs(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("abs", args, 1, 1)?;
    let x = &args[0];
    if let Some(f) = float_value(x) {
        return Ok(new_float(f.abs())?);
    }
    if x.layout() == Layout::Int {
        if let Some(v) = int_small(x) {
            if let Some(a) = v.checked_abs() {
                return Ok(new_int(a)?);
            }
        }
        return Ok(new_bigint(&to_bigint(x).expect("int").abs())?);
    }
    if let Some(r) = ops::call_special(vm, x, "__abs__", &[])? {
        return Ok(r);
    }
    Err(type_error(format!(
        "bad operand type for abs(): '{}'",
        type_name(x)
    )))
}

fn min_max(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>, is_max: bool) -> PyResult<ObjRef> {
    let name = if is_max { "max" } else { "min" };
    let (pos, kws) = split_kwargs(args, kwnames);
    check_kwargs(name, &kws, &["key", "default"])?;
    let key = kwarg(&kws, "key").filter(|k| !super::is_none(k)).cloned();
    let default = kwarg(&kws, "default").cloned();
    let items = match pos.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => iterops::collect(vm, &pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(ObjRef, ObjRef)> = None;
    for item in items {
        let k = match &key {
            Some(f) => call::call(vm, f, std::slice::from_ref(&item), None)?,
            None => item.clone(),
        };
        let replace = match &best {
            None => true,
            Some((_, bk)) => {
                let op = if is_max {
                    arenapy_compiler::opcode::ComparisonOperator::Greater
                } else {
                    arenapy_compiler::opcode::ComparisonOperator::Less
                };
                ops::compare_bool(vm, op, &k, bk)?
            }
        };
        if replace {
            best = Some((item, k));
        }
    }
    match best {
        Some((v, _)) => Ok(v),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn bi_min(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    min_max(vm, args, kw, false)
}

fn bi_max(vm: &mut Vm, args: &[ObjRef], kw: Option<&Obj>) -> PyResult<ObjRef> {
    min_max(vm, args, kw, true)
}

fn bi_sum(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    check_kwargs("sum", &kws, &["start"])?;
    check_args("sum", pos, 1, 2)?;
    let mut acc = match (pos.get(1), kwarg(&kws, "start")) {
        (Some(s), _) | (None, Some(s)) => s.clone(),
        _ => new_int(0)?,
    };
    if acc.layout() == Layout::Str {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = iterops::get_iter(vm, &pos[0])?;
    while let Some(v) = iterops::next(vm, &it)? {
        acc = ops::binary_op(vm, arenapy_compiler::opcode::BinaryOperator::Add, &acc, &v)?;
    }
    Ok(acc)
}

fn bi_sorted(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    check_kwargs("sorted", &kws, &["key", "reverse"])?;
    check_args("sorted", pos, 1, 1)?;
    let items = iterops::collect(vm, &pos[0])?;
    let l = new_list(items)?;
    let kw_vals: Vec<ObjRef> = kws.iter().map(|(_, v)| (*v).clone()).collect();
    let mut full = vec![l.clone()];
    full.extend(kw_vals);
    let kn = kwnames.map(|k| k.to_ref());
    super::methods::list_sort(vm, &full, kn.as_deref())?;
    Ok(l)
}

fn bi_any(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("any", args, 1, 1)?;
    let it = iterops::get_iter(vm, &args[0])?;
    while let Some(v) = iterops::next(vm, &it)? {
        if ops::truthy(vm, &v)? {
            return Ok(py_bool(true));
        }
    }
    Ok(py_bool(false))
}

fn bi_all(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("all", args, 1, 1)?;
    let it = iterops::get_iter(vm, &args[0])?;
    while let Some(v) = iterops::next(vm, &it)? {
        if !ops::truthy(vm, &v)? {
            return Ok(py_bool(false));
        }
    }
    Ok(py_bool(true))
}

fn bi_ord(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("ord", args, 1, 1)?;
    let s = try_str(&args[0]).ok_or_else(|| {
        type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(&args[0])
        ))
    })?;
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(new_int(c as i64)?),
        _ => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
    }
}

fn bi_chr(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("chr", args, 1, 1)?;
    let n = index_value(&args[0])?;
    if !(0..=0x10ffff).contains(&n) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    let c = char::from_u32(n as u32).unwrap_or('\u{fffd}');
    let mut buf = [0u8; 4];
    Ok(new_str(c.encode_utf8(&mut buf))?)
}

fn radix(args: &[ObjRef], name: &str, prefix: &str, radix: u32) -> PyResult<ObjRef> {
    check_args(name, args, 1, 1)?;
    let v = to_bigint(&args[0]).ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&args[0])
        ))
    })?;
    let digits = v.abs().to_str_radix(radix);
    let s = if v.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    };
    Ok(new_str(&s)?)
}

fn bi_hex(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    radix(args, "hex", "0x", 16)
}
fn bi_bin(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    radix(args, "bin", "0b", 2)
}
fn bi_oct(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    radix(args, "oct", "0o", 8)
}

fn bi_divmod(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    use arenapy_compiler::opcode::BinaryOperator as B;
    check_args("divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if float_value(a).is_some() || float_value(b).is_some() {
        if let (Some(x), Some(y)) = (super::numeric::as_f64(a)?, super::numeric::as_f64(b)?) {
            if y == 0.0 {
                return Err(super::exc::zero_division_error("float divmod()"));
            }
            let q = super::numeric::float_floordiv(x, y);
            let r = super::numeric::float_mod(x, y);
            return Ok(new_tuple(vec![new_float(q)?, new_float(r)?])?);
        }
    }
    if a.layout() == Layout::Int && b.layout() == Layout::Int && int_small(b) == Some(0) {
        return Err(super::exc::zero_division_error(
            "integer division or modulo by zero",
        ));
    }
    if ops::is_heap_type_instance(a) {
        if let Some(r) = ops::call_special(vm, a, "__divmod__", std::slice::from_ref(b))? {
            return Ok(r);
        }
    }
    let q = ops::binary_op(vm, B::FloorDivide, a, b).map_err(|e| {
        if is_subtype(e.0.ty(), &types().type_error) {
            type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                type_name(a),
                type_name(b)
            ))
        } else {
            e
        }
    })?;
    let r = ops::binary_op(vm, B::Remainder, a, b)?;
    Ok(new_tuple(vec![q, r])?)
}

fn bi_pow(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("pow", args, 2, 3)?;
    if args.len() == 3 && !super::is_none(&args[2]) {
        let (b, e, m) = (
            to_bigint(&args[0]),
            to_bigint(&args[1]),
            to_bigint(&args[2]),
        );
        let (Some(b), Some(e), Some(m)) = (b, e, m) else {
            return Err(type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        };
        if m.is_zero() {
            return Err(value_error("pow() 3rd argument cannot be 0"));
        }
        let r = if e.is_negative() {
            let inv = mod_inverse(&b, &m)
                .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
            inv.modpow(&(-e), &m.abs())
        } else {
            b.modpow(&e, &m.abs())
        };
        let r = if m.is_negative() && !r.is_zero() {
            r + &m
        } else {
            r
        };
        return Ok(new_bigint(&r)?);
    }
    ops::binary_op(
        vm,
        arenapy_compiler::opcode::BinaryOperator::Power,
        &args[0],
        &args[1],
    )
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if g.gcd != num_bigint::BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn bi_round(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    check_kwargs("round", &kws, &["ndigits"])?;
    check_args("round", pos, 1, 2)?;
    let nd = pos
        .get(1)
        .or_else(|| kwarg(&kws, "ndigits"))
        .filter(|n| !super::is_none(n));
    let x = &pos[0];
    if let Some(f) = float_value(x) {
        return match nd {
            None => {
                if !f.is_finite() {
                    return Err(if f.is_nan() {
                        value_error("cannot convert float NaN to integer")
                    } else {
                        super::exc::overflow_error("cannot convert float infinity to integer")
                    });
                }
                let r = f.round_ties_even();
                match num_bigint::BigInt::from_f64_checked(r) {
                    Some(b) => Ok(new_bigint(&b)?),
                    None => Ok(new_int(r as i64)?),
                }
            }
            Some(n) => Ok(new_float(super::fmtcore::round_float(f, index_value(n)?))?),
        };
    }
    if x.layout() == Layout::Int {
        return match nd {
            None => Ok(new_bigint(&to_bigint(x).expect("int"))?),
            Some(n) => {
                let n = index_value(n)?;
                if n >= 0 {
                    return Ok(new_bigint(&to_bigint(x).expect("int"))?);
                }
                let v = to_bigint(x).expect("int");
                let p = num_traits::pow(num_bigint::BigInt::from(10), (-n) as usize);
                use num_integer::Integer;
                let (q, r) = v.div_mod_floor(&p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && q.is_odd()) {
                    q + 1
                } else {
                    q
                };
                Ok(new_bigint(&(q * p))?)
            }
        };
    }
    let mut a = vec![];
    if let Some(n) = nd {
        a.push(n.clone());
    }
    if let Some(r) = ops::call_special(vm, x, "__round__", &a)? {
        return Ok(r);
    }
    Err(type_error(format!(
        "type {} doesn't define __round__ method",
        type_name(x)
    )))
}

trait FromF64Checked: Sized {
    fn from_f64_checked(f: f64) -> Option<Self>;
}
impl FromF64Checked for num_bigint::BigInt {
    fn from_f64_checked(f: f64) -> Option<Self> {
        num_traits::FromPrimitive::from_f64(f)
    }
}

fn bi_hash(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("hash", args, 1, 1)?;
    Ok(new_int(ops::hash(vm, &args[0])?)?)
}

fn bi_id(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("id", args, 1, 1)?;
    Ok(new_int(args[0].id() as i64)?)
}

fn bi_iter(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("iter", args, 1, 2)?;
    if args.len() == 2 {
        return Ok(alloc_object(
            &types().callable_iterator,
            CallIterBody {
                func: RefCell::new(Some(args[0].clone())),
                sentinel: args[1].clone(),
            },
            0,
        )?);
    }
    iterops::get_iter(vm, &args[0])
}

fn bi_next(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("next", args, 1, 2)?;
    if !iterops::is_iterator(&args[0]) {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(&args[0])
        )));
    }
    if args[0].layout() == Layout::Generator {
        return match super::eval::generator_resume(vm, &args[0], None)? {
            super::eval::GenResult::Yielded(v) => Ok(v),
            super::eval::GenResult::Returned(v) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(super::exc::stop_iteration(
                    (!super::is_none(&v)).then_some(v),
                )),
            },
        };
    }
    match iterops::next(vm, &args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(super::exc::stop_iteration(None)),
        },
    }
}

/// `isinstance(x, cls_or_tuple)` as a Rust bool.
pub fn isinstance(x: &Obj, spec: &Obj) -> PyResult<bool> {
    if let Some(items) = try_tuple_items(spec) {
        for i in items {
            if isinstance(x, i)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if spec.payload::<TypeBody>().is_none() {
        return Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ));
    }
    Ok(is_subtype(x.ty(), spec))
}

fn bi_isinstance(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("isinstance", args, 2, 2)?;
    Ok(py_bool(check_with_hook(vm, &args[0], &args[1], false)?))
}

fn bi_issubclass(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("issubclass", args, 2, 2)?;
    if args[0].payload::<TypeBody>().is_none() {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    Ok(py_bool(check_with_hook(vm, &args[0], &args[1], true)?))
}

/// isinstance / issubclass: a tuple is any of its items; a class whose
/// metaclass defines `__instancecheck__` / `__subclasscheck__` (abc.ABCMeta)
/// decides for itself unless the answer is plain.
fn check_with_hook(vm: &mut Vm, x: &Obj, spec: &Obj, sub: bool) -> PyResult<bool> {
    if let Some(items) = try_tuple_items(spec) {
        for i in items {
            if check_with_hook(vm, x, i, sub)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let c = if sub { x } else { x.ty() };
    if c.is(spec) {
        return Ok(true);
    }
    if spec.layout() == Layout::Type && ops::is_heap_type_instance(spec) {
        let hook = if sub {
            "__subclasscheck__"
        } else {
            "__instancecheck__"
        };
        if let Some(r) = ops::call_special(vm, spec, hook, &[x.to_ref()])? {
            return ops::truthy(vm, &r);
        }
    }
    if spec.payload::<TypeBody>().is_none() {
        return Err(type_error(if sub {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union"
        } else {
            "isinstance() arg 2 must be a type, a tuple of types, or a union"
        }));
    }
    Ok(is_subtype(c, spec))
}

/// `callable(x)`.
pub fn is_callable(x: &Obj) -> bool {
    match x.layout() {
        Layout::Function | Layout::BuiltinFunction | Layout::Method | Layout::Type => true,
        _ => {
            ops::is_heap_type_instance(x)
                && crate::types::typeobj::lookup_str(x.ty(), "__call__").is_some()
        }
    }
}

fn bi_callable(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("callable", args, 1, 1)?;
    Ok(py_bool(is_callable(&args[0])))
}

fn attr_name(o: &Obj) -> PyResult<&Obj> {
    if try_str(o).is_none() {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(o)
        )));
    }
    Ok(o)
}

fn bi_getattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("getattr", args, 2, 3)?;
    let name = attr_name(&args[1])?;
    match super::attr::get_attr(vm, &args[0], name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && is_subtype(e.0.ty(), &types().attribute_error) => {
            Ok(args[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn bi_setattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("setattr", args, 3, 3)?;
    let name = attr_name(&args[1])?;
    super::attr::set_attr(vm, &args[0], name, args[2].clone())?;
    Ok(vm.none())
}

fn bi_delattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("delattr", args, 2, 2)?;
    let name = attr_name(&args[1])?;
    super::attr::del_attr(vm, &args[0], name)?;
    Ok(vm.none())
}

fn bi_hasattr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("hasattr", args, 2, 2)?;
    let name = attr_name(&args[1])?;
    match super::attr::get_attr(vm, &args[0], name) {
        Ok(_) => Ok(py_bool(true)),
        Err(e) if is_subtype(e.0.ty(), &types().attribute_error) => Ok(py_bool(false)),
        Err(e) => Err(e),
    }
}

fn bi_vars(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("vars", args, 0, 1)?;
    if args.is_empty() {
        return Err(super::framereq::request(
            vm,
            super::framereq::FrameRequest::Locals,
        ));
    }
    let n = new_str("__dict__")?;
    super::attr::get_attr(vm, &args[0], &n)
        .map_err(|_| type_error("vars() argument must have __dict__ attribute"))
}

fn bi_dir(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("dir", args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    if args.is_empty() {
        return Err(super::framereq::request(
            vm,
            super::framereq::FrameRequest::Dir,
        ));
    } else {
        let o = &args[0];
        if let Some(d) = super::attr::instance_dict(o) {
            for e in d.borrow().iter() {
                names.push(try_str(&e.key).unwrap_or("").to_string());
            }
        }
        let ty: &Obj = if o.layout() == Layout::Type {
            o
        } else {
            o.ty()
        };
        for t in crate::types::typeobj::mro_iter(ty) {
            for e in t.payload::<TypeBody>().expect("type").dict.borrow().iter() {
                names.push(try_str(&e.key).unwrap_or("").to_string());
            }
        }
        if let Some(m) = o.payload::<crate::types::misc::ModuleBody>() {
            for e in crate::types::dict::dict_body(&m.dict)
                .expect("dict")
                .table
                .borrow()
                .iter()
            {
                names.push(try_str(&e.key).unwrap_or("").to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    let mut items = Vec::with_capacity(names.len());
    for n in names {
        items.push(new_str(&n)?);
    }
    Ok(new_list(items)?)
}

fn bi_globals(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("globals", args, 0, 0)?;
    Err(super::framereq::request(
        vm,
        super::framereq::FrameRequest::Globals,
    ))
}

fn bi_locals(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("locals", args, 0, 0)?;
    Err(super::framereq::request(
        vm,
        super::framereq::FrameRequest::Locals,
    ))
}

fn bi_format(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => try_str(s)
            .ok_or_else(|| type_error("format() argument 2 must be str"))?
            .to_string(),
        None => String::new(),
    };
    super::format::format(vm, &args[0], &spec)
}

fn bi_input(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let s = ops::str_string(vm, p)?;
        vm.write_out(&s)?;
    }
    vm.flush();
    match crate::stdlib::stdin_line() {
        Ok(bytes) if bytes.is_empty() => Err(super::exc::new_error(
            &types().eof_error,
            "EOF when reading a line",
        )),
        Ok(bytes) => {
            let mut line = String::from_utf8_lossy(&bytes).into_owned();
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(new_str(&line)?)
        }
        Err(e) => Err(super::exc::new_error(&types().os_error, &e.to_string())),
    }
}

fn bi_exit(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let e = super::exc::new_exception(&types().system_exit, args.to_vec())?;
    Err(super::PyErr(e))
}

/// An i64 from an int object, for methods that need machine integers.
pub fn small_index(o: &Obj) -> PyResult<i64> {
    index_value(o)
}

#[allow(dead_code)]
fn to_usize(b: &num_bigint::BigInt) -> Option<usize> {
    b.to_usize()
}
