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
  :gc              run a full collection and say what it found
  :refs NAME       refcount (as sys.getrefcount counts) and referrers of the value NAME is bound to
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
            let found = interp.collect();
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
            s
        }
        ["refs", name] => match interp.refs(name) {
            Some(r) => r.render(name),
            None => format!("NameError: name '{name}' is not defined\n"),
        },
        ["help"] | [] => HELP.into(),
        _ => format!("unknown command {} (try :help)\n", line.trim()),
    }
}
