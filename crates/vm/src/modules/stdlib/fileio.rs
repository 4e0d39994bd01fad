//! `_fileio`: the native core of `open()` and the `io` module — files as
//! small integer handles into a per-thread table of open OS files. The
//! Python-level file objects (`io.TextIOWrapper`, `io.BufferedReader`...)
//! are written in Python in `io.py` on top of these calls.
//!
//! File contents read into Python become str/bytes objects on the heap like
//! any other; the OS file handles and their read buffers live in Rust's
//! allocator (they are not Python objects).

use crate::memory::object::{Obj, ObjRef};
use crate::modules::add_fns;
use crate::objects::exception::{new_exception, type_error, value_error};
use crate::objects::int::new_int;
use crate::objects::module::new_module;
use crate::objects::registry::types;
use crate::objects::str::{new_str, try_str};
use crate::objects::{bytes, exception};
use crate::protocol::convert::{check_args, index_value};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};

use super::stdin::{is_interrupt, InterruptibleStdin};

enum Handle {
    Read(BufReader<std::fs::File>),
    Write(std::io::BufWriter<std::fs::File>),
    /// Handle 0: the process's standard input (sys.stdin).
    Stdin(BufReader<InterruptibleStdin>),
}

thread_local! {
    static FILES: RefCell<(i64, HashMap<i64, Handle>)> = RefCell::new((3, HashMap::from([
        (0, Handle::Stdin(BufReader::new(InterruptibleStdin::default()))),
    ])));
}

pub fn make() -> PyResult<ObjRef> {
    let m = new_module("_fileio")?;
    add_fns(
        &m,
        "_fileio",
        &[
            ("open", f_open),
            ("read", f_read),
            ("readline", f_readline),
            ("write", f_write),
            ("flush", f_flush),
            ("close", f_close),
            ("seek", f_seek),
            ("tell", f_tell),
        ],
    )?;
    Ok(m)
}

