//! Argument checks for built-ins, done once where every built-in is called
//! (`protocol::call`) rather than in each function: the signature CPython
//! 3.11 declares for a built-in (`signature_table.rs`, generated from
//! CPython itself) and the `TypeError`s its argument parsers raise — the
//! wording differs by how CPython parses (METH_NOARGS, METH_O, Argument
//! Clinic positional-only or with keywords, old-style `PyArg_ParseTuple`).

use super::builtin::{BuiltinBody, BuiltinKind};
use super::signature_table;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::type_error;
use crate::objects::str::try_str;
use crate::objects::tuple::try_tuple_items;
use crate::vm::PyResult;

/// How a built-in takes its arguments.
#[derive(Clone, Copy, Debug)]
pub enum Sig {
    /// Not declared: the function checks its own arguments.
    Any,
    /// METH_NOARGS: `str.upper()`.
    NoArgs,
    /// METH_O: exactly one positional argument, `list.append(x)`.
    O,
    /// Argument Clinic, positional-only (`_PyArg_CheckPositional`):
    /// `dict.get(key, default=None, /)`.
    Pos(u8, u8),
    /// Old-style `PyArg_ParseTuple` with optional arguments: `str.count`.
    Old(u8, u8),
    /// Any number of positional arguments and no keywords, METH_FASTCALL:
    /// `math.gcd`.
    NoKw,
    /// The same, METH_VARARGS (`set.union`, `math.log`): a module function's
    /// keyword error names it bare, as [`Sig::Old`]'s.
    VarNoKw,
    /// Any number of positional arguments (at least `min`, checked by the
    /// function's own name) and the keyword-only `names`: `print`, `min`.
    Star {
        min: u8,
        names: &'static [&'static str],
    },
    /// Argument Clinic with keywords (`_PyArg_UnpackKeywords`): `posonly`
    /// positional-only parameters, then `names` (positional-or-keyword up
    /// to `maxpos`, keyword-only after).
    Kw {
        posonly: u8,
        minpos: u8,
        maxpos: u8,
        names: &'static [&'static str],
    },
}

/// Which signature a built-in has: 0 for none declared, else one more than
/// its index in the table. Two bytes, so the built-in's block keeps its size.
#[derive(Clone, Copy, Debug)]
pub struct SigRef(u16);

impl SigRef {
    pub fn get(self) -> Sig {
        match self.0 {
            0 => Sig::Any,
            i => signature_table::TABLE[i as usize - 1].2,
        }
    }
}

/// The declared signature of the built-in `owner.name`.
pub fn lookup_ref(owner: &str, name: &str) -> SigRef {
    let found = signature_table::TABLE.binary_search_by(|(o, n, _)| (*o, *n).cmp(&(owner, name)));
    SigRef(found.map_or(0, |i| i as u16 + 1))
}

/// The declared signature of the built-in `owner.name`.
pub fn lookup(owner: &str, name: &str) -> Sig {
    lookup_ref(owner, name).get()
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Checks a call of `b` with positional `args` (without a bound `self`)
/// followed by the values of the keywords named in `kwnames`.
#[inline]
pub fn check(b: &BuiltinBody, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<()> {
    let sig = b.sig.get();
    if matches!(sig, Sig::Any) {
        return Ok(());
    }
    // CPython names a METH_VARARGS method bare in its keyword error when
    // the method is called bound (`f = s.count; f(x=1)`) and qualified
    // when called through its descriptor (`s.count(x=1)`, LOAD_METHOD).
    // arenapy binds the method for every call with keywords, so it cannot
    // tell the two apart and words both as the common second form.
    check_as(sig, b.owner, b.name, b.kind, args, kwnames)
}

/// [`check`] for the signature `sig` of the built-in `owner.name` (`sorted`
/// checks its keywords as `list.sort`'s).
pub fn check_as(
    sig: Sig,
    owner: &str,
    name: &str,
    kind: BuiltinKind,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<()> {
    // `_PyObject_FunctionStr`: `str.upper`, `math.sqrt`, `len`.
    let function_str = |_: ()| {
        if owner == "builtins" {
            name.to_string()
        } else {
            format!("{owner}.{name}")
        }
    };
    let kwnames: &[ObjRef] = kwnames.and_then(try_tuple_items).unwrap_or(&[]);
    let nkw = kwnames.len();
    let n = args.len().saturating_sub(nkw);
    // The name is only formatted when there is an error to report: this
    // check runs on every built-in call.
    let no_keywords = |qual: &dyn Fn() -> String| {
        if nkw > 0 {
            Err(type_error(format!(
                "{}() takes no keyword arguments",
                qual()
            )))
        } else {
            Ok(())
        }
    };
    match sig {
        Sig::Any => Ok(()),
        Sig::NoArgs => {
            no_keywords(&|| function_str(()))?;
            if n != 0 {
                return Err(type_error(format!(
                    "{}() takes no arguments ({n} given)",
                    function_str(())
                )));
            }
            Ok(())
        }
        Sig::O => {
            no_keywords(&|| function_str(()))?;
            if n != 1 {
                return Err(type_error(format!(
                    "{}() takes exactly one argument ({n} given)",
                    function_str(())
                )));
            }
            Ok(())
        }
        Sig::NoKw => no_keywords(&|| function_str(())),
        Sig::VarNoKw if kind == BuiltinKind::Function => no_keywords(&|| name.to_string()),
        Sig::VarNoKw => no_keywords(&|| function_str(())),
        Sig::Pos(min, max) => {
            no_keywords(&|| function_str(()))?;
            check_positional(name, n, min as usize, max as usize)
        }
        Sig::Old(min, max) => {
            // A module-level function words it with its bare name.
            if kind == BuiltinKind::Function {
                no_keywords(&|| name.to_string())?;
            } else {
                no_keywords(&|| function_str(()))?;
            }
            let (min, max) = (min as usize, max as usize);
            if n < min || n > max {
                let (how, k) = match (n < min, min == max) {
                    (_, true) => ("exactly", min),
                    (true, false) => ("at least", min),
                    (false, false) => ("at most", max),
                };
                return Err(type_error(format!(
                    "{name}() takes {how} {k} argument{} ({n} given)",
                    plural(k)
                )));
            }
            Ok(())
        }
        Sig::Star { min, names } => {
            // `min`/`max` unpack their positional arguments first.
            let min = min as usize;
            if n < min {
                return Err(type_error(format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    plural(min)
                )));
            }
            if let Some(k) = kwnames
                .iter()
                .map(|k| try_str(k).unwrap_or(""))
                .find(|k| !names.contains(k))
            {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )));
            }
            Ok(())
        }
        Sig::Kw {
            posonly,
            minpos,
            maxpos,
            names,
        } => {
            let kw = |i: usize| try_str(&kwnames[i]).unwrap_or("");
            check_keywords(name, n, nkw, &kw, posonly, minpos, maxpos, names)
        }
    }
}

