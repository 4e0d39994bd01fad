//! Exceptions: the layout (args, traceback entries, cause, context), making
//! them from Rust (`type_error(...)`, `value_error(...)` ...), the methods
//! of `BaseException`, and `str()`/`repr()` of exceptions. Raising,
//! matching and tracebacks are in `eval::exceptions`.

use crate::memory::heap;
use crate::memory::heap::HVec;
use crate::memory::object::{alloc_object, Obj, ObjRef};
use crate::objects::bool::py_bool;
use crate::objects::dict::new_dict_from_table;
use crate::objects::dict::table::DictTable;
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
use std::cell::{Cell, RefCell};

/// One traceback entry: a code object and the instruction that was running.
pub struct TbEntry {
    pub code: ObjRef,
    pub instr: u32,
}

/// An exception instance (BaseException and every subclass).
pub struct ExceptionBody {
    pub args: RefCell<ObjRef>,
    pub dict: RefCell<DictTable>,
    /// Innermost frame last, as CPython prints them.
    pub traceback: RefCell<HVec<TbEntry>>,
    /// The traceback objects already made for `traceback` (the outermost
    /// one, and how many entries the chain covers): `e.__traceback__ is
    /// e.__traceback__`, and an entry added as the exception unwinds
    /// further becomes a new outer object whose `tb_next` is the old
    /// chain, as CPython's `PyTraceBack_Here` makes it. Reset whenever the
    /// entries are replaced.
    pub tb_objects: RefCell<Option<(ObjRef, usize)>>,
    pub cause: RefCell<Option<ObjRef>>,
    pub context: RefCell<Option<ObjRef>>,
    pub suppress_context: Cell<bool>,
    /// The `name` of a NameError, AttributeError or ImportError.
    pub name: RefCell<Option<ObjRef>>,
    /// An AttributeError's `obj`; for a NameError, the globals of the frame
    /// that raised it (where "Did you mean" looks; not visible to Python).
    pub obj: RefCell<Option<ObjRef>>,
}

impl ExceptionBody {
    /// A fresh body with `args` (a tuple) and nothing else set.
    pub fn new(args: ObjRef) -> ExceptionBody {
        ExceptionBody {
            args: RefCell::new(args),
            dict: RefCell::new(DictTable::new()),
            traceback: RefCell::new(heap::hvec()),
            tb_objects: RefCell::new(None),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            name: RefCell::new(None),
            obj: RefCell::new(None),
        }
    }
}

impl Traverse for ExceptionBody {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.args.borrow());
        for field in [&self.name, &self.obj] {
            if let Ok(f) = field.try_borrow() {
                if let Some(o) = &*f {
                    visit(o);
                }
            }
        }
        if let Ok(d) = self.dict.try_borrow() {
            d.traverse(visit);
        }
        if let Some(c) = &*self.cause.borrow() {
            visit(c);
        }
        if let Some(c) = &*self.context.borrow() {
            visit(c);
        }
        if let Ok(t) = self.tb_objects.try_borrow() {
            if let Some((head, _)) = &*t {
                visit(head);
            }
        }
    }

    fn clear(&self) {
        let t = self.dict.try_borrow_mut().map(|mut t| t.take_all());
        drop(t);
        let c = self.cause.try_borrow_mut().map(|mut c| c.take());
        drop(c);
        let c = self.context.try_borrow_mut().map(|mut c| c.take());
        drop(c);
        let c = self.obj.try_borrow_mut().map(|mut c| c.take());
        drop(c);
        let c = self.name.try_borrow_mut().map(|mut c| c.take());
        drop(c);
        let tb = self
            .traceback
            .try_borrow_mut()
            .map(|mut t| t.drain(..).collect::<Vec<_>>());
        drop(tb);
        let t = self.tb_objects.try_borrow_mut().map(|mut t| t.take());
        drop(t);
    }
}
impl VarSize for ExceptionBody {}

/// A new exception instance of class `ty` with `args`.
pub fn new_exception(ty: &Obj, args: Vec<ObjRef>) -> PyResult<ObjRef> {
    let args = tuple::new_tuple(args)?;
    Ok(alloc_object(ty, ExceptionBody::new(args), 0)?)
}

/// An exception of class `ty` with the one argument `arg` (its args tuple
/// made without a Rust Vec: errors raised in loops allocate only objects).
pub fn new_exception1(ty: &Obj, arg: ObjRef) -> PyResult<ObjRef> {
    let args = tuple::new_tuple_exact(std::iter::once(arg))?;
    Ok(alloc_object(ty, ExceptionBody::new(args), 0)?)
}

/// An exception of class `ty` with one str argument.
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

