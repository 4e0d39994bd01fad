//! Loading compiled code: a compiler `CodeObject` becomes a heap code object
//! (its constants and names made into objects once), and module code runs
//! in a namespace.

use crate::eval::dispatch::run_frame;
use crate::eval::frame::Frame;
use crate::memory::object;
use crate::memory::object::ObjRef;
use crate::objects::bool::py_bool;
use crate::objects::function::cell;
use crate::objects::function::code::{code_trailing, CodeBody, CodeCaches};
use crate::objects::function::code_size::cpython_code_bytes;
use crate::objects::registry::types;
use crate::objects::set::ops;
use crate::objects::str::intern::intern;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::{bytes, float, int};
use crate::protocol::call;
use crate::vm::{PyResult, Vm};

/// Turns a compiled code object into a heap code object: its constants and
/// names become objects once, here, instead of at every use.
pub fn load_code(code: &std::rc::Rc<arenapy_compiler::code::CodeObject>) -> PyResult<ObjRef> {
    use crate::memory::heap::hvec_with_capacity;
    use arenapy_compiler::code::ConstValue;
    fn konst(c: &ConstValue) -> PyResult<ObjRef> {
        let t = types();
        Ok(match c {
            ConstValue::None => t.none.clone(),
            ConstValue::Bool(b) => py_bool(*b),
            ConstValue::Ellipsis => t.ellipsis.clone(),
            ConstValue::Int(i) => int::new_bigint(i)?,
            ConstValue::Float(f) => float::new_float(*f)?,
            ConstValue::Complex { real, imag } => {
                crate::objects::complex::new_complex(*real, *imag)?
            }
            ConstValue::Str(s) => new_str(s)?,
            ConstValue::Bytes(b) => bytes::new_bytes(b)?,
            ConstValue::Tuple(items) => {
                let mut v = Vec::with_capacity(items.len());
                for i in items.iter() {
                    v.push(konst(i)?);
                }
                new_tuple(v)?
            }
            ConstValue::FrozenSet(items) => {
                let mut v = Vec::with_capacity(items.len());
                for i in items.iter() {
                    v.push(konst(i)?);
                }
                ops::const_frozenset(v)?
            }
            ConstValue::Code(c) => load_code(c)?,
        })
    }
    let mut consts = hvec_with_capacity(code.constants.len());
    for c in &code.constants {
        consts.push(konst(c)?);
    }
    let mut names = hvec_with_capacity(code.names.len());
    // Names are interned (CPython's `intern_strings` in code objects), so
    // the same identifier in two functions is one object.
    for n in &code.names {
        names.push(intern(n)?);
    }
    let mut varnames = hvec_with_capacity(code.varnames.len());
    for n in &code.varnames {
        varnames.push(intern(n)?);
    }
    // Capacity == length, so this keeps the same heap block.
    let varnames = varnames.into_boxed_slice();
    let mut caches = Box::new(CodeCaches::new(names.len(), &code.instructions));
    let code_bytes = cpython_code_bytes(code);
    caches.code_bytes = u32::try_from(code_bytes).unwrap_or(u32::MAX);
    Ok(object::alloc_object(
        &types().code,
        CodeBody {
            code: code.clone(),
            consts,
            names,
            varnames,
            caches,
            func_strings: Default::default(),
        },
        code_trailing(code_bytes),
    )?)
}

/// Runs module-level code in `globals`.
pub fn run_module(
    vm: &mut Vm,
    code: &std::rc::Rc<arenapy_compiler::code::CodeObject>,
    globals: ObjRef,
) -> PyResult<()> {
    run_module_in(vm, code, globals.clone(), globals)
}

/// Runs module-level code with separate globals and locals (`exec`).
pub fn run_module_in(
    vm: &mut Vm,
    code: &std::rc::Rc<arenapy_compiler::code::CodeObject>,
    globals: ObjRef,
    locals: ObjRef,
) -> PyResult<()> {
    let code_obj = load_code(code)?;
    if let Some(kept) = &mut vm.retained_code {
        if kept.is_empty() {
            kept.push(code_obj.clone());
        }
    }
    let mut frame = Frame::for_namespace(code_obj, globals, locals, code.max_stack as usize);
    for _ in 0..code.cellvars.len() + code.freevars.len() {
        frame.cells.push_checked(cell::new_cell(None)?);
    }
    call::with_recursion_guard(vm, |vm| run_frame(vm, &mut frame)).map(|_| ())
}
