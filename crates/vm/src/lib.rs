//! The arenapy virtual machine: objects on the layered heap, reference
//! counting, the cycle collector, the interpreter loop, built-ins.
//!
//! Module map (the pipeline's back half), cut as CPython's source is
//! (`docs/architecture.md` draws it):
//! - [`objects`]: one file or folder per built-in type — layout,
//!   construction, methods, repr — as CPython's `Objects/`;
//! - [`protocol`]: the abstract operations that dispatch over types
//!   (operators, comparison, hashing, attributes, calls, subscripts,
//!   iteration), as `Objects/abstract.c` and `object.c`;
//! - [`eval`]: the dispatch loop, frames, name lookup, exceptions and
//!   tracebacks, as `Python/ceval.c`;
//! - [`memory`]: the heap binding, the object header and references, free
//!   lists, the cycle collector, finalizers, counters and the memory report;
//! - [`modules`]: `builtins`, `sys`, `gc`, `math`, import and the shipped
//!   standard library;
//! - [`vm`]: the per-thread interpreter state and the error type;
//!   [`complete`]: the REPL's tab completion.
//!
//! [`Interpreter`] owns one interpreter on the current thread: creating it
//! installs the heap and the built-in types; dropping it tears everything
//! down and returns the final heap statistics.

pub mod complete;
pub mod eval;
pub mod memory;
pub mod modules;
pub mod objects;
pub mod protocol;
pub mod vm;

use crate::memory::object::{Obj, ObjRef};
use crate::memory::{collector, finalize, freelist, gc, heap, report};
use crate::objects::{dict, registry, singletons};
use crate::vm::{PyErr, Vm};
use arenapy_alloc::{Geometry, Heap, HeapStats, Profile};
use std::rc::Rc;

pub const VERSION_STRING: &str = concat!("3.11.0 (arenapy ", env!("CARGO_PKG_VERSION"), ")");

/// How to set up an interpreter.
#[derive(Clone, Debug)]
pub struct Config {
    pub profile: Profile,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Layer-1 byte limit: allocations past it raise MemoryError.
    pub heap_limit: Option<usize>,
    /// Collect at every container allocation (to shake out missing edges).
    pub gc_stress: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            profile: Profile::Classic,
            argv: vec![String::new()],
            heap_limit: None,
            gc_stress: false,
        }
    }
}

/// What running some code ended with.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Ran to the end.
    Ok,
    /// Uncaught exception (already reported on stderr) or SystemExit: the
    /// process exit status.
    Exit(i32),
}

/// What teardown found: the heap after every object the program made is
/// gone. `blocks_in_use` should equal `baseline_blocks`, the blocks held by
/// the interpreter's own immortal objects (built-in types, their method
/// tables, singletons) counted right after they were created; anything more
/// is a leak.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeardownReport {
    pub blocks_in_use: usize,
    pub raw_blocks_in_use: usize,
    pub baseline_blocks: usize,
    pub baseline_raw_blocks: usize,
    pub final_stats: HeapStats,
}

impl TeardownReport {
    pub fn leaked_blocks(&self) -> isize {
        (self.blocks_in_use + self.raw_blocks_in_use) as isize
            - (self.baseline_blocks + self.baseline_raw_blocks) as isize
    }
}

/// One interpreter on the current thread.
pub struct Interpreter {
    vm: Option<Vm>,
    profile: Profile,
    /// Set when the last run ended with SystemExit (the REPL then quits).
    system_exit: bool,
    /// (object-allocator blocks, raw blocks) held by the immortal built-ins.
    baseline: (usize, usize),
    /// Counters at the end of start-up, for "during the program" reports.
    startup: report::Baseline,
    /// `--why-alive-at-exit`: report teardown's survivors on stderr.
    why_alive_at_exit: bool,
}