/// The five arguments of a UnicodeDecodeError / UnicodeEncodeError made
/// with them: (encoding, object, start, end, reason).
fn unicode_error_parts(o: &Obj) -> Option<Vec<ObjRef>> {
    let t = types();
    if !(is_subtype(o.ty(), &t.unicode_decode_error) || is_subtype(o.ty(), &t.unicode_encode_error))
    {
        return None;
    }
    let args = exc_body(o).args.borrow().clone();
    let items = try_tuple_items(&args)?;
    (items.len() == 5).then(|| items.to_vec())
}

/// CPython's `UnicodeDecodeError.__str__` / `UnicodeEncodeError.__str__`.
fn unicode_error_str(vm: &mut Vm, o: &Obj, parts: &[ObjRef]) -> PyResult<Option<String>> {
    let (Some(start), Some(end)) = (
        crate::objects::int::int_small(&parts[2]),
        crate::objects::int::int_small(&parts[3]),
    ) else {
        return Ok(None);
    };
    let enc = repr::str_string(vm, &parts[0])?;
    let reason = repr::str_string(vm, &parts[4])?;
    let decode = is_subtype(o.ty(), &types().unicode_decode_error);
    let one = end == start + 1;
    if decode {
        let byte = crate::objects::bytes::try_bytes(&parts[1])
            .and_then(|b| usize::try_from(start).ok().and_then(|i| b.get(i).copied()));
        return Ok(Some(match byte {
            Some(b) if one => {
                format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
            }
            _ => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        }));
    }
    let ch = crate::objects::str::try_str(&parts[1])
        .and_then(|s| usize::try_from(start).ok().and_then(|i| s.chars().nth(i)));
    Ok(Some(match ch {
        Some(c) if one => format!(
            "'{enc}' codec can't encode character {} in position {start}: {reason}",
            crate::objects::str::codecs::char_escape(c)
        ),
        _ => format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ),
    }))
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
    if let Some(parts) = unicode_error_parts(o) {
        if let Some(text) = unicode_error_str(vm, o, &parts)? {
            return Ok(new_str(&text)?);
        }
    }
    let args = exc_body(o).args.borrow().clone();
    let items = try_tuple_items(&args).expect("tuple");
    // OSError(errno, strerror[, filename]) prints as
    // `[Errno 2] No such file or directory: 'x'`.
    if (2..=3).contains(&items.len()) && typeobject::is_subtype(o.ty(), &types().os_error) {
        let mut s = format!(
            "[Errno {}] {}",
            repr::str_string(vm, &items[0])?,
            repr::str_string(vm, &items[1])?
        );
        if let Some(f) = items.get(2) {
            s.push_str(": ");
            s.push_str(&repr::repr_string(vm, f)?);
        }
        return Ok(new_str(&s)?);
    }
    // SyntaxError(msg, (filename, lineno, ...)) prints as
    // `msg (file.py, line 3)`, with the file's base name.
    if typeobject::is_subtype(o.ty(), &types().syntax_error) && items.len() != 2 {
        // `str(msg)`, where no args leave `msg` None.
        return repr::str_of(vm, &items.first().cloned().unwrap_or_else(none));
    }
    if typeobject::is_subtype(o.ty(), &types().syntax_error) {
        let e = exc_body(o);
        let msg = syntax_error_member(e, "msg").expect("msg");
        let msg = repr::str_string(vm, &msg)?;
        let filename = syntax_error_member(e, "filename").expect("filename");
        let lineno =
            syntax_error_member(e, "lineno").and_then(|l| crate::objects::int::int_small(&l));
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
        *exc_body(e).args.borrow_mut() = t;
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
    let key = new_str("__notes__")?;
    let existing = exc_body(e).dict.borrow().get_str(&key);
    let notes = match existing {
        Some(n) => n,
        None => {
            let l = crate::objects::list::new_list(Vec::new())?;
            let old = exc_body(e).dict.borrow_mut().set_str(key, l.clone())?;
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
        Ok(key) => b.dict.borrow().get_str(&key),
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
    let args = exc_body(o).args.borrow().clone();
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
            // Linux's numbers; CPython maps more errnos, to subclasses
            // arenapy does not have yet.
            let sub = match errno {
                2 => Some(&t.file_not_found_error),
                17 => Some(&t.file_exists_error),
                1 | 13 => Some(&t.permission_error),
                21 => Some(&t.is_a_directory_error),
                20 => Some(&t.not_a_directory_error),
                _ => None,
            };
            if let Some(sub) = sub {
                cls = sub.clone();
            }
        }
    }
    // The args tuple straight from the call's arguments: no Rust Vec per raise.
    let args_tuple = tuple::new_tuple_exact(pos.iter().cloned())?;
    let e = alloc_object(&cls, ExceptionBody::new(args_tuple), 0)?;
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

/// The members of a SyntaxError, read from its `args`:
/// `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
pub(crate) fn syntax_error_member(e: &ExceptionBody, name: &str) -> Option<ObjRef> {
    let args = e.args.borrow().clone();
    let items = try_tuple_items(&args)?;
    let index = match name {
        "msg" => return Some(items.first().cloned().unwrap_or_else(none)),
        "filename" => 0,
        "lineno" => 1,
        "offset" => 2,
        "text" => 3,
        "end_lineno" => 4,
        "end_offset" => 5,
        "print_file_and_line" => return Some(none()),
        _ => return None,
    };
    let info = items.get(1).filter(|_| items.len() == 2);
    Some(
        info.and_then(|i| try_tuple_items(i))
            .and_then(|i| i.get(index).cloned())
            .unwrap_or_else(none),
    )
}

/// Do instances of `obj`'s class have CPython's `name` member (NameError,
/// AttributeError, ImportError)?
pub(crate) fn has_name_field(obj: &Obj) -> bool {
    let t = types();
    [&t.name_error, &t.attribute_error, &t.import_error]
        .iter()
        .any(|c| is_subtype(obj.ty(), c))
}

/// Sets `name`, `obj` (AttributeError) or `path` (ImportError) of an
/// exception; false when `obj` has no such member.
pub(crate) fn set_member(obj: &Obj, name: &str, v: ObjRef) -> bool {
    let t = types();
    let e = exc_body(obj);
    let v = (!v.is(&t.none)).then_some(v);
    match name {
        "name" if has_name_field(obj) => *e.name.borrow_mut() = v,
        "obj" if is_subtype(obj.ty(), &t.attribute_error) => *e.obj.borrow_mut() = v,
        "path" if is_subtype(obj.ty(), &t.import_error) => *e.obj.borrow_mut() = v,
        _ => return false,
    }
    true
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
        ],
        m,
    )?;
    Ok(())
}

