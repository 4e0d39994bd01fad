//! Exceptions: the layout (args, traceback entries, cause, context), making
//! them from Rust (`type_error(...)`, `value_error(...)` ...), the methods
//! of `BaseException`, and `str()`/`repr()` of exceptions. Raising,
//! matching and tracebacks are in `eval::exceptions`.

use crate::memory::object::{alloc_object_init, Obj, ObjRef};
use crate::memory::slot::ObjSlot;
use crate::objects::bool::py_bool;
use crate::objects::dict::new_dict;
use crate::objects::dict::table::DictTable;
use crate::objects::exception_members as members;
use crate::objects::function::builtin;
use crate::objects::function::builtin::BuiltinKind;
use crate::objects::instance::none;
use crate::objects::registry::types;
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, try_tuple_items};
use crate::objects::typeobject::{is_subtype, TypeBody};
use crate::objects::{tuple, typeobject, Layout, Traverse, VarSize};
use crate::protocol::object::type_name;
use crate::protocol::repr::repr_string;
use crate::protocol::{convert, repr};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{Cell, OnceCell, RefCell};

/// One traceback entry: a code object and the instruction that was running
/// (read from the chain of traceback objects, see [`tb_entries`]).
pub struct TbEntry {
    pub code: ObjRef,
    pub instr: u32,
}

/// An exception instance (BaseException and every subclass): CPython
/// 3.11's `PyBaseExceptionObject`, seven words (72 bytes with the header,
/// 88 with the GC head). The fields a family adds (StopIteration's
/// `value`, OSError's `errno` ...) follow it in the same block: see
/// [`crate::objects::exception_members`].
pub struct ExceptionBody {
    /// The instance dict, made by the first attribute store or `__dict__`
    /// read, then kept (a OnceCell: a borrowed table stays valid).
    pub dict: OnceCell<ObjRef>,
    /// The `args` tuple; empty only while an exception is torn down.
    pub args: ObjSlot,
    /// `__notes__` (PEP 678), made by the first `add_note`.
    pub notes: ObjSlot,
    /// The outermost traceback object; `tb_next` leads inwards. A frame the
    /// exception unwinds through puts a new one in front, as CPython's
    /// `PyTraceBack_Here`.
    pub traceback: ObjSlot,
    pub context: ObjSlot,
    pub cause: ObjSlot,
    pub suppress_context: Cell<bool>,
}

impl ExceptionBody {
    /// A fresh body with `args` (a tuple) and nothing else set.
    pub fn new(args: ObjRef) -> ExceptionBody {
        ExceptionBody {
            dict: OnceCell::new(),
            args: ObjSlot::new(Some(args)),
            notes: ObjSlot::new(None),
            traceback: ObjSlot::new(None),
            context: ObjSlot::new(None),
            cause: ObjSlot::new(None),
            suppress_context: Cell::new(false),
        }
    }

    /// The `args` tuple (the empty tuple once cleared).
    pub fn args(&self) -> ObjRef {
        self.args
            .get()
            .unwrap_or_else(|| types().empty_tuple.clone())
    }

    /// The instance dict's table, if the dict was made. Out of line: the
    /// attribute lookups of every object reach it through
    /// `attr::instance_dict`, inlined into the dispatch loop.
    #[inline(never)]
    pub fn dict_table(&self) -> Option<&RefCell<DictTable>> {
        self.dict
            .get()
            .and_then(|d| crate::objects::dict::dict_body(d))
            .map(|b| &b.table)
    }

    /// The instance dict, made on first use.
    pub fn dict_object(&self) -> Result<&ObjRef, arenapy_alloc::AllocError> {
        if let Some(d) = self.dict.get() {
            return Ok(d);
        }
        let d = new_dict()?;
        Ok(self.dict.get_or_init(|| d))
    }
}

/// The object an exception body belongs to.
#[inline(always)]
fn obj_of(b: &ExceptionBody) -> &Obj {
    // SAFETY: an ExceptionBody only exists as the body of a PyObject, right
    // after its 16-byte header (repr(C)); the object outlives `b`.
    unsafe { &*((b as *const ExceptionBody as *const u8).sub(16) as *const Obj) }
}

