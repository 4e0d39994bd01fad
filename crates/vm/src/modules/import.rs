//! The import system, following CPython's order of search:
//!
//! 1. `sys.modules` (the dict `vm.modules`): a module runs at most once;
//! 2. the native modules written in Rust (`sys`, `gc`, `math`, `time`, and
//!    the cores `_random`, `_os`, `_fileio`, `_tb`, `_re`);
//! 3. the embedded pure-Python standard modules ([`crate::modules::stdlib`]), compiled
//!    from source carried inside the binary, shown as `<frozen NAME>`;
//! 4. `NAME.py` or the package `NAME/__init__.py` in each directory of
//!    `sys.path` (the script's directory first; for a submodule `a.b`, the
//!    directories in `a.__path__`).
//!
//! A module is put in `sys.modules` before its code runs, so a circular
//! import sees the partially initialised module, as in CPython; a module
//! whose code raises is removed again. `import a.b.c` imports `a`, `a.b`
//! and `a.b.c` in turn, binds each submodule as an attribute of its parent,
//! and returns the top-level module (the compiler walks down from there).

use crate::eval::code_load;
use crate::memory::object;
use crate::memory::object::{Obj, ObjRef};
use crate::modules;
use crate::modules::stdlib;
use crate::objects::dict::ops;
use crate::objects::exception::{import_error, module_not_found_error, type_error, value_error};
use crate::objects::list::ListBody;
use crate::objects::module::ModuleBody;
use crate::objects::str::{new_str, try_str};
use crate::objects::{dict, exception, list, module, registry};
use crate::protocol::attr;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

thread_local! {
    /// Names of modules whose code is running (for the "partially
    /// initialized module" wording of ImportError).
    static INITIALIZING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// `import name` (also `__import__(name)`): the top-level module.
pub fn import(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    if name.starts_with('.') {
        return Err(import_error(
            "attempted relative import with no known parent package",
        ));
    }
    if name.is_empty() {
        return Err(value_error("Empty module name"));
    }
    let mut top = None;
    let mut end = 0;
    for (i, part) in name.split('.').enumerate() {
        end += part.len() + usize::from(i > 0);
        let m = import_one(vm, &name[..end])?;
        if i == 0 {
            top = Some(m);
        }
    }
    Ok(top.expect("at least one part"))
}

/// `sys.modules[name]`, if present.
pub fn lookup(vm: &Vm, name: &str) -> PyResult<Option<ObjRef>> {
    Ok(get(&vm.modules, name))
}

/// `d[key]` for a dict with str keys.
pub(crate) fn get(d: &Obj, key: &str) -> Option<ObjRef> {
    dict::dict_body(d)?.table.borrow().get_rust_str(key)
}

/// ModuleNotFoundError with its `name`.
fn not_found(msg: String, name: &str) -> crate::vm::PyErr {
    let e = module_not_found_error(msg);
    if let Ok(n) = new_str(name) {
        crate::objects::exception_members::set(&e.0, "name", Some(n));
    }
    e
}

fn import_one(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    if let Some(m) = lookup(vm, name)? {
        return Ok(m);
    }
    let (parent, last) = match name.rsplit_once('.') {
        Some((p, l)) => (lookup(vm, p)?, l),
        None => (None, name),
    };
    let m = if name == "__main__" {
        // The script's namespace as a module object, made on first import
        // (`unittest.main()` finds the tests there).
        let m = object::alloc_object(
            &registry::types().module,
            ModuleBody::new(new_str(name)?, vm.main_globals.clone()),
            0,
        )?;
        ops::dict_set_str(&vm.modules, new_str(name)?, m.clone())?;
        m
    } else if let Some(m) = modules::native_module(vm, name)? {
        ops::dict_set_str(&vm.modules, new_str(name)?, m.clone())?;
        m
    } else if let Some(src) = stdlib::source(name) {
        let filename = format!("<frozen {name}>");
        exec_source(vm, name, src, &filename, None, None)?
    } else {
        let dirs = match &parent {
            None => sys_path(vm)?,
            Some(p) => match package_path(p) {
                Some(dirs) => dirs,
                None => {
                    let pname = &name[..name.len() - last.len() - 1];
                    return Err(not_found(
                        format!("No module named '{name}'; '{pname}' is not a package"),
                        name,
                    ));
                }
            },
        };
        match find_file(&dirs, last) {
            Some((file, pkg_dir)) => {
                let bytes = std::fs::read(&file)
                    .map_err(|e| import_error(format!("cannot read {file}: {e}")))?;
                let src = arenapy_syntax::decode_source(&bytes, &file)
                    .map_err(|msg| exception::new_error(&registry::types().syntax_error, &msg))?;
                exec_source(vm, name, &src, &file.clone(), Some(&file), pkg_dir)?
            }
            None => {
                return Err(not_found(format!("No module named '{name}'"), name));
            }
        }
    };
    if let Some(p) = parent {
        if let Some(pb) = p.payload::<ModuleBody>() {
            ops::dict_set_str(&pb.dict, new_str(last)?, m.clone())?;
        }
    }
    Ok(m)
}

/// The directories of `sys.path` (`""` meaning the current directory).
fn sys_path(vm: &mut Vm) -> PyResult<Vec<String>> {
    let sys = import_one(vm, "sys")?;
    let d = &sys.payload::<ModuleBody>().expect("module").dict;
    let Some(path) = get(d, "path") else {
        return Ok(Vec::new());
    };
    let Some(l) = path.payload::<ListBody>() else {
        return Err(type_error("sys.path must be a list"));
    };
    let items = l.items.borrow().iter().cloned().collect::<Vec<_>>();
    Ok(items
        .iter()
        .filter_map(|p| try_str(p).map(|s| s.to_string()))
        .collect())
}

fn package_path(m: &Obj) -> Option<Vec<String>> {
    let d = &m.payload::<ModuleBody>()?.dict;
    let p = get(d, "__path__")?;
    let l = p.payload::<ListBody>()?;
    let items = l.items.borrow();
    Some(
        items
            .iter()
            .filter_map(|p| try_str(p).map(|s| s.to_string()))
            .collect(),
    )
}

/// `(file, package directory)` of module `last` in one of `dirs`.
fn find_file(dirs: &[String], last: &str) -> Option<(String, Option<String>)> {
    for dir in dirs {
        let base = if dir.is_empty() {
            std::env::current_dir()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default()
        } else {
            dir.clone()
        };
        let pkg = std::path::Path::new(&base).join(last);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Some((
                init.to_string_lossy().into_owned(),
                Some(pkg.to_string_lossy().into_owned()),
            ));
        }
        let file = std::path::Path::new(&base).join(format!("{last}.py"));
        if file.is_file() {
            return Some((file.to_string_lossy().into_owned(), None));
        }
    }
    None
}

