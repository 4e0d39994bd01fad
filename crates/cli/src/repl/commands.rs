//! The REPL's own commands: lines starting with `:` (not Python, so they
//! can never clash with code).

use arenapy_vm::memory::inspect::InputEffect;
use arenapy_vm::Interpreter;

pub const HELP: &str = "\
REPL commands (lines starting with ':'):
  :mem             the heap report (allocator layers, size classes, free lists, objects by type)
  :mem diff        what the previous input did to the heap: objects allocated and freed by
                   type, blocks in use by size class, free-list hits, arenas gained/released
  :mem auto on|off show that diff after every input
  :gc              run a full collection and say what it found, with each reference
                   cycle as its ring of objects
  :refs NAME       refcount (as sys.getrefcount counts) and referrers of the value NAME is bound to
  :why NAME        the chains of references that keep NAME's value alive, from a global,
                   a module or the built-ins down to it
  :trace on|off    after every input, its heap events: each allocation and free with its
                   line, type, value, size class, block, pool and arena
  :map FILE        draw the heap now: FILE.svg, or FILE.html with a timeline of the session
  :help            this text
Editing: Tab completes names and attributes; Up/Down recall whole blocks; a block ends at
a blank line; Ctrl-C cancels the line or interrupts running code; Ctrl-D or exit() leaves.
";

/// State the commands keep between inputs.
#[derive(Default)]
pub struct Memory {
    /// What the previous Python input did to the heap.
    pub last: Option<InputEffect>,
    /// Show that after every input.
    pub auto: bool,
    /// Show the allocation trace of every input.
    pub trace: bool,
    /// Where the trace writes (printed after each input when `trace`).
    pub trace_out: SharedBuf,
    /// The session's inputs, for the heap map's source panel.
    pub source: String,
}

/// A byte buffer the trace writes into and the REPL prints from.
#[derive(Clone, Default)]
pub struct SharedBuf(pub std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Events the REPL's trace keeps for `:map` (older ones are dropped).
pub const REPL_KEPT_EVENTS: usize = 200_000;

impl Memory {
    /// Starts the session's trace: kept for `:map`, written only while
    /// `:trace on`.
    pub fn start(&mut self, interp: &mut Interpreter) {
        interp.start_trace(arenapy_vm::memory::trace::Options {
            out: Some(Box::new(self.trace_out.clone())),
            jsonl: false,
            types: None,
            lines: None,
            keep: REPL_KEPT_EVENTS,
        });
        arenapy_vm::memory::trace::set_quiet(true);
    }

    /// The trace lines of the last input (empty unless `:trace on`).
    pub fn take_trace(&mut self) -> String {
        arenapy_vm::memory::trace::flush();
        let bytes = std::mem::take(&mut *self.trace_out.0.borrow_mut());
        if self.trace {
            String::from_utf8_lossy(&bytes).into_owned()
        } else {
            String::new()
        }
    }
}

/// Runs `:cmd`; returns the text to print.
pub fn run(interp: &mut Interpreter, mem: &mut Memory, line: &str) -> String {
    let words: Vec<&str> = line
        .trim()
        .trim_start_matches(':')
        .split_whitespace()
        .collect();
    match words.as_slice() {
        ["mem"] => arenapy_vm::memory::report::full_report(interp, false),
        ["mem", "diff"] => match &mem.last {
            Some(e) => e.render(),
            None => "no input yet\n".into(),
        },
        ["mem", "auto"] => format!("mem auto is {}\n", if mem.auto { "on" } else { "off" }),
        ["mem", "auto", on @ ("on" | "off")] => {
            mem.auto = *on == "on";
            format!(
                "mem auto {on}: the heap diff is {} after every input\n",
                if mem.auto { "shown" } else { "not shown" }
            )
        }
        ["gc"] => {
            let before = interp.mem_snapshot();
            let garbage = arenapy_vm::memory::collector::collect_keeping_garbage(interp.vm());
            let found = garbage.len();
            let rings = arenapy_vm::memory::why::rings(&garbage, 10);
            arenapy_vm::memory::collector::clear_garbage(garbage);
            let d = before.diff(&interp.mem_snapshot());
            let mut s = format!("gc: {found} unreachable objects found and freed");
            let freed: Vec<String> = d
                .objects
                .iter()
                .filter(|o| o.2 > 0)
                .map(|(name, _, f)| format!("{f} {name}"))
                .collect();
            if !freed.is_empty() {
                s.push_str(&format!(" (objects freed: {})", freed.join(", ")));
            }
            s.push('\n');
            if !rings.is_empty() {
                s.push_str("reference cycles found:\n");
                for r in rings {
                    s.push_str(&format!("  {r}\n"));
                }
            }
            s
        }
        ["refs", name] => match interp.refs(name) {
            Some(r) => r.render(name),
            None => format!("NameError: name '{name}' is not defined\n"),
        },
        ["why", name] => match interp.why(name) {
            Some(s) => s,
            None => format!("NameError: name '{name}' is not defined\n"),
        },
        ["trace"] => format!("trace is {}\n", if mem.trace { "on" } else { "off" }),
        ["trace", on @ ("on" | "off")] => {
            mem.trace = *on == "on";
            arenapy_vm::memory::trace::set_quiet(!mem.trace);
            format!(
                "trace {on}: the heap events of each input are {}\n",
                if mem.trace {
                    "shown after it runs"
                } else {
                    "not shown"
                }
            )
        }
        ["map", file] => {
            let source = mem.source.clone();
            let r = arenapy_vm::memory::trace::with_kept(|events, dropped| {
                crate::heapmap::write(interp, file, events, dropped, &source, "<stdin>")
            });
            match r {
                Ok(()) => format!("heap map written to {file}\n"),
                Err(e) => format!("cannot write the heap map {file}: {e}\n"),
            }
        }
        ["help"] | [] => HELP.into(),
        _ => format!("unknown command {} (try :help)\n", line.trim()),
    }
}
