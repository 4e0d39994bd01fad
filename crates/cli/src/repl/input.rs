//! Deciding when an interactive input is complete, as CPython's REPL does.
//!
//! - A line that opens a compound statement (`def`, `if`, `for`, a
//!   decorator, ...) starts a *block*: it continues until a blank (or
//!   whitespace-only) line, even when what came so far already parses.
//! - Otherwise the input runs as soon as it parses; an input that merely
//!   ended too early (an open bracket or triple-quoted string, a trailing
//!   backslash) continues, blank lines included.
//! - A block recalled from history arrives as one multi-line string and runs
//!   at once when it parses.
//!
//! The next line of a block is pre-filled with the indentation it most
//! likely wants: the previous line's, one level deeper after a `:`, one
//! level shallower after `return`, `pass`, `break`, `continue` or `raise`.

const INDENT: &str = "    ";

/// What the REPL should do after a line.
#[derive(Debug, PartialEq, Eq)]
pub enum Next {
    /// Read another line, pre-filled with this indentation.
    More { indent: String },
    /// Run the buffer (which may be empty: nothing to run).
    Run,
}

/// The lines of the input being typed.
#[derive(Default)]
pub struct Input {
    buffer: String,
}

const BLOCK_KEYWORDS: &[&str] = &[
    "if", "elif", "else", "for", "while", "def", "class", "try", "except", "finally", "with",
    "async",
];

impl Input {
    pub fn is_empty(&self) -> bool {
        self.buffer.is_empty()
    }

    pub fn clear(&mut self) {
        self.buffer.clear();
    }

    /// The input so far without trailing blank lines (what is run and what
    /// goes into the history).
    pub fn take(&mut self) -> String {
        let s = std::mem::take(&mut self.buffer);
        let mut lines: Vec<&str> = s.lines().collect();
        while lines.last().is_some_and(|l| l.trim().is_empty()) {
            lines.pop();
        }
        lines.join("\n")
    }

    /// Adds `line`; `incomplete(src)` says whether `src` ended too early
    /// (`SyntaxError.incomplete`).
    pub fn push(&mut self, line: &str, incomplete: impl Fn(&str) -> bool) -> Next {
        let first = self.buffer.is_empty();
        if !first {
            self.buffer.push('\n');
        }
        self.buffer.push_str(line);
        if first && line.trim().is_empty() {
            return Next::Run;
        }
        let block = starts_block(self.buffer.lines().next().unwrap_or(""));
        if line.contains('\n') && !incomplete(&self.buffer) {
            // A whole block recalled from the history.
            return Next::Run;
        }
        if !block {
            return if incomplete(&self.buffer) {
                Next::More {
                    indent: String::new(),
                }
            } else {
                Next::Run
            };
        }
        let last = last_code_line(&self.buffer);
        if line.trim().is_empty() {
            // A blank line ends the block, unless a bracket or string is
            // still open (then the header is not what is missing).
            let open = incomplete(&self.buffer) && !ends_with_colon(last);
            if !open {
                return Next::Run;
            }
        }
        Next::More {
            indent: next_indent(last),
        }
    }
}

/// Does `line` open a compound statement?
fn starts_block(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with('@') {
        return true;
    }
    let word: String = t
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    BLOCK_KEYWORDS.contains(&word.as_str()) || (word == "match" && ends_with_colon(line))
}

fn last_code_line(buffer: &str) -> &str {
    buffer
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

/// The line without a trailing comment (quotes are respected).
fn code_part(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '#' => return &line[..i],
                '\'' | '"' => quote = Some(c),
                _ => {}
            },
        }
    }
    line
}

fn ends_with_colon(line: &str) -> bool {
    code_part(line).trim_end().ends_with(':')
}

fn next_indent(last: &str) -> String {
    let current: String = last.chars().take_while(|c| c.is_whitespace()).collect();
    let code = code_part(last).trim();
    if code.ends_with(':') {
        return current + INDENT;
    }
    let word = code.split_whitespace().next().unwrap_or("");
    if matches!(word, "return" | "pass" | "break" | "continue" | "raise") {
        let keep = current.len().saturating_sub(INDENT.len());
        return current[..keep].to_string();
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incomplete(src: &str) -> bool {
        matches!(arenapy_syntax::parse_module(src), Err(e) if e.incomplete)
    }

    fn feed(lines: &[&str]) -> Vec<Next> {
        let mut i = Input::default();
        lines.iter().map(|l| i.push(l, incomplete)).collect()
    }

    fn more(indent: &str) -> Next {
        Next::More {
            indent: indent.into(),
        }
    }

    #[test]
    fn simple_statements_run_at_once() {
        assert_eq!(feed(&["x = 1"]), [Next::Run]);
        assert_eq!(feed(&[""]), [Next::Run]);
    }

    #[test]
    fn brackets_and_strings_continue() {
        assert_eq!(
            feed(&["x = [1,", "", "2]"]),
            [more(""), more(""), Next::Run]
        );
        assert_eq!(feed(&["s = '''a", "b'''"]), [more(""), Next::Run]);
        assert_eq!(feed(&["x = 1 + \\", "2"]), [more(""), Next::Run]);
    }

    #[test]
    fn blocks_end_at_a_blank_line_with_auto_indent() {
        assert_eq!(
            feed(&[
                "def f(x):",
                "    if x:",
                "        return 1",
                "    return 2",
                "    "
            ]),
            [
                more("    "),
                more("        "),
                more("    "),
                more(""),
                Next::Run
            ]
        );
        assert_eq!(feed(&["if True: print(1)", ""]), [more(""), Next::Run]);
        assert_eq!(
            feed(&["@dec", "def f(): pass", ""]),
            [more(""), more(""), Next::Run]
        );
        // The header alone and a blank line: run, the compiler reports it.
        assert_eq!(feed(&["for i in x:", ""]), [more("    "), Next::Run]);
        // An open bracket inside a block survives a blank line.
        assert_eq!(
            feed(&["def f():", "    return [1,", "", "2]", ""]),
            [more("    "), more(""), more(""), more(""), Next::Run]
        );
    }

    #[test]
    fn a_recalled_block_runs_at_once() {
        assert_eq!(feed(&["def f():\n    return 1"]), [Next::Run]);
    }

    #[test]
    fn take_drops_trailing_blank_lines() {
        let mut i = Input::default();
        i.push("if x:", incomplete);
        i.push("    y", incomplete);
        i.push("    ", incomplete);
        assert_eq!(i.take(), "if x:\n    y");
        assert!(i.is_empty());
    }

    #[test]
    fn comments_and_strings_do_not_fool_the_colon_check() {
        assert!(ends_with_colon("if x:  # note"));
        assert!(!ends_with_colon("x = 'a:'"));
        assert!(!ends_with_colon("x = 1  # see:"));
    }
}
