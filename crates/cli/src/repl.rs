//! The interactive session: rustyline editing with `>>> `/`... ` prompts,
//! multi-line blocks with auto-indent ([`input`]), Tab completion
//! ([`helper`]), a history file in the home directory, Ctrl-C that cancels a
//! line or interrupts running code, and the `:` memory commands
//! ([`commands`]).
//!
//! Every Python input is measured: the heap counters are read before and
//! after it runs, so `:mem diff` (or `:mem auto on`) can say what it did.

mod commands;
mod helper;
mod input;

use arenapy_vm::{Interpreter, Outcome};
use input::{Input, Next};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{CompletionType, Config, Editor};
use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::atomic::Ordering;

const PS1: &str = ">>> ";
const PS2: &str = "... ";

/// ANSI styles, or nothing when colour is off.
struct Style {
    on: bool,
}

impl Style {
    /// Colour only on a terminal, and never with `NO_COLOR` set (non-empty)
    /// or `TERM=dumb`.
    fn detect() -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        Style {
            on: std::io::stdout().is_terminal()
                && std::io::stderr().is_terminal()
                && !no_color
                && !dumb,
        }
    }

    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    /// A traceback or SyntaxError: locations in magenta, the exception line
    /// in bold red.
    fn traceback(&self, text: &str) -> String {
        if !self.on {
            return text.to_string();
        }
        let lines: Vec<&str> = text.lines().collect();
        let mut out = String::new();
        for (i, l) in lines.iter().enumerate() {
            let styled = if i + 1 == lines.len() {
                self.paint("1;31", l)
            } else if l.starts_with("  File ") {
                self.paint("35", l)
            } else {
                l.to_string()
            };
            out.push_str(&styled);
            out.push('\n');
        }
        out
    }
}

/// `~/.arenapy_history`, or None without a home directory.
fn history_path() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(PathBuf::from(home).join(".arenapy_history"))
}

/// Runs the session; returns the process exit status.
pub fn run(interp: Interpreter) -> u8 {
    let style = Style::detect();
    let stats = interp.heap_stats();
    println!(
        "arenapy — Python {} [allocator profile {}: {} KiB arenas, {} KiB pools]",
        arenapy_vm::VERSION_STRING,
        interp.profile().name(),
        stats.arena_size / 1024,
        stats.pool_size / 1024,
    );
    println!("Type :help for the memory commands; exit() or Ctrl-D leaves.");
    let interp = Rc::new(RefCell::new(interp));

    // Ctrl-C while code runs: the terminal is in cooked mode, so the key
    // raises SIGINT, and the VM turns the flag into KeyboardInterrupt at its
    // next check. (At the prompt, rustyline reads Ctrl-C as a key.)
    let flag = interp.borrow_mut().interrupt_flag();
    let handler_flag = flag.clone();
    if let Err(e) = ctrlc::set_handler(move || handler_flag.store(true, Ordering::SeqCst)) {
        eprintln!("arenapy: Ctrl-C will not interrupt running code: {e}");
    }

    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .history_ignore_dups(true)
        .and_then(|b| b.max_history_size(10_000))
        .map(|b| b.build())
        .unwrap_or_default();
    let mut rl: Editor<helper::ReplHelper, DefaultHistory> = match Editor::with_config(config) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("arenapy: cannot start the line editor: {e}");
            return 1;
        }
    };
    rl.set_helper(Some(helper::ReplHelper {
        interp: interp.clone(),
    }));
    let history = history_path();
    if let Some(p) = &history {
        // A missing or unreadable file just means no history yet.
        let _ = rl.load_history(p);
    }
    let save_history = |rl: &mut Editor<helper::ReplHelper, DefaultHistory>| {
        if let Some(p) = &history {
            // Unwritable home: silently no history, as promised.
            let _ = rl.save_history(p);
        }
    };

    let mut mem = commands::Memory::default();
    mem.start(&mut interp.borrow_mut());
    let mut input = Input::default();
    let mut indent = String::new();
    loop {
        let raw = if input.is_empty() { PS1 } else { PS2 };
        let prompt = (raw, style.paint("1;32", raw));
        let read = rl.readline_with_initial(&prompt, (&indent, ""));
        indent.clear();
        let line = match read {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => {
                input.clear();
                println!("{}", style.paint("1;31", "KeyboardInterrupt"));
                continue;
            }
            Err(ReadlineError::Eof) => {
                println!();
                save_history(&mut rl);
                return 0;
            }
            Err(e) => {
                eprintln!("arenapy: {e}");
                save_history(&mut rl);
                return 1;
            }
        };
        if input.is_empty() && line.trim_start().starts_with(':') {
            let _ = rl.add_history_entry(line.trim());
            let out = commands::run(&mut interp.borrow_mut(), &mut mem, &line);
            print!("{out}");
            let _ = std::io::stdout().flush();
            continue;
        }
        match input.push(&line, incomplete) {
            Next::More { indent: i } => {
                indent = i;
                continue;
            }
            Next::Run => {}
        }
        let src = input.take();
        if src.trim().is_empty() {
            continue;
        }
        let _ = rl.add_history_entry(src.as_str());
        flag.store(false, Ordering::SeqCst);
        mem.source.push_str(&src);
        if !src.ends_with('\n') {
            mem.source.push('\n');
        }
        let run = interp.borrow_mut().run_interactive_measured(&src);
        let trace = mem.take_trace();
        // A Ctrl-C that arrived after the last check must not hit the next input.
        flag.store(false, Ordering::SeqCst);
        if let Some(err) = &run.error {
            eprint!("{}", style.traceback(err));
        }
        if mem.auto {
            print!("{}", run.effect.render());
        }
        print!("{trace}");
        let _ = std::io::stdout().flush();
        mem.last = Some(run.effect);
        if let Outcome::Exit(code) = run.outcome {
            if interp.borrow_mut().take_system_exit() {
                save_history(&mut rl);
                return code.clamp(0, 255) as u8;
            }
        }
    }
}

/// Did `src` merely end too early (open bracket or string, block header)?
fn incomplete(src: &str) -> bool {
    matches!(arenapy_syntax::parse_module(src), Err(e) if e.incomplete)
}
