//! Raising and reporting exceptions: matching a raised exception against an
//! `except` clause, turning `raise X` operands into exception instances,
//! recording traceback entries as the exception leaves each frame, and
//! printing tracebacks in CPython 3.11's format (chained exceptions,
//! `^^^^` caret lines under the failing expression).

use crate::memory::object::{Obj, ObjRef};
use crate::objects::exception::{
    is_exception_class, is_exception_instance, type_error, ExceptionBody, TbEntry,
};
use crate::objects::function::code::CodeBody;
use crate::objects::typeobject::{is_subtype, TypeBody};
use crate::objects::{tuple, typeobject};
use crate::protocol::{call, repr};
use crate::vm::{PyResult, Vm};

/// Does `exc` match an `except` clause naming `spec` (a class or a tuple of
/// classes)? Errors if `spec` contains something that is not an exception
/// class, as CPython does.
pub fn exception_matches(exc: &Obj, spec: &Obj) -> PyResult<bool> {
    if let Some(items) = tuple::try_tuple_items(spec) {
        for item in items {
            if exception_matches(exc, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !is_exception_class(spec) {
        return Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    Ok(is_subtype(exc.ty(), spec))
}

/// Turns what `raise X` got into an exception instance: a class is called
/// with no arguments; an instance is used as is.
pub fn make_raisable(vm: &mut Vm, x: ObjRef) -> PyResult<ObjRef> {
    if is_exception_class(&x) {
        let inst = call::call(vm, &x, &[], None)?;
        if !is_exception_instance(&inst) {
            return Err(type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                typeobject::type_repr(&x),
                inst.type_body().name()
            )));
        }
        Ok(inst)
    } else if is_exception_instance(&x) {
        Ok(x)
    } else {
        Err(type_error("exceptions must derive from BaseException"))
    }
}

/// `raise e from cause`: sets `__cause__` and `__suppress_context__`.
#[inline(never)]
pub fn set_cause(e: &Obj, cause: Option<ObjRef>) {
    let b = crate::objects::exception::exc_body(e);
    b.cause.set(cause);
    b.suppress_context.set(true);
}

/// Adds a traceback entry for the frame running `code` at `instr`. Kept
/// out of line: inlined, the allocation it makes weighs on the codegen of
/// the dispatch loop that calls it.
#[inline(never)]
pub fn add_traceback(exc: &Obj, code: &ObjRef, instr: u32) {
    crate::objects::traceback::add_traceback(exc, code, instr);
}

/// The text after the colon of a traceback's last line: `str(exc)`.
pub fn exception_str(vm: &mut Vm, exc: &Obj) -> String {
    match repr::str_of(vm, exc) {
        Ok(s) => crate::objects::str::as_str(&s).to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    }
}

/// `ZeroDivisionError: division by zero` — the last line of a traceback.
pub fn exception_last_line(vm: &mut Vm, exc: &Obj) -> String {
    let ty = exc.ty();
    let tb = ty.payload::<TypeBody>().expect("type");
    let mut name = crate::objects::str::as_str(&tb.qualname.borrow()).to_string();
    if tb.has_flag(typeobject::flags::HEAPTYPE) {
        let module = typeobject::lookup_str(ty, "__module__")
            .and_then(|m| crate::objects::str::try_str(&m).map(|s| s.to_string()));
        if let Some(m) = module {
            if m != "builtins" && m != "__main__" {
                name = format!("{m}.{name}");
            }
        }
    }
    let msg = exception_str(vm, exc);
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// The full report CPython prints for an uncaught exception, with chained
/// causes and contexts first, and "Did you mean" for a NameError or
/// AttributeError (which only the interpreter's printer offers in 3.11).
pub fn format_exception(vm: &mut Vm, exc: &Obj) -> String {
    let mut ctx = PrintCtx::new(true);
    let mut out = String::new();
    print_recursive(vm, &mut ctx, exc, &mut out);
    out
}

/// The report of the `traceback` module: as [`format_exception`], without
/// the suggestions.
pub fn format_exception_plain(vm: &mut Vm, exc: &Obj) -> String {
    let mut ctx = PrintCtx::new(false);
    let mut out = String::new();
    print_recursive(vm, &mut ctx, exc, &mut out);
    out
}

/// CPython's `PyErr_MAX_GROUP_WIDTH` and `PyErr_MAX_GROUP_DEPTH`: how many
/// members of an exception group, and how many levels of nested groups,
/// are printed.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// CPython's `exception_print_context` (Python/pythonrun.c).
struct PrintCtx {
    /// Ids of the exceptions already printed (chains can loop).
    seen: Vec<usize>,
    suggest: bool,
    /// Nesting level in exception groups: lines are indented by two spaces
    /// a level and drawn with a `| ` margin.
    group_depth: usize,
    /// The innermost group's closing line is still to be drawn.
    need_close: bool,
    /// The interpreter's printer keeps `need_close` over a chained
    /// exception's report; traceback.py's `TracebackException.format` lets
    /// the chained one reset it, so a group member with a chained group
    /// loses its closing line there.
    keep_close_over_chain: bool,
}

impl PrintCtx {
    /// `interpreter`: the interpreter's printer, rather than the
    /// traceback module's.
    fn new(interpreter: bool) -> PrintCtx {
        PrintCtx {
            seen: Vec::new(),
            suggest: interpreter,
            group_depth: 0,
            need_close: false,
            keep_close_over_chain: interpreter,
        }
    }

    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// Indent and margin, written before every line inside a group.
    fn margin(&self) -> String {
        let m = if self.group_depth > 0 { "| " } else { "" };
        format!("{}{m}", self.indent())
    }
}

/// Appends `text` with `prefix` before each of its lines.
fn push_prefixed(out: &mut String, prefix: &str, text: &str) {
    if prefix.is_empty() {
        out.push_str(text);
        return;
    }
    for line in text.split_inclusive('\n') {
        out.push_str(prefix);
        out.push_str(line);
    }
}

/// CPython's `print_exception_recursive`: the chain first, then this
/// exception (a group with its members).
fn print_recursive(vm: &mut Vm, ctx: &mut PrintCtx, exc: &Obj, out: &mut String) {
    ctx.seen.push(exc.id());
    if let Some(b) = exc.payload::<ExceptionBody>() {
        let cause = b.cause.get();
        let context = b.context.get();
        let chained = match (cause, context) {
            (Some(c), _) => Some((
                c,
                "The above exception was the direct cause of the following exception:\n",
            )),
            (None, Some(c)) if !b.suppress_context.get() => Some((
                c,
                "During handling of the above exception, another exception occurred:\n",
            )),
            _ => None,
        };
        if let Some((c, message)) = chained {
            if !ctx.seen.contains(&c.id()) {
                let need_close = ctx.need_close;
                let r = crate::protocol::repr::recursive(vm, " in print_chained", |vm| {
                    print_recursive(vm, ctx, &c, out);
                    Ok(())
                });
                drop(r);
                if ctx.keep_close_over_chain {
                    ctx.need_close = need_close;
                }
                let m = ctx.margin();
                out.push_str(&format!("{m}\n{m}{message}{m}\n"));
            }
        }
    }
    if crate::objects::exception_group::is_group(exc) {
        print_group(vm, ctx, exc, out);
    } else {
        print_one(vm, ctx, exc, out);
    }
}

/// CPython's `print_exception`: the traceback, the last line and the notes
/// of one exception, inside the current group's margin.
fn print_one(vm: &mut Vm, ctx: &mut PrintCtx, exc: &Obj, out: &mut String) {
    let margin = ctx.margin();
    if exc.payload::<ExceptionBody>().is_some() {
        let tb = crate::objects::exception::tb_entries(exc);
        if !tb.is_empty() {
            let group = crate::objects::exception_group::is_group(exc);
            let (header, header_margin) = if group {
                let hm = if ctx.group_depth == 1 {
                    format!("{}+ ", ctx.indent())
                } else {
                    margin.clone()
                };
                ("Exception Group Traceback (most recent call last):\n", hm)
            } else {
                ("Traceback (most recent call last):\n", margin.clone())
            };
            out.push_str(&header_margin);
            out.push_str(header);
            // Entries were appended innermost first while unwinding.
            let mut entries = String::new();
            format_entries(vm, tb.iter().rev(), tb.len(), &mut entries);
            push_prefixed(out, &margin, &entries);
        }
    }
    let mut text = String::new();
    if let Some(loc) = syntax_error_location(vm, exc) {
        // CPython prints where a SyntaxError is, and its `msg` alone.
        text.push_str(&loc);
    } else {
        text.push_str(&exception_last_line(vm, exc));
        if ctx.suggest {
            if let Some(s) = crate::eval::suggestions::offer_suggestion(vm, exc) {
                text.push_str(&format!(". Did you mean: '{s}'?"));
            }
        }
        text.push('\n');
    }
    push_prefixed(out, &margin, &text);
    let notes = crate::objects::exception::exception_notes(vm, exc);
    push_prefixed(out, &margin, &notes);
}

/// CPython's `print_exception_group`: the group itself, then each member
/// in a numbered box, at most [`MAX_GROUP_WIDTH`] members and
/// [`MAX_GROUP_DEPTH`] levels.
fn print_group(vm: &mut Vm, ctx: &mut PrintCtx, exc: &Obj, out: &mut String) {
    if ctx.group_depth > MAX_GROUP_DEPTH {
        out.push_str(&format!(
            "{}... (max_group_depth is {MAX_GROUP_DEPTH})\n",
            ctx.margin()
        ));
        return;
    }
    if ctx.group_depth == 0 {
        ctx.group_depth = 1;
    }
    print_one(vm, ctx, exc, out);
    let excs = crate::objects::exception_group::group_exceptions(exc);
    let excs = crate::objects::tuple::try_tuple_items(&excs)
        .unwrap_or(&[])
        .to_vec();
    let n = excs.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for (i, e) in excs.iter().take(n).enumerate() {
        let last = i == n - 1;
        if last {
            // The closing line may be drawn by a nested group instead.
            ctx.need_close = true;
        }
        let lead = if i == 0 { "+-" } else { "  " };
        let truncated = i >= MAX_GROUP_WIDTH;
        let label = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        out.push_str(&format!(
            "{}{lead}+---------------- {label} ----------------\n",
            ctx.indent()
        ));
        ctx.group_depth += 1;
        if truncated {
            let remaining = excs.len() - MAX_GROUP_WIDTH;
            out.push_str(&format!(
                "{}and {remaining} more exception{}\n",
                ctx.margin(),
                if remaining > 1 { "s" } else { "" }
            ));
        } else {
            let r = crate::protocol::repr::recursive(vm, " in print_exception_group", |vm| {
                print_recursive(vm, ctx, e, out);
                Ok(())
            });
            drop(r);
        }
        if last && ctx.need_close {
            out.push_str(&format!(
                "{}+------------------------------------\n",
                ctx.indent()
            ));
            ctx.need_close = false;
        }
        ctx.group_depth -= 1;
    }
    if ctx.group_depth == 1 {
        ctx.group_depth = 0;
    }
}

/// For a SyntaxError with a line number: CPython's `print_exception` lines
/// for it (`File "f", line N`, the source line, carets) and
/// `SyntaxError: msg`.
fn syntax_error_location(vm: &mut Vm, exc: &Obj) -> Option<String> {
    use crate::objects::exception::syntax_error_member;
    if !is_subtype(exc.ty(), &crate::objects::registry::types().syntax_error) {
        return None;
    }
    let b = exc;
    let int = |n: &str| syntax_error_member(b, n).and_then(|v| crate::objects::int::int_small(&v));
    let lineno = int("lineno")?;
    let filename = syntax_error_member(b, "filename")
        .and_then(|f| crate::objects::str::try_str(&f).map(str::to_string))
        .unwrap_or_else(|| "<string>".to_string());
    let msg = syntax_error_member(b, "msg")?;
    let msg = repr::str_string(vm, &msg).ok()?;
    let text = syntax_error_member(b, "text")
        .and_then(|t| crate::objects::str::try_str(&t).map(str::to_string));
    let err = arenapy_syntax::SyntaxError {
        kind: arenapy_syntax::SyntaxErrorKind::SyntaxError,
        msg: String::new(),
        lineno: lineno.max(0) as usize,
        offset: int("offset").unwrap_or(0).max(0) as usize,
        end_lineno: int("end_lineno").unwrap_or(lineno).max(0) as usize,
        end_offset: int("end_offset").unwrap_or(0).max(0) as usize,
        text,
        incomplete: false,
    };
    let rendered = err.render(&filename);
    // `render` ends with its own `SyntaxError: ` line; the class and message
    // are this exception's.
    let location = rendered.strip_suffix("SyntaxError: \n")?;
    let mut out = location.to_string();
    let last = exception_last_line(vm, exc);
    let class = last.split(':').next().unwrap_or("SyntaxError");
    out.push_str(&format!("{class}: {msg}\n"));
    Some(out)
}

/// CPython's default `sys.tracebacklimit`: only the innermost 1000 entries
/// are printed.
const TRACEBACK_LIMIT: usize = 1000;
/// CPython's `TB_RECURSIVE_CUTOFF`: a line repeated more often is printed
/// three times, then counted.
const RECURSIVE_CUTOFF: usize = 3;

/// Prints `count` traceback entries, outermost first, as CPython's
/// `tb_print_internal`: at most [`TRACEBACK_LIMIT`], and a run of the same
/// file, line and function (recursion) collapsed to
/// `[Previous line repeated N more times]`.
pub(crate) fn format_entries<'a>(
    vm: &Vm,
    entries: impl Iterator<Item = &'a TbEntry>,
    count: usize,
    out: &mut String,
) {
    let mut last: Option<(String, u32, String)> = None;
    let mut repeated = 0usize;
    let flush = |repeated: usize, out: &mut String| {
        if repeated > RECURSIVE_CUTOFF {
            let n = repeated - RECURSIVE_CUTOFF;
            out.push_str(&format!(
                "  [Previous line repeated {n} more time{}]\n",
                if n > 1 { "s" } else { "" }
            ));
        }
    };
    for entry in entries.skip(count.saturating_sub(TRACEBACK_LIMIT)) {
        let key = entry.code.payload::<CodeBody>().map(|code| {
            let c = &code.code;
            let line = c.positions.get(entry.instr as usize).map_or(0, |p| p.line);
            (c.filename.to_string(), line, c.name.to_string())
        });
        if key.is_some() && key != last {
            flush(repeated, out);
            last = key;
            repeated = 0;
        }
        repeated += 1;
        if repeated <= RECURSIVE_CUTOFF {
            format_entry(vm, entry, out);
        }
    }
    flush(repeated, out);
}

/// CPython 3.11's `_extract_caret_anchors_from_line_segment`: for a
/// segment that is a binary operation, the byte range of its operator; for a
/// subscript, the range from the end of the value to the closing bracket.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use arenapy_syntax::ast::ExprKind;
    use arenapy_syntax::ast::StmtKind;
    let module = arenapy_syntax::parse_module(segment).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr(expr) = &stmt.kind else {
        return None;
    };
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            // CPython 3.11's `extract_anchors_from_expr`: the first
            // character between the operands that is neither whitespace nor
            // a closing parenthesis of the left operand.
            let bytes = segment.as_bytes();
            let (lo, hi) = (left.span.end as usize, right.span.start as usize);
            let mut anchors = None;
            for i in lo..hi.min(bytes.len()) {
                if bytes[i].is_ascii_whitespace() {
                    continue;
                }
                let mut right_anchor = i + 1;
                if i + 1 < hi && !bytes[i + 1].is_ascii_whitespace() {
                    right_anchor += 1;
                }
                anchors = Some((i, right_anchor));
                if i + 1 < hi && bytes[i] == b')' {
                    continue;
                }
                break;
            }
            anchors
        }
        ExprKind::Subscript { value, slice } => {
            Some((value.span.end as usize, slice.span.end as usize + 1))
        }
        _ => None,
    }
}

