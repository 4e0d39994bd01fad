//! `eval(source, globals, locals)`, `exec(source, globals, locals)` and
//! `compile(source, filename, mode)`. The text is parsed and compiled like
//! a module; `eval` compiles `__arenapy_eval__ = (source)` and takes the
//! value back out of the locals. `compile` returns the code object, which
//! `exec` and `eval` run as they run text (a code object compiled for
//! `'eval'` is recognised by the name it stores its value in). Without
//! `globals`, the caller's globals and `locals()` are used (through a frame
//! request, like `globals()` itself).

use crate::eval::code_load;
use crate::eval::frame_request;
use crate::eval::frame_request::FrameRequest;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::{dict_body, ops};
use crate::objects::exception::type_error;
use crate::objects::function::code::CodeBody;
use crate::objects::str::{new_str, try_str};
use crate::objects::{bytes, exception, registry, singletons, Layout};
use crate::protocol::convert;
use crate::protocol::convert::{kwarg, split_kwargs};
use crate::protocol::object::type_name;
use crate::vm::{PyResult, Vm};
use arenapy_compiler::code::CodeObject;
use std::cell::RefCell;
use std::rc::Rc;

const RESULT: &str = "__arenapy_eval__";
/// What `eval`'s expression is wrapped in (then `\n)`): an assignment of
/// its value to [`RESULT`].
const EVAL_PREFIX: &str = "__arenapy_eval__ = (";

/// What `eval`/`exec` runs: source text, or a code object's code.
enum Source {
    Text(String),
    Code(Rc<CodeObject>),
}

thread_local! {
    /// The source of an `eval`/`exec` waiting for its caller's frame.
    static PENDING: RefCell<Option<(Source, bool)>> = const { RefCell::new(None) };
}

fn source_of(what: &str, o: &Obj) -> PyResult<String> {
    if let Some(s) = try_str(o) {
        return Ok(s.to_string());
    }
    if let Some(b) = bytes::try_bytes(o) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(type_error(format!(
        "{what}() arg 1 must be a string, bytes or code object"
    )))
}

fn namespace_arg(what: &str, o: Option<&ObjRef>, globals: bool) -> PyResult<Option<ObjRef>> {
    match o {
        None => Ok(None),
        Some(o) if singletons::is_none(o) => Ok(None),
        Some(o) if o.layout() == Layout::Dict => Ok(Some(o.clone())),
        Some(o) if globals => Err(type_error(format!(
            "{what}() globals must be a dict, not {}",
            type_name(o)
        ))),
        Some(o) => Err(type_error(format!(
            "locals must be a mapping, not {}",
            type_name(o)
        ))),
    }
}

fn entry(vm: &mut Vm, args: &[ObjRef], is_eval: bool) -> PyResult<ObjRef> {
    let what = if is_eval { "eval" } else { "exec" };
    convert::check_args(what, args, 1, 3)?;
    let src = match args[0].payload::<CodeBody>() {
        Some(cb) => {
            let nfree = cb.code.freevars.len();
            if nfree != 0 {
                return Err(type_error(if is_eval {
                    "code object passed to eval() may not contain free variables".to_string()
                } else {
                    format!("code object requires a closure of exactly length {nfree}")
                }));
            }
            Source::Code(cb.code.clone())
        }
        None => Source::Text(checked_text(what, &args[0])?),
    };
    let globals = namespace_arg(what, args.get(1), true)?;
    let locals = namespace_arg(what, args.get(2), false)?;
    match globals {
        Some(g) => {
            let l = locals.unwrap_or_else(|| g.clone());
            run(vm, src, g, l, is_eval)
        }
        None => {
            PENDING.with(|p| *p.borrow_mut() = Some((src, is_eval)));
            Err(frame_request::request(vm, FrameRequest::EvalExec))
        }
    }
}

/// The text of a source argument, without NUL characters.
fn checked_text(what: &str, o: &Obj) -> PyResult<String> {
    let src = source_of(what, o)?;
    if src.contains('\0') {
        // CPython 3.11.7 (3.11.2 raised ValueError).
        return Err(exception::new_error(
            &registry::types().syntax_error,
            "source code string cannot contain null bytes",
        ));
    }
    Ok(src)
}

/// The frame request's answer: runs the pending source in the caller's
/// namespaces.
pub fn answer(vm: &mut Vm, globals: ObjRef, locals: ObjRef) -> PyResult<ObjRef> {
    let Some((src, is_eval)) = PENDING.with(|p| p.borrow_mut().take()) else {
        return Ok(vm.none());
    };
    run(vm, src, globals, locals, is_eval)
}

