//! Compile-time warnings (CPython's `compiler_warn`): SyntaxWarnings found
//! while compiling are collected here and printed by whoever compiled the
//! source ([`take`] after [`crate::compile`]), as CPython's `warnings`
//! module shows them: `FILE:LINE: SyntaxWarning: MESSAGE` and the source
//! line.

use std::cell::RefCell;

/// One warning: its 1-based line and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub lineno: usize,
    pub msg: String,
}

thread_local! {
    static PENDING: RefCell<Vec<CompileWarning>> = const { RefCell::new(Vec::new()) };
}

pub(crate) fn warn(lineno: usize, msg: &str) {
    PENDING.with(|p| {
        p.borrow_mut().push(CompileWarning {
            lineno,
            msg: msg.to_string(),
        })
    });
}

/// The warnings of the last compilation(s), oldest first; clears them.
pub fn take() -> Vec<CompileWarning> {
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

/// What CPython's `warnings.showwarning` prints for `w` in `filename`
/// whose text is `source` (no source line for `<string>` and the like).
pub fn render(w: &CompileWarning, filename: &str, source: Option<&str>) -> String {
    let mut out = format!("{filename}:{}: SyntaxWarning: {}\n", w.lineno, w.msg);
    if let Some(line) = source.and_then(|s| s.lines().nth(w.lineno.wrapping_sub(1))) {
        let line = line.trim();
        if !line.is_empty() {
            out.push_str("  ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
