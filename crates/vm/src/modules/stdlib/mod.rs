//! The standard modules arenapy ships inside its binary.
//!
//! Two kinds:
//! - native modules written in Rust (`time`, and the cores `_random`,
//!   `_os`, `_fileio`, `_tb`, `_re` and `_tracemalloc` of the Python modules
//!   `random`, `os`, `io`, `traceback`/`unittest`, `re` and `tracemalloc`), built by
//!   [`native_module`] on first import;
//! - pure-Python modules (`functools`, `itertools`, `collections`, ...), our
//!   own implementations in the Python subset arenapy runs, embedded with
//!   `include_str!` and executed into a fresh module on first import (their
//!   tracebacks say `File "<frozen NAME>"`).
//!
//! `modules/import.rs` asks this module after `sys.modules` and before
//! searching `sys.path`, so a script's own `random.py` does not shadow ours
//! (as in CPython, where the standard library comes first for frozen and
//! built-in modules).

pub mod fileio;
pub mod os;
pub mod random;
pub mod re;
pub mod re_syntax;
pub mod stdin;
pub mod tb;
pub mod time;
pub mod tracemalloc;
pub mod weakref;

use crate::memory::object::ObjRef;
use crate::vm::{PyResult, Vm};

/// The embedded pure-Python modules: (name, source).
const PY_MODULES: &[(&str, &str)] = &[
    ("__future__", include_str!("future.py")),
    ("abc", include_str!("abc.py")),
    ("bisect", include_str!("bisect.py")),
    ("collections", include_str!("collections.py")),
    ("collections.abc", include_str!("collections_abc.py")),
    ("contextlib", include_str!("contextlib.py")),
    ("copy", include_str!("copy.py")),
    ("dataclasses", include_str!("dataclasses.py")),
    ("enum", include_str!("enum.py")),
    ("fractions", include_str!("fractions.py")),
    ("functools", include_str!("functools.py")),
    ("heapq", include_str!("heapq.py")),
    ("itertools", include_str!("itertools.py")),
    ("json", include_str!("json.py")),
    ("keyword", include_str!("keyword.py")),
    ("logging", include_str!("logging.py")),
    ("numbers", include_str!("numbers.py")),
    ("_namedtuple", include_str!("namedtuple.py")),
    ("operator", include_str!("operator.py")),
    ("os", include_str!("os.py")),
    ("os.path", include_str!("os_path.py")),
    ("pprint", include_str!("pprint.py")),
    ("random", include_str!("random.py")),
    ("io", include_str!("io.py")),
    ("re", include_str!("re.py")),
    ("statistics", include_str!("statistics.py")),
    ("string", include_str!("string.py")),
    ("_structseq", include_str!("structseq.py")),
    ("_timefmt", include_str!("timefmt.py")),
    ("textwrap", include_str!("textwrap.py")),
    ("timeit", include_str!("timeit.py")),
    ("traceback", include_str!("traceback.py")),
    ("tracemalloc", include_str!("tracemalloc.py")),
    ("types", include_str!("types.py")),
    ("typing", include_str!("typing.py")),
    ("unittest", include_str!("unittest.py")),
    ("_unittest_case", include_str!("unittest_case.py")),
    ("warnings", include_str!("warnings.py")),
    ("weakref", include_str!("weakref.py")),
];

/// The source of the embedded module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    PY_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, src)| *src)
}

/// A fresh native module `name` (other than `sys`, `gc`, `math`, which
/// `modules/sys.rs`, `gc.rs` and `math/` build), if there is one.
pub fn native_module(vm: &mut Vm, name: &str) -> PyResult<Option<ObjRef>> {
    Ok(Some(match name {
        "time" => time::make()?,
        "_random" => random::make()?,
        "_os" => os::make(vm)?,
        "_fileio" => fileio::make()?,
        "_tb" => tb::make()?,
        "_re" => re::make()?,
        "_tracemalloc" => tracemalloc::make()?,
        "_weakref" => weakref::make()?,
        _ => return Ok(None),
    }))
}