impl Traverse for ExceptionBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(d) = self.dict.get() {
            visit(d);
        }
        for s in [
            &self.args,
            &self.notes,
            &self.traceback,
            &self.context,
            &self.cause,
        ] {
            s.visit(visit);
        }
        members::traverse(obj_of(self), visit);
    }

    fn clear(&self) {
        // The dict object stays (a OnceCell); emptying it breaks a cycle
        // through it, as clearing CPython's `dict` field would.
        if let Some(t) = self.dict_table() {
            let old = t.try_borrow_mut().map(|mut t| t.take_all());
            drop(old);
        }
        for s in [&self.notes, &self.traceback, &self.context, &self.cause] {
            drop(s.take());
        }
        members::clear(obj_of(self));
    }
}

impl VarSize for ExceptionBody {
    fn trailing_size(obj: &Obj) -> usize {
        8 * members::words(obj.ty())
    }

    fn drop_trailing(obj: &Obj) {
        members::clear(obj);
    }
}

/// Allocates an exception of class `ty` with `args`, its family's fields
/// filled from `args` (as the family's `__init__` would). Out of line, as
/// the next: the allocation path they expand weighs on the codegen of the
/// dispatch loop that reaches them.
#[inline(never)]
pub fn alloc_exception(ty: &Obj, args: ObjRef) -> PyResult<ObjRef> {
    let e = alloc_exception_blank(ty, args.clone())?;
    members::init_from_args(&e, &args)?;
    Ok(e)
}

/// Allocates an exception of class `ty` with `args` and its family's
/// fields empty (CPython's `BaseException_new`).
#[inline(never)]
pub fn alloc_exception_blank(ty: &Obj, args: ObjRef) -> PyResult<ObjRef> {
    let words = members::words(ty);
    let e = alloc_object_init(ty, ExceptionBody::new(args), 8 * words, |obj| {
        let p = obj.trailing_ptr::<ExceptionBody>() as *mut ObjSlot;
        for i in 0..words {
            // SAFETY: the block has `words` trailing words after the body,
            // not yet initialised and not yet seen by the collector.
            unsafe { p.add(i).write(ObjSlot::new(None)) };
        }
    })?;
    Ok(e)
}

/// The traceback entries of `exc`, innermost first (as it unwound).
pub fn tb_entries(exc: &Obj) -> Vec<TbEntry> {
    let mut v = Vec::new();
    let mut cur = exc
        .payload::<ExceptionBody>()
        .and_then(|b| b.traceback.get());
    while let Some(t) = cur {
        let Some(b) = t.payload::<crate::objects::traceback::TracebackBody>() else {
            break;
        };
        if let Some(code) = b.code() {
            v.push(TbEntry {
                code,
                instr: b.instr,
            });
        }
        cur = b.next.clone();
    }
    v.reverse();
    v
}

/// A new exception instance of class `ty` with `args`.
#[inline(never)]
pub fn new_exception(ty: &Obj, args: Vec<ObjRef>) -> PyResult<ObjRef> {
    let args = tuple::new_tuple(args)?;
    alloc_exception(ty, args)
}

/// An exception of class `ty` with the one argument `arg` (its args tuple
/// made without a Rust Vec: errors raised in loops allocate only objects).
#[inline(never)]
pub fn new_exception1(ty: &Obj, arg: ObjRef) -> PyResult<ObjRef> {
    let args = tuple::new_tuple_exact(std::iter::once(arg))?;
    alloc_exception(ty, args)
}