/// An OSError subclass for an I/O error, with CPython's errno and message:
/// `FileNotFoundError: [Errno 2] No such file or directory: 'x.txt'`.
pub fn os_error(e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let t = types();
    if is_interrupt(e) {
        // A read cut short by Ctrl-C (see `stdin`): the flag is taken here,
        // the KeyboardInterrupt raised instead.
        crate::modules::stdlib::stdin::take_interrupt();
        return exception::new_error(&t.keyboard_interrupt, "");
    }
    let (ty, errno, msg) = match e.kind() {
        std::io::ErrorKind::NotFound => (&t.file_not_found_error, 2, "No such file or directory"),
        std::io::ErrorKind::PermissionDenied => (&t.permission_error, 13, "Permission denied"),
        std::io::ErrorKind::AlreadyExists => (&t.file_exists_error, 17, "File exists"),
        _ if e.raw_os_error() == Some(21) => (&t.is_a_directory_error, 21, "Is a directory"),
        _ if e.raw_os_error() == Some(32) => (&t.broken_pipe_error, 32, "Broken pipe"),
        _ if e.raw_os_error() == Some(28) => (&t.os_error, 28, "No space left on device"),
        _ => (
            &t.os_error,
            e.raw_os_error().unwrap_or(5) as i64,
            "Input/output error",
        ),
    };
    let build = || -> PyResult<ObjRef> {
        let mut args = vec![new_int(errno)?, new_str(msg)?];
        if let Some(f) = filename {
            args.push(new_str(f)?);
        }
        new_exception(ty, args)
    };
    match build() {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

fn handle_of(o: &Obj) -> PyResult<i64> {
    index_value(o)
}

fn with_handle<R>(h: i64, f: impl FnOnce(&mut Handle) -> R) -> PyResult<R> {
    FILES.with(|files| {
        let mut files = files.borrow_mut();
        match files.1.get_mut(&h) {
            Some(handle) => Ok(f(handle)),
            None => Err(value_error("I/O operation on closed file.")),
        }
    })
}

/// `_fileio.open(path, mode)`: mode is one of r, w, a, x (binary-ness is
/// the Python layer's business).
fn f_open(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("open", args, 2, 2)?;
    let path = try_str(&args[0]).ok_or_else(|| type_error("expected str path"))?;
    let mode = try_str(&args[1]).unwrap_or("r");
    let mut opts = std::fs::OpenOptions::new();
    match mode {
        "r" => opts.read(true),
        "w" => opts.write(true).create(true).truncate(true),
        "a" => opts.append(true).create(true),
        "x" => opts.write(true).create_new(true),
        _ => return Err(value_error(format!("invalid mode: '{mode}'"))),
    };
    let file = opts.open(path).map_err(|e| os_error(&e, Some(path)))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(os_error(&std::io::Error::from_raw_os_error(21), Some(path)));
    }
    let handle = if mode == "r" {
        Handle::Read(BufReader::new(file))
    } else {
        Handle::Write(std::io::BufWriter::new(file))
    };
    let id = FILES.with(|files| {
        let mut files = files.borrow_mut();
        let id = files.0;
        files.0 += 1;
        files.1.insert(id, handle);
        id
    });
    Ok(new_int(id)?)
}

/// `_fileio.read(h, size)`: up to `size` bytes (all if negative) as bytes
/// data in a str-of-latin-1 is not used: returns raw bytes.
fn f_read(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("read", args, 2, 2)?;
    let h = handle_of(&args[0])?;
    let size = index_value(&args[1])?;
    let data = with_handle(h, |handle| -> std::io::Result<Vec<u8>> {
        let r: &mut dyn BufRead = match handle {
            Handle::Read(r) => r,
            Handle::Stdin(r) => r,
            Handle::Write(_) => return Err(std::io::Error::other("not readable")),
        };
        let mut buf = Vec::new();
        if size < 0 {
            r.read_to_end(&mut buf)?;
        } else {
            r.take(size as u64).read_to_end(&mut buf)?;
        }
        Ok(buf)
    })?
    .map_err(|e| unsupported_or(e, "not readable"))?;
    Ok(bytes::new_bytes(&data)?)
}

fn unsupported_or(e: std::io::Error, what: &str) -> PyErr {
    if e.to_string() == what {
        let t = types();
        return exception::new_error(&t.os_error, what);
    }
    os_error(&e, None)
}

/// `_fileio.readline(h)`: one line including its `\n`, as bytes.
fn f_readline(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("readline", args, 1, 1)?;
    let h = handle_of(&args[0])?;
    let data = with_handle(h, |handle| -> std::io::Result<Vec<u8>> {
        let r: &mut dyn BufRead = match handle {
            Handle::Read(r) => r,
            Handle::Stdin(r) => r,
            Handle::Write(_) => return Err(std::io::Error::other("not readable")),
        };
        let mut buf = Vec::new();
        r.read_until(b'\n', &mut buf)?;
        Ok(buf)
    })?
    .map_err(|e| unsupported_or(e, "not readable"))?;
    Ok(bytes::new_bytes(&data)?)
}

/// `_fileio.write(h, data)`: data is bytes; returns the count written.
fn f_write(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("write", args, 2, 2)?;
    let h = handle_of(&args[0])?;
    let data = bytes::try_bytes(&args[1])
        .ok_or_else(|| type_error("write() needs bytes"))?
        .to_vec();
    with_handle(h, |handle| -> std::io::Result<()> {
        let Handle::Write(w) = handle else {
            return Err(std::io::Error::other("not writable"));
        };
        w.write_all(&data)
    })?
    .map_err(|e| unsupported_or(e, "not writable"))?;
    Ok(new_int(data.len() as i64)?)
}

fn f_flush(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("flush", args, 1, 1)?;
    let h = handle_of(&args[0])?;
    with_handle(h, |handle| match handle {
        Handle::Write(w) => w.flush(),
        Handle::Read(_) | Handle::Stdin(_) => Ok(()),
    })?
    .map_err(|e| os_error(&e, None))?;
    Ok(vm.none())
}

fn f_close(vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("close", args, 1, 1)?;
    let h = handle_of(&args[0])?;
    if h == 0 {
        return Ok(vm.none());
    }
    let handle = FILES.with(|files| files.borrow_mut().1.remove(&h));
    if let Some(Handle::Write(mut w)) = handle {
        w.flush().map_err(|e| os_error(&e, None))?;
    }
    Ok(vm.none())
}

fn f_seek(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("seek", args, 2, 2)?;
    let h = handle_of(&args[0])?;
    let pos = index_value(&args[1])?.max(0) as u64;
    let r = with_handle(h, |handle| match handle {
        Handle::Read(r) => r.seek(SeekFrom::Start(pos)),
        Handle::Write(w) => w.seek(SeekFrom::Start(pos)),
        Handle::Stdin(_) => Err(std::io::Error::other("stdin is not seekable")),
    })?
    .map_err(|e| os_error(&e, None))?;
    Ok(new_int(r as i64)?)
}

fn f_tell(_vm: &mut Vm, args: &[ObjRef], _kw: Option<&Obj>) -> PyResult<ObjRef> {
    check_args("tell", args, 1, 1)?;
    let h = handle_of(&args[0])?;
    let r = with_handle(h, |handle| match handle {
        Handle::Read(r) => r.stream_position(),
        Handle::Write(w) => w.stream_position(),
        Handle::Stdin(_) => Err(std::io::Error::other("stdin is not seekable")),
    })?
    .map_err(|e| os_error(&e, None))?;
    Ok(new_int(r as i64)?)
}

/// One line of standard input (with its newline), through the same buffer
/// sys.stdin reads from, so `input()` and `sys.stdin` can be mixed.
pub fn stdin_line() -> std::io::Result<Vec<u8>> {
    FILES.with(|files| {
        let mut files = files.borrow_mut();
        let mut buf = Vec::new();
        if let Some(Handle::Stdin(r)) = files.1.get_mut(&0) {
            r.read_until(b'\n', &mut buf)?;
        }
        Ok(buf)
    })
}

/// Closes every file the program left open (interpreter teardown), flushing
/// what was written, as CPython's file objects do when they are finalized.
pub fn close_all() {
    let files = FILES.with(|f| std::mem::take(&mut f.borrow_mut().1));
    for (_, h) in files {
        if let Handle::Write(mut w) = h {
            let _ = w.flush();
        }
    }
}
