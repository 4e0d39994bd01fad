//! The interactive session: rustyline editing, `>>> `/`... ` prompts,
//! multi-line blocks (a compound statement ends at a blank line; an open
//! bracket or string continues automatically), tracebacks that do not end the
//! session, and `:mem` to see the heap.

use arenapy_vm::{Interpreter, Outcome};
use rustyline::error::ReadlineError;

pub fn run(interp: &mut Interpreter) -> u8 {
    println!(
        "arenapy {} [profile {}]\nType :help for memory commands, Ctrl-D to exit.",
        arenapy_vm::VERSION_STRING,
        interp.profile().name()
    );
    let mut rl = match rustyline::DefaultEditor::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("arenapy: cannot start the line editor: {e}");
            return 1;
        }
    };
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match rl.readline(prompt) {
            Ok(line) => {
                if buffer.is_empty() && line.trim_start().starts_with(':') {
                    let _ = rl.add_history_entry(line.as_str());
                    command(interp, line.trim());
                    continue;
                }
                if !buffer.is_empty() {
                    buffer.push('\n');
                }
                buffer.push_str(&line);
                let in_block = buffer.contains('\n') || line.trim_end().ends_with(':');
                if in_block && !line.trim().is_empty() {
                    continue;
                }
                if needs_more(interp, &buffer) && !line.trim().is_empty() {
                    continue;
                }
                let _ = rl.add_history_entry(buffer.as_str());
                let src = std::mem::take(&mut buffer);
                if src.trim().is_empty() {
                    continue;
                }
                if let Outcome::Exit(code) = interp.run_interactive(&src) {
                    if is_exit(interp) {
                        return code as u8;
                    }
                }
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                println!("KeyboardInterrupt");
            }
            Err(ReadlineError::Eof) => {
                println!();
                return 0;
            }
            Err(e) => {
                eprintln!("arenapy: {e}");
                return 1;
            }
        }
    }
}

/// Does the input so far end inside a bracket, string or block header?
fn needs_more(interp: &mut Interpreter, src: &str) -> bool {
    match arenapy_syntax::parse_module(src) {
        Ok(_) => false,
        Err(e) => {
            let _ = interp;
            e.incomplete
        }
    }
}

fn is_exit(interp: &mut Interpreter) -> bool {
    interp.take_system_exit()
}

fn command(interp: &mut Interpreter, cmd: &str) {
    match cmd {
        ":mem" => eprint!("{}", arenapy_vm::report::full_report(interp, false)),
        ":gc" => {
            let n = interp.collect();
            println!("gc: {n} unreachable objects found");
        }
        ":help" => {
            println!(":mem   the heap report\n:gc    run a full collection\n:help  this text")
        }
        _ => println!("unknown command {cmd} (try :help)"),
    }
}
