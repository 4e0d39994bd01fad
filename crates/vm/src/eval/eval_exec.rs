//! `eval(source, globals, locals)` and `exec(source, globals, locals)` for
//! source strings. The text is parsed and compiled like a module; `eval`
//! compiles `__arenapy_eval__ = (source)` and takes the value back out of
//! the locals. Without `globals`, the caller's globals and `locals()` are
//! used (through a frame request, like `globals()` itself).

use crate::eval::code_load;
use crate::eval::frame_request;
use crate::eval::frame_request::FrameRequest;
use crate::memory::object::{Obj, ObjRef};
use crate::objects::dict::{dict_body, ops};
use crate::objects::exception::type_error;
use crate::objects::str::{new_str, try_str};
use crate::objects::{bytes, exception, registry, singletons, Layout};
use crate::protocol::convert;
use crate::protocol::object::type_name;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

const RESULT: &str = "__arenapy_eval__";
/// What `eval`'s expression is wrapped in (then `\n)`): an assignment of
/// its value to [`RESULT`].
const EVAL_PREFIX: &str = "__arenapy_eval__ = (";

thread_local! {
    /// The source of an `eval`/`exec` waiting for its caller's frame.
    static PENDING: RefCell<Option<(String, bool)>> = const { RefCell::new(None) };
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
    let src = source_of(what, &args[0])?;
    if src.contains('\0') {
        // CPython 3.11.7 (3.11.2 raised ValueError).
        return Err(exception::new_error(
            &registry::types().syntax_error,
            "source code string cannot contain null bytes",
        ));
    }
    let globals = namespace_arg(what, args.get(1), true)?;
    let locals = namespace_arg(what, args.get(2), false)?;
    match globals {
        Some(g) => {
            let l = locals.unwrap_or_else(|| g.clone());
            run(vm, &src, g, l, is_eval)
        }
        None => {
            PENDING.with(|p| *p.borrow_mut() = Some((src, is_eval)));
            Err(frame_request::request(vm, FrameRequest::EvalExec))
        }
    }
}

/// The frame request's answer: runs the pending source in the caller's
/// namespaces.
pub fn answer(vm: &mut Vm, globals: ObjRef, locals: ObjRef) -> PyResult<ObjRef> {
    let Some((src, is_eval)) = PENDING.with(|p| p.borrow_mut().take()) else {
        return Ok(vm.none());
    };
    run(vm, &src, globals, locals, is_eval)
}

fn run(vm: &mut Vm, src: &str, globals: ObjRef, locals: ObjRef, is_eval: bool) -> PyResult<ObjRef> {
    if dict_body(&globals).is_some_and(|d| d.table.borrow().get_rust_str("__builtins__").is_none())
    {
        ops::dict_set_str(&globals, new_str("__builtins__")?, vm.builtins.clone())?;
    }
    let text = if is_eval {
        // CPython strips leading spaces and tabs (blank lines before the
        // expression still count) and any trailing white space.
        let body = src
            .trim_start_matches([' ', '\t'])
            .trim_end_matches([' ', '\t', '\n', '\r']);
        if body.is_empty() {
            return Err(exception::new_error(
                &registry::types().syntax_error,
                "invalid syntax (<string>, line 0)",
            ));
        }
        // The expression starts on the wrapper's first line, so that its
        // line numbers are the source's (tracebacks say `line 1`).
        format!("{EVAL_PREFIX}{body}\n)")
    } else {
        src.to_string()
    };
    let filename = "<string>";
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
    code_load::run_module_in(vm, &code, globals, locals.clone())?;
    if !is_eval {
        return Ok(vm.none());
    }
    let key = new_str(RESULT)?;
    let v = ops::dict_pop(vm, &locals, &key)?;
    Ok(v.unwrap_or_else(|| vm.none()))
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