/// `_PyArg_CheckPositional` (and `PyArg_UnpackTuple`): "reversed expected 1
/// argument, got 0", "slice expected at most 3 arguments, got 4".
pub fn check_positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min || n > max {
        let (how, k) = match (n < min, min == max) {
            (_, true) => ("", min),
            (true, false) => ("at least ", min),
            (false, false) => ("at most ", max),
        };
        return Err(type_error(format!(
            "{name} expected {how}{k} argument{}, got {n}",
            plural(k)
        )));
    }
    Ok(())
}

/// CPython's Argument Clinic checks (`_PyArg_UnpackKeywords`) for a
/// built-in that splits its own arguments: `npos` positional ones and the
/// keywords `kws`, against `posonly` positional-only parameters followed by
/// `names` (`minpos` of them required, positional up to `maxpos`).
pub fn check_clinic(
    name: &str,
    npos: usize,
    kws: &[(&str, &ObjRef)],
    posonly: u8,
    minpos: u8,
    maxpos: u8,
    names: &[&str],
) -> PyResult<()> {
    let kw = |i: usize| kws[i].0;
    check_keywords(name, npos, kws.len(), &kw, posonly, minpos, maxpos, names)
}

/// CPython 3.11's `_PyArg_UnpackKeywords`, its checks in its order.
#[allow(clippy::too_many_arguments)]
fn check_keywords<'a>(
    name: &str,
    n: usize,
    nkw: usize,
    kw: &dyn Fn(usize) -> &'a str,
    posonly: u8,
    minpos: u8,
    maxpos: u8,
    names: &[&str],
) -> PyResult<()> {
    let (posonly, minpos, maxpos) = (posonly as usize, minpos as usize, maxpos as usize);
    let maxargs = posonly + names.len();
    let given = |k: &str| (0..nkw).any(|i| kw(i) == k);
    if n + nkw > maxargs {
        return Err(type_error(format!(
            "{name}() takes at most {maxargs} {}argument{} ({} given)",
            if n == 0 { "keyword " } else { "" },
            plural(maxargs),
            n + nkw
        )));
    }
    if n > maxpos {
        if maxpos == 0 {
            return Err(type_error(format!(
                "{name}() takes no positional arguments"
            )));
        }
        return Err(type_error(format!(
            "{name}() takes {} {maxpos} positional argument{} ({n} given)",
            if minpos < maxpos {
                "at most"
            } else {
                "exactly"
            },
            plural(maxpos)
        )));
    }
    let minposonly = posonly.min(minpos);
    if n < minposonly {
        return Err(type_error(format!(
            "{name}() takes {} {minposonly} positional argument{} ({n} given)",
            if minposonly < maxpos {
                "at least"
            } else {
                "exactly"
            },
            plural(minposonly)
        )));
    }
    let mut found = 0;
    for i in n.max(posonly)..maxargs {
        let k = names[i - posonly];
        if given(k) {
            found += 1;
        } else if i < minpos {
            return Err(type_error(format!(
                "{name}() missing required argument '{k}' (pos {})",
                i + 1
            )));
        }
    }
    if found < nkw {
        for i in posonly..n {
            let k = names[i - posonly];
            if given(k) {
                return Err(type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
        }
        if let Some(k) = (0..nkw).map(kw).find(|k| !names.contains(k)) {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for {name}()"
            )));
        }
    }
    Ok(())
}