impl Interpreter {
    pub fn new(config: Config) -> Interpreter {
        let geometry: Geometry = config.profile.geometry();
        let mut heap = Heap::new(geometry);
        heap.set_limit(None);
        heap::install(heap);
        freelist::install(config.profile == Profile::Classic);
        gc::install();
        collector::set_stress(config.gc_stress);
        objects::registry::install(config.profile).expect("heap too small for the built-in types");
        objects::install_all().expect("installing built-in methods");
        // The built-ins just made are immortal and untracked: they do not
        // count towards the first collection.
        gc::reset_count();
        let baseline = heap::with_heap(|h| {
            let s = h.stats();
            (s.obj_blocks_in_use, s.raw_blocks_in_use)
        });
        let builtins = objects::dict::new_dict().expect("builtins namespace");
        let modules = objects::dict::new_dict().expect("modules");
        let main_globals = objects::dict::new_dict().expect("globals");
        let mut vm = Vm {
            builtins: builtins.clone(),
            modules,
            main_globals: main_globals.clone(),
            handled_exc: None,
            recursion_depth: 0,
            recursion_limit: 1000,
            stack_low: usize::MAX,
            frame_pool: Vec::new(),
            retained_code: None,
            frame_request: None,
            out: std::io::BufWriter::with_capacity(1 << 14, std::io::stdout()),
            interrupt: Default::default(),
            argv: config.argv.clone(),
            sources: Default::default(),
        };
        modules::builtins::populate(&mut vm, &builtins).expect("builtins");
        let set = |k: &str, v: ObjRef| {
            dict::ops::dict_set_str(&main_globals, objects::str::new_str(k).expect("str"), v)
                .expect("globals");
        };
        set("__name__", objects::str::new_str("__main__").expect("str"));
        // `__main__.__builtins__` is the builtins module (CPython); other
        // modules' and exec()'s globals get the builtins dict.
        let builtins_module =
            modules::import::import(&mut vm, "builtins").expect("builtins module");
        set("__builtins__", builtins_module);
        set("__doc__", registry::types().none.clone());
        arenapy_format::set_room_check(heap::has_room);
        modules::stdlib::stdin::set_interrupt_flag(vm.interrupt.clone());
        if let Some(limit) = config.heap_limit {
            heap::with_heap(|h| {
                let used = h.stats().raw_bytes_in_use;
                h.set_limit(Some(used + limit))
            });
        }
        Interpreter {
            vm: Some(vm),
            profile: config.profile,
            system_exit: false,
            baseline,
            startup: report::Baseline::now(),
            why_alive_at_exit: false,
        }
    }

    /// True once, after a run that ended in SystemExit.
    pub fn take_system_exit(&mut self) -> bool {
        std::mem::take(&mut self.system_exit)
    }

    /// A full collection (`gc.collect()`): the number of unreachable objects.
    pub fn collect(&mut self) -> usize {
        collector::collect(self.vm(), 2)
    }

    /// The counters at the end of start-up.
    pub fn baseline(&self) -> &report::Baseline {
        &self.startup
    }

    /// Makes "during the program" count from now (the REPL's per-input diff).
    pub fn reset_baseline(&mut self) {
        self.startup = report::Baseline::now();
    }

    pub fn profile(&self) -> Profile {
        self.profile
    }

    pub fn vm(&mut self) -> &mut Vm {
        self.vm.as_mut().expect("live interpreter")
    }

    /// The flag a Ctrl-C handler sets to interrupt running code.
    pub fn interrupt_flag(&mut self) -> std::sync::Arc<std::sync::atomic::AtomicBool> {
        self.vm().interrupt.clone()
    }

    /// Parses and compiles `source`; errors are rendered SyntaxErrors.
    pub fn compile(
        &mut self,
        source: &str,
        filename: &str,
        mode: arenapy_compiler::Mode,
    ) -> Result<Rc<arenapy_compiler::code::CodeObject>, arenapy_syntax::SyntaxError> {
        let module = arenapy_syntax::parse_module(source)?;
        let code = arenapy_compiler::compile(&module, source, filename, mode);
        eval::eval_exec::print_compile_warnings(self.vm(), filename, source);
        code
    }

    /// Runs a script; reports an uncaught exception on stderr.
    pub fn run_source(&mut self, source: &str, filename: &str) -> Outcome {
        if !filename.starts_with('<') {
            // The script's `__file__`, as CPython sets it; part of start-up
            // for the memory report.
            let vm = self.vm();
            let set = objects::str::new_str("__file__")
                .and_then(|k| Ok((k, objects::str::new_str(filename)?)));
            if let Ok((k, v)) = set {
                let _ = dict::ops::dict_set_str(&vm.main_globals, k, v);
            }
            self.reset_baseline();
        }
        self.run(source, filename, arenapy_compiler::Mode::Exec)
    }

    /// Runs one REPL input (expression values are printed).
    pub fn run_interactive(&mut self, source: &str) -> Outcome {
        self.run(source, "<stdin>", arenapy_compiler::Mode::Interactive)
    }