pub(crate) fn format_entry(vm: &Vm, entry: &TbEntry, out: &mut String) {
    let Some(code) = entry.code.payload::<CodeBody>() else {
        return;
    };
    let c = &code.code;
    let pos = c
        .positions
        .get(entry.instr as usize)
        .copied()
        .unwrap_or_default();
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        c.filename, pos.line, c.name
    ));
    if let Some(src) = vm.sources.get(&*c.filename) {
        if let Some(line) = src.lines().nth((pos.line as usize).wrapping_sub(1)) {
            let stripped = line.trim_start();
            let indent = line.len() - stripped.len();
            let stripped = stripped.trim_end();
            if stripped.is_empty() {
                return;
            }
            out.push_str("    ");
            out.push_str(stripped);
            out.push('\n');
            // 3.11 underlines the failing expression unless it is the
            // whole line with no operator or subscript to point at.
            if pos.end_line == pos.line {
                let (start, end) = (pos.col as usize, pos.end_col as usize);
                let segment = line
                    .get(start..end)
                    .filter(|_| start >= indent && end > start);
                let anchors = segment.and_then(caret_anchors);
                if let Some(segment) = segment.filter(|_| {
                    anchors.is_some() || !(start == indent && end >= indent + stripped.len())
                }) {
                    let pre = line[indent..start].chars().count();
                    out.push_str(&" ".repeat(4 + pre));
                    match anchors {
                        // A binary operation or subscript: `~` under the
                        // operands, `^` under the operator (CPython 3.11).
                        Some((a, b)) => {
                            for (i, (bi, _)) in segment.char_indices().enumerate() {
                                let _ = i;
                                out.push(if bi >= a && bi < b { '^' } else { '~' });
                            }
                        }
                        None => out.push_str(&"^".repeat(segment.chars().count())),
                    }
                    out.push('\n');
                }
            }
        }
    }
}