/// An exception of class `ty` with one str argument.
#[inline(never)]
pub fn new_error(ty: &Obj, msg: &str) -> PyErr {
    match new_str(msg)
        .map_err(PyErr::from)
        .and_then(|m| new_exception1(ty, m))
    {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

macro_rules! error_ctors {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        $(
            #[cold]
            pub fn $fn_name(msg: impl AsRef<str>) -> PyErr {
                new_error(&types().$field, msg.as_ref())
            }
        )*
    };
}

error_ctors! {
    type_error => type_error,
    value_error => value_error,
    buffer_error => buffer_error,
    index_error => index_error,
    attribute_error => attribute_error,
    name_error => name_error,
    unbound_local_error => unbound_local_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    not_implemented_error => not_implemented_error,
    system_error => system_error,
    assertion_error => assertion_error,
    unicode_decode_error => unicode_decode_error,
    unicode_encode_error => unicode_encode_error,
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)` or the
/// encode one (`decode` false): CPython's five arguments, from which its
/// attributes and message come.
#[cold]
pub fn unicode_error5(
    decode: bool,
    encoding: &str,
    object: ObjRef,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let t = types();
    let ty = if decode {
        &t.unicode_decode_error
    } else {
        &t.unicode_encode_error
    };
    let made = (|| -> PyResult<ObjRef> {
        let args = vec![
            new_str(encoding)?,
            object,
            crate::objects::int::new_int(start as i64)?,
            crate::objects::int::new_int(end as i64)?,
            new_str(reason)?,
        ];
        new_exception(ty, args)
    })();
    match made {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// `KeyError(key)`: its message is the repr of the key.
#[cold]
pub fn key_error(key: ObjRef) -> PyErr {
    match new_exception1(&types().key_error, key) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// `StopIteration` (with a value, for generators' return).
#[cold]
pub fn stop_iteration(value: Option<ObjRef>) -> PyErr {
    let args = value.into_iter().collect();
    match new_exception(&types().stop_iteration, args) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

pub fn exc_body(exc: &Obj) -> &ExceptionBody {
    exc.payload::<ExceptionBody>().expect("exception instance")
}

/// Is `obj` an exception class (BaseException or a subclass)?
pub fn is_exception_class(obj: &Obj) -> bool {
    obj.payload::<TypeBody>()
        .is_some_and(|b| b.layout == Layout::Exception)
}

pub fn is_exception_instance(obj: &Obj) -> bool {
    obj.layout() == Layout::Exception
}

/// `str(exc)`: empty for no args, `str(arg)` for one (repr for KeyError),
/// `str(args)` for several.
pub fn exception_str(vm: &mut Vm, o: &Obj) -> PyResult<ObjRef> {
    if crate::objects::exception_group::is_group(o) {
        return crate::objects::exception_group::group_str(vm, o);
    }
    let args = exc_body(o).args();
    let items = try_tuple_items(&args).expect("tuple");
    let family = members::family(o.ty());
    // OSError(errno, strerror[, filename[, winerror[, filename2]]]) prints
    // as `[Errno 2] No such file or directory: 'x'` (OSError_str).
    if family == members::Family::OsError {
        let field = |n: &str| members::get(o, n).filter(|v| !v.is(&types().none));
        if let (Some(errno), Some(strerror)) = (field("errno"), field("strerror")) {
            let mut s = format!(
                "[Errno {}] {}",
                repr::str_string(vm, &errno)?,
                repr::str_string(vm, &strerror)?
            );
            if let Some(f) = field("filename") {
                s.push_str(": ");
                s.push_str(&repr::repr_string(vm, &f)?);
                if let Some(f2) = field("filename2") {
                    s.push_str(" -> ");
                    s.push_str(&repr::repr_string(vm, &f2)?);
                }
            }
            return Ok(new_str(&s)?);
        }
    }
    if let Some(s) = members::unicode_error_str(vm, o)? {
        return Ok(new_str(&s)?);
    }
    // SyntaxError(msg, (filename, lineno, ...)) prints as
    // `msg (file.py, line 3)`, with the file's base name.
    if family == members::Family::SyntaxError && items.len() != 2 {
        // `str(msg)`, where no args leave `msg` None.
        return repr::str_of(vm, &items.first().cloned().unwrap_or_else(none));
    }
    if family == members::Family::SyntaxError {
        let msg = syntax_error_member(o, "msg").expect("msg");
        let msg = repr::str_string(vm, &msg)?;
        let filename = syntax_error_member(o, "filename").expect("filename");
        let lineno =
            syntax_error_member(o, "lineno").and_then(|l| crate::objects::int::int_small(&l));
        let base = crate::objects::str::try_str(&filename)
            .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        return Ok(new_str(&match (base, lineno) {
            (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(l)) => format!("{msg} (line {l})"),
            (None, None) => msg,
        })?);
    }
    match items.len() {
        0 => Ok(new_str("")?),
        1 => {
            if typeobject::is_subtype(o.ty(), &types().key_error) {
                repr::repr(vm, &items[0])
            } else {
                repr::str_of(vm, &items[0])
            }
        }
        _ => repr::str_of(vm, &args),
    }
}

/// `BaseException.__init__(*args)`; the keywords of NameError (`name`),
/// AttributeError (`name`, `obj`) and ImportError (`name`, `path`).
fn exc_init(_vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = convert::split_kwargs(args, kwnames);
    let e = &pos[0];
    if e.layout() == Layout::Exception {
        for (k, v) in &kws {
            if !set_member(e, k, (*v).clone()) {
                let t = types();
                let allowed = is_subtype(e.ty(), &t.name_error)
                    || is_subtype(e.ty(), &t.attribute_error)
                    || is_subtype(e.ty(), &t.import_error);
                return Err(type_error(if allowed {
                    format!(
                        "'{k}' is an invalid keyword argument for {}()",
                        type_name(e)
                    )
                } else {
                    format!("{}() takes no keyword arguments", type_name(e))
                }));
            }
        }
        let t = new_tuple(pos[1..].to_vec())?;
        exc_body(e).args.set(Some(t.clone()));
        members::init_from_args(e, &t)?;
    }
    Ok(none())
}

fn exc_str(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    exception_str(vm, &args[0])
}

fn exc_repr(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let s = repr::repr_builtin(vm, &args[0])?;
    Ok(new_str(&s)?)
}

fn exc_with_traceback(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    convert::check_args("with_traceback", &args[1..], 1, 1)?;
    crate::objects::traceback::set_exception_traceback(&args[0], &args[1])?;
    Ok(args[0].clone())
}

/// `exc.add_note(note)`: appends to the `__notes__` list in the instance
/// dict, making it on the first note (PEP 678).
fn exc_add_note(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    let (e, note) = (&args[0], &args[1]);
    if note.layout() != Layout::Str {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            type_name(note)
        )));
    }
    // 3.11 keeps `__notes__` in the instance dict (its `notes` field is
    // unused).
    let key = new_str("__notes__")?;
    let existing = exc_body(e)
        .dict_table()
        .and_then(|t| t.borrow().get_str(&key));
    let notes = match existing {
        Some(n) => n,
        None => {
            let l = crate::objects::list::new_list(Vec::new())?;
            let d = exc_body(e).dict_object()?;
            crate::objects::dict::maintain_tracking(d, &key, &l);
            let old = crate::objects::dict::ops::table_of(d)
                .borrow_mut()
                .set_str(key, l.clone())?;
            drop(old);
            l
        }
    };
    if notes.layout() != Layout::List {
        return Err(type_error("Cannot add note: __notes__ is not a list"));
    }
    let append_name = new_str("append")?;
    let append = crate::protocol::attr::get_attr(vm, &notes, &append_name)?;
    crate::protocol::call::call(vm, &append, std::slice::from_ref(note), None)?;
    Ok(none())
}

/// The lines `__notes__` adds under a traceback's last line.
pub fn exception_notes(vm: &mut Vm, exc: &Obj) -> String {
    let Some(b) = exc.payload::<ExceptionBody>() else {
        return String::new();
    };
    let notes = match new_str("__notes__") {
        Ok(key) => b.dict_table().and_then(|t| t.borrow().get_str(&key)),
        Err(_) => None,
    };
    let Some(notes) = notes else {
        return String::new();
    };
    let mut out = String::new();
    let items = if notes.layout() == Layout::Str {
        None
    } else {
        crate::protocol::iter::collect(vm, &notes).ok()
    };
    match items {
        Some(items) => {
            for n in items {
                match repr::str_of(vm, &n) {
                    Ok(s) => out.push_str(crate::objects::str::as_str(&s)),
                    Err(_) => out.push_str("<note str() failed>"),
                }
                out.push('\n');
            }
        }
        None => {
            // Not a sequence: its repr, as CPython prints it.
            match repr::repr_string(vm, &notes) {
                Ok(s) => out.push_str(&s),
                Err(_) => out.push_str("<__notes__ repr() failed>"),
            }
            out.push('\n');
        }
    }
    out
}

/// `repr()` of an exception: `ValueError('m')`, `KeyError(1, 2)`.
pub(crate) fn exception_repr(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let name = type_name(o);
    let args = exc_body(o).args();
    let items = try_tuple_items(&args).expect("tuple");
    Ok(if items.len() == 1 {
        format!("{}({})", name, repr_string(vm, &items[0])?)
    } else {
        format!("{}{}", name, repr_string(vm, &args)?)
    })
}

/// Calling a built-in exception class: `OSError(errno, strerror, ...)`
/// makes the subclass for that errno (`OSError(2, 'x')` is a
/// FileNotFoundError), as CPython's `oserror_use_init`/`errmap`; keywords go
/// to `__init__`.
pub(crate) fn construct_exception(
    vm: &mut Vm,
    cls: &Obj,
    args: &[ObjRef],
    kwnames: Option<&Obj>,
) -> PyResult<ObjRef> {
    let (pos, _) = convert::split_kwargs(args, kwnames);
    let t = types();
    if is_subtype(cls, &t.base_exception_group) {
        if kwnames
            .and_then(try_tuple_items)
            .is_some_and(|k| !k.is_empty())
        {
            return Err(type_error(format!(
                "{}() takes no keyword arguments",
                cls.payload::<TypeBody>().expect("type").name()
            )));
        }
        return crate::objects::exception_group::group_new(vm, cls, pos);
    }
    let mut cls = cls.to_ref();
    if cls.is(&t.os_error) && (2..=5).contains(&pos.len()) {
        if let Some(errno) = crate::objects::int::int_small(&pos[0]) {
            // (Linux's numbers, CPython's errnomap.)
            let sub = match errno {
                2 => Some(&t.file_not_found_error),
                17 => Some(&t.file_exists_error),
                1 | 13 => Some(&t.permission_error),
                21 => Some(&t.is_a_directory_error),
                20 => Some(&t.not_a_directory_error),
                11 | 114 | 115 => Some(&t.blocking_io_error),
                10 => Some(&t.child_process_error),
                32 | 108 => Some(&t.broken_pipe_error),
                103 => Some(&t.connection_aborted_error),
                111 => Some(&t.connection_refused_error),
                104 => Some(&t.connection_reset_error),
                4 => Some(&t.interrupted_error),
                3 => Some(&t.process_lookup_error),
                110 => Some(&t.timeout_error),
                _ => None,
            };
            if let Some(sub) = sub {
                cls = sub.clone();
            }
        }
    }
    // The args tuple straight from the call's arguments: no Rust Vec per raise.
    let args_tuple = tuple::new_tuple_exact(pos.iter().cloned())?;
    let e = alloc_exception(&cls, args_tuple)?;
    if kwnames
        .and_then(try_tuple_items)
        .is_some_and(|k| !k.is_empty())
    {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(e.clone());
        full.extend_from_slice(args);
        exc_init(vm, &full, kwnames)?;
    }
    Ok(e)
}

/// A SyntaxError (or IndentationError, TabError) from the parser, as
/// CPython builds it: `args` is `(msg, (filename, lineno, offset, text,
/// end_lineno, end_offset))`; `lineno` is given by the caller (eval shifts
/// it).
pub fn syntax_error_from(e: &arenapy_syntax::SyntaxError, filename: &str, lineno: usize) -> PyErr {
    use arenapy_syntax::SyntaxErrorKind as K;
    let t = types();
    let cls = match e.kind {
        K::SyntaxError => &t.syntax_error,
        K::IndentationError => &t.indentation_error,
        K::TabError => &t.tab_error,
        // Raised by CPython's compiler and parser while compiling, as
        // plain exceptions: RecursionError(msg), MemoryError().
        K::RecursionError => {
            let made = new_str(&e.msg)
                .map_err(PyErr::from)
                .and_then(|m| new_exception(&t.recursion_error, vec![m]));
            return match made {
                Ok(x) => PyErr(x),
                Err(err) => err,
            };
        }
        K::MemoryError => {
            return match new_exception(&t.memory_error, vec![]) {
                Ok(x) => PyErr(x),
                Err(err) => err,
            }
        }
    };
    let build = || -> PyResult<ObjRef> {
        let int = |n: usize| crate::objects::int::new_int(n as i64);
        // CPython's tokenizer sees the input end with a newline.
        let text = match &e.text {
            Some(s) if s.ends_with('\n') => new_str(s)?,
            Some(s) => new_str(&format!("{s}\n"))?,
            None => none(),
        };
        let end_lineno = (e.end_lineno + lineno).saturating_sub(e.lineno);
        // CPython gives an unclosed bracket no end column.
        let end_offset = if e.msg.ends_with("was never closed") {
            0
        } else {
            e.end_offset
        };
        let info = new_tuple(vec![
            new_str(filename)?,
            int(lineno)?,
            int(e.offset)?,
            text,
            int(end_lineno)?,
            int(end_offset)?,
        ])?;
        new_exception(cls, vec![new_str(&e.msg)?, info])
    };
    match build() {
        Ok(x) => PyErr(x),
        Err(err) => err,
    }
}

/// A member of a SyntaxError (`msg`, `filename`, `lineno` ...); None
/// when `e` is no SyntaxError.
pub(crate) fn syntax_error_member(e: &Obj, name: &str) -> Option<ObjRef> {
    if members::family(e.ty()) != members::Family::SyntaxError {
        return None;
    }
    members::get(e, name)
}

/// Sets a member of `obj`'s family (`name`, `obj`, `path`, `value`,
/// `errno` ...); false when it has no such member. A group's `message` and
/// `exceptions` are read-only (refused before this).
pub(crate) fn set_member(obj: &Obj, name: &str, v: ObjRef) -> bool {
    if name == "written" {
        return false;
    }
    let name = if name == "characters_written" {
        "written"
    } else {
        name
    };
    members::set(obj, name, Some(v))
}

/// Puts this type's built-in methods into its namespace (at start-up).
pub(crate) fn install_methods() -> PyResult<()> {
    let t = types();
    let m = BuiltinKind::Method;
    builtin::install(
        &t.base_exception,
        "BaseException",
        &[
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("with_traceback", exc_with_traceback),
            ("add_note", exc_add_note),
            ("__setstate__", exc_setstate),
        ],
        m,
    )?;
    Ok(())
}

/// `BaseException.__setstate__(state)`: a dict's items become attributes;
/// None does nothing.
fn exc_setstate(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    crate::protocol::convert::check_args("__setstate__", &args[1..], 1, 1)?;
    let state = &args[1];
    if state.is(&types().none) {
        return Ok(none());
    }
    if crate::objects::dict::dict_body(state).is_none() {
        return Err(type_error("state is not a dictionary"));
    }
    for (k, v) in crate::objects::dict::dict_pairs(state) {
        crate::protocol::attr::set_attr(vm, &args[0], &k, v)?;
    }
    Ok(none())
}

/// An exception's `args`, `__cause__`, `__context__`,
/// `__suppress_context__`, `__traceback__`, `__dict__`, and its family's
/// members (`value`, `code`, `errno`, `lineno`, `name` ...).
pub(crate) fn exception_special_attr(obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let none = || types().none.clone();
    let e = obj.payload::<ExceptionBody>().expect("exception");
    Ok(Some(match name {
        "args" => e.args(),
        "__cause__" => e.cause.get().unwrap_or_else(none),
        "__context__" => e.context.get().unwrap_or_else(none),
        "__suppress_context__" => py_bool(e.suppress_context.get()),
        "__traceback__" => crate::objects::traceback::exception_traceback(obj)?,
        "__dict__" => e.dict_object()?.clone(),
        "characters_written" => match members::get(obj, "written") {
            Some(w) if !w.is(&types().none) => w,
            Some(_) => return Err(attribute_error("characters_written")),
            None => return Ok(None),
        },
        "written" => return Ok(None),
        _ => match members::get(obj, name) {
            Some(v) => v,
            None => return Ok(None),
        },
    }))
}