    fn run(&mut self, source: &str, filename: &str, mode: arenapy_compiler::Mode) -> Outcome {
        let code = match self.compile(source, filename, mode) {
            Ok(c) => c,
            Err(e) => {
                self.vm().flush();
                eprint!("{}", e.render(filename));
                return Outcome::Exit(1);
            }
        };
        let vm = self.vm();
        vm.sources.insert(filename.to_string(), source.to_string());
        let globals = vm.main_globals.clone();
        let r = eval::code_load::run_module(vm, &code, globals);
        finalize::run_pending(vm);
        let out = match r {
            Ok(()) => Outcome::Ok,
            Err(e) => self.report_exception(e),
        };
        if let Err(e) = self.vm().try_flush() {
            // CPython's flush of sys.stdout at exit: reported as unraisable,
            // and the process exits 120.
            let vm = self.vm();
            let text = eval::exceptions::format_exception(vm, &e.0);
            eprint!("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{text}");
            return Outcome::Exit(120);
        }
        out
    }

    /// Prints an uncaught exception like CPython and returns the exit status.
    fn report_exception(&mut self, e: PyErr) -> Outcome {
        let vm = self.vm();
        vm.flush();
        let t = registry::types();
        if objects::typeobject::is_subtype(e.0.ty(), &t.system_exit) {
            self.system_exit = true;
            let vm = self.vm();
            // CPython's `_Py_HandleSystemExit`: the exception's `code` (its
            // one argument, the tuple of several, None for none); an int is
            // passed to exit() (`PyLong_AsLong`, -1 when it overflows, cast
            // to a C int), anything else is printed and the status is 1.
            let code = match protocol::attr::get_attr_opt(vm, &e.0, "code") {
                Ok(Some(c)) => c,
                _ => e.0.clone(),
            };
            let status = if singletons::is_none(&code) {
                0
            } else if code.layout() == objects::Layout::Int {
                objects::int::int_small(&code).map_or(-1, |n| n as i32)
            } else {
                let s = protocol::repr::str_string(vm, &code).unwrap_or_default();
                eprintln!("{s}");
                1
            };
            return Outcome::Exit(status);
        }
        let text = eval::exceptions::format_exception(vm, &e.0);
        eprint!("{text}");
        // CPython ends with SIGINT's status after an uncaught
        // KeyboardInterrupt (130 in a shell).
        if objects::typeobject::is_subtype(e.0.ty(), &t.keyboard_interrupt) {
            return Outcome::Exit(130);
        }
        Outcome::Exit(1)
    }

    /// Runs a script as [`run_source`](Self::run_source) does, then gives
    /// the `dis` listing of its code with the instructions its run left in
    /// each code object's quickened copy — specialised and
    /// super-instructions included, as CPython's `dis.dis(adaptive=True)`
    /// (`None` when the script did not compile).
    pub fn run_source_adaptive(
        &mut self,
        source: &str,
        filename: &str,
    ) -> (Outcome, Option<String>) {
        self.vm().retained_code = Some(Vec::new());
        let out = self.run_source(source, filename);
        let kept = self.vm().retained_code.take().unwrap_or_default();
        let listing = kept.first().and_then(|c| {
            let mut quick = std::collections::HashMap::new();
            collect_quickened(c, &mut quick);
            let cb = c.payload::<objects::function::code::CodeBody>()?;
            Some(arenapy_compiler::dis::disassemble_adaptive(
                &cb.code,
                &|code| quick.get(&(code as *const _)).cloned(),
            ))
        });
        (out, listing)
    }

    /// The `dis` listing of a source file.
    pub fn disassemble(&mut self, source: &str, filename: &str) -> Result<String, String> {
        match self.compile(source, filename, arenapy_compiler::Mode::Exec) {
            Ok(c) => Ok(arenapy_compiler::dis::disassemble(&c)),
            Err(e) => Err(e.render(filename)),
        }
    }

    /// Allocation-failure injection (`ARENAPY_FAIL_AT`): the `n`th heap
    /// allocation request from now is refused, so the program sees
    /// MemoryError there; `Some(0)` only counts requests.
    pub fn set_fail_at(&mut self, n: Option<u64>) {
        heap::with_heap(|h| h.set_fail_at(n));
    }

    /// Heap allocation requests since [`Interpreter::set_fail_at`].
    pub fn heap_requests(&self) -> u64 {
        heap::with_heap(|h| h.requests())
    }

    /// Current allocator statistics.
    pub fn heap_stats(&self) -> HeapStats {
        heap::with_heap(|h| h.stats())
    }

