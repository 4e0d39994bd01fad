//! The rustyline helper: Tab completion from the interpreter's namespaces.

use arenapy_vm::Interpreter;
use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::cell::RefCell;
use std::rc::Rc;

pub struct ReplHelper {
    pub interp: Rc<RefCell<Interpreter>>,
}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        // Tab at the start of a line indents, as in CPython's REPL.
        if line[..pos].trim().is_empty() {
            return Ok((pos, vec!["    ".into()]));
        }
        match self.interp.try_borrow_mut() {
            Ok(mut interp) => Ok(interp.completions(line, pos)),
            Err(_) => Ok((pos, Vec::new())),
        }
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}