/// An exception's `args`, `__cause__`, `__context__`, `__suppress_context__`, `__dict__`, and the attributes of `StopIteration` (`value`), `SystemExit` (`code`) and `OSError` (`errno`, `strerror`, `filename`).
pub(crate) fn exception_special_attr(obj: &Obj, name: &str) -> PyResult<Option<ObjRef>> {
    let none = || types().none.clone();
    let e = obj.payload::<ExceptionBody>().expect("exception");
    Ok(Some(match name {
        "args" => e.args.borrow().clone(),
        "__cause__" => e.cause.borrow().clone().unwrap_or_else(none),
        "__context__" => e.context.borrow().clone().unwrap_or_else(none),
        "__suppress_context__" => py_bool(e.suppress_context.get()),
        "__traceback__" => crate::objects::traceback::exception_traceback(obj)?,
        "message" | "exceptions" if crate::objects::exception_group::is_group(obj) => {
            crate::objects::exception_group::group_special_attr(obj, name).expect("group")
        }
        _ if is_subtype(obj.ty(), &types().syntax_error)
            && syntax_error_member(e, name).is_some() =>
        {
            syntax_error_member(e, name).expect("member")
        }
        "name" if has_name_field(obj) => e.name.borrow().clone().unwrap_or_else(none),
        "obj" if is_subtype(obj.ty(), &types().attribute_error) => {
            e.obj.borrow().clone().unwrap_or_else(none)
        }
        "path" if is_subtype(obj.ty(), &types().import_error) => {
            e.obj.borrow().clone().unwrap_or_else(none)
        }
        "__dict__" => {
            let mut t = DictTable::new();
            for x in e.dict.borrow().iter() {
                t.insert_new(x.hash, x.key.clone(), x.value.clone())?;
            }
            new_dict_from_table(t)?
        }
        "value" if is_subtype(obj.ty(), &types().stop_iteration) => {
            let a = e.args.borrow().clone();
            try_tuple_items(&a)
                .and_then(|i| i.first().cloned())
                .unwrap_or_else(none)
        }
        "code" if is_subtype(obj.ty(), &types().system_exit) => {
            let a = e.args.borrow().clone();
            let items = try_tuple_items(&a).expect("tuple");
            match items.len() {
                0 => none(),
                1 => items[0].clone(),
                _ => a.clone(),
            }
        }
        "encoding" | "object" | "start" | "end" | "reason"
            if unicode_error_parts(obj).is_some() =>
        {
            let parts = unicode_error_parts(obj).expect("five arguments");
            let i = ["encoding", "object", "start", "end", "reason"]
                .iter()
                .position(|n| *n == name)
                .expect("a unicode error attribute");
            parts[i].clone()
        }
        // OSError(errno, strerror[, filename]).
        "errno" | "strerror" | "filename" if is_subtype(obj.ty(), &types().os_error) => {
            let a = e.args.borrow().clone();
            let items = try_tuple_items(&a).expect("tuple");
            let i = match name {
                "errno" => 0,
                "strerror" => 1,
                _ => 2,
            };
            if (2..=3).contains(&items.len()) {
                items.get(i).cloned().unwrap_or_else(none)
            } else {
                none()
            }
        }
        _ => return Ok(None),
    }))
}