/// Runs `source` as the body of a new module `name` registered in
/// `sys.modules` (removed again if the body raises).
fn exec_source(
    vm: &mut Vm,
    name: &str,
    source: &str,
    filename: &str,
    file: Option<&str>,
    pkg_dir: Option<String>,
) -> PyResult<ObjRef> {
    let m = module::new_module(name)?;
    let globals = m.payload::<ModuleBody>().expect("module").dict.clone();
    let set = |k: &str, v: ObjRef| ops::dict_set_str(&globals, new_str(k)?, v);
    set("__doc__", vm.none())?;
    if let Some(f) = file {
        set("__file__", new_str(f)?)?;
    }
    let package = match &pkg_dir {
        Some(dir) => {
            set("__path__", list::new_list(vec![new_str(dir)?])?)?;
            name.to_string()
        }
        None => name.rsplit_once('.').map_or("", |(p, _)| p).to_string(),
    };
    set("__package__", new_str(&package)?)?;
    set("__builtins__", vm.builtins.clone())?;
    let code = arenapy_syntax::parse_module(source)
        .and_then(|ast| {
            arenapy_compiler::compile(&ast, source, filename, arenapy_compiler::Mode::Exec)
        })
        .map_err(|e| exception::syntax_error_from(&e, filename, e.lineno))?;
    crate::eval::eval_exec::print_compile_warnings(vm, filename, source);
    if file.is_some() {
        vm.sources.insert(filename.to_string(), source.to_string());
    }
    let key = new_str(name)?;
    ops::dict_set_str(&vm.modules, key.clone(), m.clone())?;
    INITIALIZING.with(|s| s.borrow_mut().push(name.to_string()));
    let r = code_load::run_module(vm, &code, globals.clone());
    INITIALIZING.with(|s| s.borrow_mut().pop());
    if let Err(e) = r {
        let _ = ops::dict_pop(vm, &vm.modules.clone(), &key);
        return Err(e);
    }
    // The module object in sys.modules is what `import` yields (a module
    // may replace itself there).
    Ok(ops::dict_get_str(&vm.modules, &key).unwrap_or(m))
}

/// `from m import name` (the ImportFrom instruction): an attribute of the
/// module, else the submodule `m.name` from `sys.modules`.
pub fn import_from(vm: &mut Vm, m: &Obj, name: &Obj) -> PyResult<ObjRef> {
    if let Some(v) = attr::get_attr_opt(vm, m, try_str(name).unwrap_or(""))? {
        return Ok(v);
    }
    let mname = module::module_name(m);
    let attr = try_str(name).unwrap_or("?");
    if m.payload::<ModuleBody>().is_some() {
        if let Some(sub) = lookup(vm, &format!("{mname}.{attr}"))? {
            return Ok(sub);
        }
    }
    let file = m
        .payload::<ModuleBody>()
        .and_then(|b| get(&b.dict, "__file__"))
        .and_then(|f| try_str(&f).map(|s| s.to_string()));
    let location = file.unwrap_or_else(|| "unknown location".to_string());
    let partial = INITIALIZING.with(|s| s.borrow().contains(&mname));
    Err(if partial {
        import_error(format!(
            "cannot import name '{attr}' from partially initialized module '{mname}' \
             (most likely due to a circular import) ({location})"
        ))
    } else {
        import_error(format!(
            "cannot import name '{attr}' from '{mname}' ({location})"
        ))
    })
}