fn run(
    vm: &mut Vm,
    src: Source,
    globals: ObjRef,
    locals: ObjRef,
    is_eval: bool,
) -> PyResult<ObjRef> {
    if dict_body(&globals).is_some_and(|d| d.table.borrow().get_rust_str("__builtins__").is_none())
    {
        ops::dict_set_str(&globals, new_str("__builtins__")?, vm.builtins.clone())?;
    }
    let code = match src {
        Source::Text(text) => compile_text(vm, &text, "<string>", is_eval)?,
        Source::Code(code) => code,
    };
    // The value of an expression compiled for `eval` is stored under
    // RESULT; `exec` of such code discards it, as CPython's does.
    let has_value = code.names.iter().any(|n| &**n == RESULT);
    code_load::run_module_in(vm, &code, globals, locals.clone())?;
    if !has_value {
        return Ok(vm.none());
    }
    let key = new_str(RESULT)?;
    let v = ops::dict_pop(vm, &locals, &key)?;
    Ok(if is_eval {
        v.unwrap_or_else(|| vm.none())
    } else {
        vm.none()
    })
}

/// Compiles `src` as a module (`exec`) or as one expression (`eval`).
fn compile_text(vm: &mut Vm, src: &str, filename: &str, is_eval: bool) -> PyResult<Rc<CodeObject>> {
    let text = if is_eval {
        // CPython strips leading spaces and tabs (blank lines before the
        // expression still count) and any trailing white space.
        let body = src
            .trim_start_matches([' ', '\t'])
            .trim_end_matches([' ', '\t', '\n', '\r']);
        if body.is_empty() {
            return Err(exception::new_error(
                &registry::types().syntax_error,
                &format!("invalid syntax ({filename}, line 0)"),
            ));
        }
        // The expression starts on the wrapper's first line, so that its
        // line numbers are the source's (tracebacks say `line 1`).
        format!("{EVAL_PREFIX}{body}\n)")
    } else {
        src.to_string()
    };
    let code = arenapy_syntax::parse_module(&text)
        .and_then(|ast| {
            arenapy_compiler::compile(&ast, &text, filename, arenapy_compiler::Mode::Exec)
        })
        .map_err(|mut e| {
            if is_eval {
                // Back from the wrapper's text to the expression's: its
                // first line starts after the prefix.
                let body = &text[EVAL_PREFIX.len()..];
                let body = body.strip_suffix("\n)").unwrap_or(body);
                let nlines = body.lines().count().max(1);
                let line = e.lineno.clamp(1, nlines);
                let shift = EVAL_PREFIX.chars().count();
                if e.lineno == 1 && e.offset > 0 {
                    e.offset = e.offset.saturating_sub(shift).max(1);
                }
                if e.end_lineno == 1 && e.end_offset > 0 {
                    e.end_offset = e.end_offset.saturating_sub(shift).max(1);
                }
                e.text = body.lines().nth(line - 1).map(|l| format!("{l}\n"));
                e.end_lineno = e.end_lineno.max(line);
                e.lineno = line;
            }
            let line = e.lineno;
            exception::syntax_error_from(&e, filename, line)
        })?;
    print_compile_warnings(vm, filename, &text);
    Ok(code)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1)`: the code object of `source`, for `exec` (mode `'exec'`
/// or `'single'`) or `eval` (`'eval'`). Only source text is compiled (no
/// AST objects); the flags and optimisation level are checked and
/// otherwise ignored.
pub fn bi_compile(vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    crate::objects::function::signature::check_clinic("compile", pos.len(), &kws, 0, 3, 6, &names)?;
    let arg = |i: usize| pos.get(i).or_else(|| kwarg(&kws, names[i]));
    let missing = |i: usize| {
        type_error(format!(
            "compile() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        ))
    };
    let source = arg(0).ok_or_else(|| missing(0))?;
    let filename = arg(1).ok_or_else(|| missing(1))?;
    let mode = arg(2).ok_or_else(|| missing(2))?;
    let filename = match try_str(filename) {
        Some(f) => f.to_string(),
        None => match bytes::try_bytes(filename) {
            Some(b) => String::from_utf8_lossy(b).into_owned(),
            None => {
                return Err(type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    type_name(filename)
                )))
            }
        },
    };
    let Some(mode) = try_str(mode) else {
        return Err(type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            type_name(mode)
        )));
    };
    let is_eval = match mode {
        "exec" | "single" => false,
        "eval" => true,
        _ => {
            return Err(exception::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    for i in [3, 5] {
        if let Some(v) = arg(i) {
            if crate::objects::int::int_small(v).is_none() {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(v)
                )));
            }
        }
    }
    let text = checked_text("compile", source)?;
    let code = compile_text(vm, &text, &filename, is_eval)?;
    code_load::load_code(&code)
}

/// Prints the SyntaxWarnings of the compilation just done, as CPython's
/// `warnings` module shows them on stderr (with the source line for a real
/// file, none for `<string>`).
pub(crate) fn print_compile_warnings(vm: &mut Vm, filename: &str, source: &str) {
    let warnings = arenapy_compiler::warnings::take();
    if warnings.is_empty() {
        return;
    }
    vm.flush();
    let source = (!filename.starts_with('<')).then_some(source);
    for w in &warnings {
        eprint!(
            "{}",
            arenapy_compiler::warnings::render(w, filename, source)
        );
    }
}

pub fn bi_eval(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    entry(vm, args, true)
}

pub fn bi_exec(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    entry(vm, args, false)
}