    /// Does `addr` lie in one of the heap's arenas?
    /// After teardown's last collection, print what survives and why.
    pub fn set_why_alive_at_exit(&mut self, on: bool) {
        self.why_alive_at_exit = on;
    }

    /// Starts the allocation trace (`--trace-alloc`, `--heap-map`, the
    /// REPL's `:trace`): every heap event from now on, with its line.
    pub fn start_trace(&mut self, opts: memory::trace::Options) {
        memory::trace::note_geometry();
        memory::trace::start(opts);
    }

    /// Stops the trace; returns the events it kept and how many it dropped.
    pub fn stop_trace(&mut self) -> (Vec<memory::trace::Event>, u64) {
        memory::trace::stop()
    }

    pub fn arena_contains(&self, addr: usize) -> bool {
        heap::with_heap(|h| h.arena_contains(addr))
    }
}

impl Interpreter {
    /// Tears the interpreter down and reports what was left in the heap.
    pub fn shutdown(mut self) -> TeardownReport {
        self.teardown().expect("first teardown")
    }

    fn teardown(&mut self) -> Option<TeardownReport> {
        let mut vm = self.vm.take()?;
        vm.flush();
        collector::set_debug(0);
        memory::trace::flush();
        memory::trace::set_free_reason(memory::trace::FreeReason::Teardown);
        // Module globals first (running __del__ of what they held), then
        // cycles, then the free lists. What remains in the heap are the
        // immortal built-in objects; the heap itself returns every arena.
        for d in [
            vm.main_globals.clone(),
            vm.modules.clone(),
            vm.builtins.clone(),
        ] {
            let t = objects::dict::dict_body(&d).map(|b| b.table.borrow_mut().take_all());
            drop(t);
            finalize::run_pending(&mut vm);
        }
        vm.handled_exc = None;
        collector::unfreeze();
        // gc.garbage (DEBUG_SAVEALL's keep) is garbage now too; a `__del__`
        // run above may have turned debugging on again.
        collector::set_debug(0);
        collector::set_garbage_list(None);
        // The preallocated MemoryError is immortal, but what it last held
        // is not: its traceback objects and its context and cause (a caught exception, with its class and
        // their cycles), released before the collections that free those.
        let mem_err = &registry::types().memory_error_instance;
        if let Some(b) = mem_err.payload::<objects::exception::ExceptionBody>() {
            drop(b.traceback.take());
            drop(b.context.take());
            drop(b.cause.take());
        }
        collector::collect(&mut vm, 2);
        finalize::run_pending(&mut vm);
        collector::collect(&mut vm, 2);
        vm.flush();
        drop(vm);
        finalize::discard_pending();
        if self.why_alive_at_exit {
            let survivors: Vec<ObjRef> = self
                .tracked_objects()
                .into_iter()
                .filter(|o| o.refcnt() < memory::object::IMMORTAL_REFCNT / 2)
                .collect();
            eprint!("{}", memory::why::survivors_report(&survivors));
        }
        // Every weakly referred object is gone (or leaked, and reported):
        // the next interpreter on this thread starts with an empty table.
        objects::typeobject::subclasses::teardown();
        crate::memory::weakref::reset();
        objects::frame::reset();
        objects::str::intern::reset();
        modules::sys::clear_thread_state();
        freelist::clear();
        let final_stats = heap::with_heap(|h| h.stats());
        let report = TeardownReport {
            blocks_in_use: final_stats.obj_blocks_in_use,
            raw_blocks_in_use: final_stats.raw_blocks_in_use,
            baseline_blocks: self.baseline.0,
            baseline_raw_blocks: self.baseline.1,
            final_stats,
        };
        memory::trace::stop();
        memory::tracemalloc::stop();
        memory::trace::set_free_reason(memory::trace::FreeReason::Refcount);
        objects::registry::uninstall();
        gc::uninstall();
        freelist::uninstall();
        drop(heap::uninstall());
        Some(report)
    }
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        let _ = self.teardown();
    }
}

/// The quickened instructions of `code` and of the code objects among its
/// constants, by compiled code object.
fn collect_quickened(
    code: &Obj,
    out: &mut std::collections::HashMap<
        *const arenapy_compiler::code::CodeObject,
        Vec<arenapy_compiler::opcode::Instr>,
    >,
) {
    let Some(cb) = code.payload::<objects::function::code::CodeBody>() else {
        return;
    };
    out.insert(
        std::rc::Rc::as_ptr(&cb.code),
        eval::specialize::snapshot(&cb.caches.quick),
    );
    for c in cb.consts.iter() {
        collect_quickened(c, out);
    }
}
