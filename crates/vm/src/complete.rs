//! Tab completion for the REPL, in the manner of CPython's `rlcompleter`:
//! names in scope (the main module's globals, the built-ins, keywords) and,
//! after a dot, the attributes of the object a dotted name refers to.
//!
//! Completion never runs Python code: a dotted prefix (`obj.attr.`) is
//! resolved by looking names up in namespaces (instance, module and class
//! dictionaries), never through `__getattr__`, properties or any other call,
//! so pressing Tab cannot have side effects. Expressions that are not dotted
//! names (`"abc".up`, `f().x`) get no attribute completions.

use crate::memory::object::{Obj, ObjRef};
use crate::modules::builtins::introspect;
use crate::objects::dict::dict_body;
use crate::objects::dict::table::DictTable;
use crate::objects::module::ModuleBody;
use crate::objects::str::try_str;
use crate::objects::typeobject::{mro_iter, TypeBody};
use crate::objects::Layout;
use crate::protocol::attr::instance_dict;
use crate::Interpreter;

/// Python 3.11's keywords (`keyword.kwlist`).
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic()) && chars.all(is_ident_char)
}

/// rlcompleter's rule for hiding private names: with no prefix hide every
/// name starting with `_`; with prefix `_` hide the dunder names.
fn visible(name: &str, prefix: &str) -> bool {
    if !name.starts_with(prefix) {
        return false;
    }
    match prefix {
        "" => !name.starts_with('_'),
        "_" => !name.starts_with("__"),
        _ => true,
    }
}

/// The names of a namespace dictionary's string keys.
fn dict_names(d: &Obj) -> Vec<String> {
    dict_body(d)
        .map(|b| {
            b.table
                .borrow()
                .iter()
                .filter_map(|e| try_str(e.key).map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The namespaces searched for attributes of `obj`, in lookup order: its own
/// dictionary (instances, functions, classes), a module's globals, then the
/// dictionaries along the MRO of its type (or of itself, for a class).
fn attribute_tables(obj: &Obj, mut f: impl FnMut(&DictTable)) {
    if obj.layout() == Layout::Instance && crate::objects::instance::has_values(obj) {
        // Split values: a scratch table of them (completion only).
        let mut t = DictTable::new();
        for (k, v) in crate::objects::instance::own_items(obj) {
            let _ = t.set_str(k, v);
        }
        f(&t);
    } else if let Some(d) = instance_dict(obj) {
        f(&d.borrow());
    }
    if let Some(m) = obj.payload::<ModuleBody>() {
        if let Some(b) = dict_body(&m.dict) {
            f(&b.table.borrow());
        }
    }
    let ty = if obj.layout() == Layout::Type {
        obj
    } else {
        obj.ty()
    };
    for t in mro_iter(ty) {
        if let Some(b) = t.payload::<TypeBody>() {
            f(&b.dict().borrow());
        }
    }
}

/// The attribute `name` of `obj` as found in its namespaces (no descriptor
/// is invoked: a method comes back as the plain function).
fn static_getattr(obj: &Obj, name: &str) -> Option<ObjRef> {
    let mut found = None;
    attribute_tables(obj, |t| {
        if found.is_none() {
            found = t.get_rust_str(name);
        }
    });
    found
}

/// `dir(obj)` without calling anything: every string key of its namespaces.
fn attribute_names(obj: &Obj) -> Vec<String> {
    let mut names = Vec::new();
    attribute_tables(obj, |t| {
        names.extend(t.iter().filter_map(|e| try_str(e.key).map(str::to_string)))
    });
    names
}

impl Interpreter {
    /// The value bound to `name` in the main module, falling back to the
    /// built-ins (a new reference), or None.
    pub fn lookup_global(&mut self, name: &str) -> Option<ObjRef> {
        let vm = self.vm();
        for ns in [&vm.main_globals, &vm.builtins] {
            if let Some(v) = dict_body(ns).and_then(|b| b.table.borrow().get_rust_str(name)) {
                return Some(v);
            }
        }
        None
    }

    /// Completions for the word that ends at byte offset `pos` of `line`:
    /// the byte offset where the completed word starts and the candidates
    /// that may replace `line[start..pos]`, sorted. Callables get a `(`
    /// appended and keywords a space or colon, as CPython's REPL does.
    pub fn completions(&mut self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let pos = pos.min(line.len());
        let Some(before) = line.get(..pos) else {
            return (pos, Vec::new());
        };
        let start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_ident_char(c) || c == '.')
            .last()
            .map_or(pos, |(i, _)| i);
        let word = &before[start..];
        match word.rfind('.') {
            Some(dot) => {
                let (expr, prefix) = (&word[..dot], &word[dot + 1..]);
                (start + dot + 1, self.attr_completions(expr, prefix))
            }
            None => (start, self.name_completions(word)),
        }
    }

    fn name_completions(&mut self, prefix: &str) -> Vec<String> {
        let mut out: Vec<String> = KEYWORDS
            .iter()
            .filter(|k| k.starts_with(prefix))
            .map(|k| match *k {
                "finally" | "try" => format!("{k}:"),
                "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => k.to_string(),
                _ => format!("{k} "),
            })
            .collect();
        let (globals, builtins) = {
            let vm = self.vm();
            (vm.main_globals.clone(), vm.builtins.clone())
        };
        for ns in [&globals, &builtins] {
            for name in dict_names(ns) {
                if visible(&name, prefix) {
                    let v = self.lookup_global(&name);
                    out.push(with_call_paren(name, v.as_deref()));
                }
            }
        }
        finish(out)
    }

    fn attr_completions(&mut self, expr: &str, prefix: &str) -> Vec<String> {
        let mut parts = expr.split('.');
        let first = parts.next().unwrap_or("");
        if !is_identifier(first) {
            return Vec::new();
        }
        let Some(mut obj) = self.lookup_global(first) else {
            return Vec::new();
        };
        for part in parts {
            if !is_identifier(part) {
                return Vec::new();
            }
            match static_getattr(&obj, part) {
                Some(next) => obj = next,
                None => return Vec::new(),
            }
        }
        let out = attribute_names(&obj)
            .into_iter()
            .filter(|n| visible(n, prefix))
            .map(|n| {
                let v = static_getattr(&obj, &n);
                with_call_paren(n, v.as_deref())
            })
            .collect();
        finish(out)
    }
}

fn with_call_paren(name: String, value: Option<&Obj>) -> String {
    match value {
        Some(v) if introspect::is_callable(v) => name + "(",
        _ => name,
    }
}

fn finish(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;

    #[test]
    fn names_and_attributes() {
        let mut i = Interpreter::new(Config::default());
        assert_eq!(i.completions("pri", 3), (0, vec!["print(".to_string()]));
        let (start, c) = i.completions("x = whi", 7);
        assert_eq!((start, c), (4, vec!["while ".to_string()]));
        i.run_source(
            "class K:\n    def go(self): pass\n    n = 1\nk = K()\nk.mine = 2\n",
            "<t>",
        );
        let (start, c) = i.completions("k.", 2);
        assert_eq!(start, 2);
        assert_eq!(c, ["go(", "mine", "n"]);
        assert_eq!(i.completions("k.m", 3).1, ["mine"]);
        assert!(i.completions("[].ap", 5).1.is_empty());
        let (_, c) = i.completions("l = []; l.app", 13);
        assert!(c.is_empty(), "l is not bound yet: {c:?}");
        i.run_source("l = []\n", "<t>");
        assert_eq!(i.completions("l.app", 5).1, ["append("]);
        assert!(i.completions("nothing.x", 9).1.is_empty());
    }
}
