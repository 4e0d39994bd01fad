//! "Did you mean" for NameError and AttributeError, as CPython 3.11's
//! `Python/suggestions.c`: the candidate closest to the wrong name by a
//! Levenshtein distance where a case flip costs 1 and any other edit 2, if
//! no more than a third of the characters change. The suggestion is only
//! printed with the traceback; `str(exc)` does not show it.

use crate::memory::object::Obj;
use crate::memory::object::ObjRef;
use crate::modules::builtins::introspect::bi_dir;
use crate::objects::dict::dict_body;
use crate::objects::function::code::CodeBody;
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::objects::typeobject::is_subtype;
use crate::protocol::iter;
use crate::vm::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` over UTF-8 bytes, giving up (returning
/// more than `max_cost`) as soon as the distance must exceed `max_cost`.
fn levenshtein_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// CPython's `calculate_suggestions`: the first closest candidate.
fn calculate_suggestion<'a>(candidates: &[&'a str], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d - 1);
        }
        let d = levenshtein_distance(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

/// The globals the code object `code` ran with, for a NameError's "Did
/// you mean": CPython reads them from the traceback's frame; a traceback
/// here refers to the code object, so they are the namespace of the module
/// loaded from the code's file, else `__main__`'s.
fn module_globals(vm: &Vm, code: &CodeBody) -> Option<ObjRef> {
    let file = &*code.code.filename;
    let modules = dict_body(&vm.modules)?;
    let mut main = None;
    for e in modules.table.borrow().iter() {
        let Some(m) = e.value.payload::<crate::objects::module::ModuleBody>() else {
            continue;
        };
        let d = dict_body(&m.dict)?;
        let f = d.table.borrow().get_rust_str("__file__");
        if f.as_deref().and_then(try_str) == Some(file) {
            return Some(m.dict.clone());
        }
        if try_str(e.key) == Some("__main__") {
            main = Some(m.dict.clone());
        }
    }
    // `__main__` is put into sys.modules only when imported: the script's
    // namespace itself.
    main.or_else(|| Some(vm.main_globals.clone()))
}

fn dict_keys(d: &Obj) -> Vec<String> {
    match dict_body(d) {
        Some(b) => b
            .table
            .borrow()
            .iter()
            .filter_map(|e| try_str(e.key).map(str::to_string))
            .collect(),
        None => Vec::new(),
    }
}

fn suggest_among(candidates: &[String], name: &str) -> Option<String> {
    let refs: Vec<&str> = candidates.iter().map(String::as_str).collect();
    calculate_suggestion(&refs, name).map(str::to_string)
}

/// The name to offer for `exc`, if it is a NameError or AttributeError
/// with a close match.
pub fn offer_suggestion(vm: &mut Vm, exc: &Obj) -> Option<String> {
    let members = crate::objects::exception_members::slot;
    let name = members(exc, "name")?.get()?;
    let name = try_str(&name)?.to_string();
    let t = types();
    if is_subtype(exc.ty(), &t.name_error) {
        // The innermost frame's local variables, then its globals, then
        // the builtins.
        let innermost = crate::objects::exception::tb_entries(exc)
            .first()
            .map(|e| e.code.clone())?;
        let code = innermost.payload::<CodeBody>()?;
        let locals: Vec<String> = code.code.varnames.iter().map(|v| v.to_string()).collect();
        if let Some(s) = suggest_among(&locals, &name) {
            return Some(s);
        }
        if let Some(g) = module_globals(vm, code) {
            if let Some(s) = suggest_among(&dict_keys(&g), &name) {
                return Some(s);
            }
        }
        let builtins = vm.builtins.clone();
        return suggest_among(&dict_keys(&builtins), &name);
    }
    if is_subtype(exc.ty(), &t.attribute_error) {
        let obj = members(exc, "obj")?.get()?;
        let listing = bi_dir(vm, &[obj], None).ok()?;
        let names: Vec<String> = iter::collect(vm, &listing)
            .ok()?
            .iter()
            .filter_map(|n| try_str(n).map(str::to_string))
            .collect();
        return suggest_among(&names, &name);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_as_cpython() {
        assert_eq!(levenshtein_distance(b"prnt", b"print", 10), 2);
        assert_eq!(levenshtein_distance(b"Print", b"print", 10), 1);
        assert_eq!(
            calculate_suggestion(&["print", "pow"], "prnt"),
            Some("print")
        );
        assert_eq!(calculate_suggestion(&["abcdef"], "xyz"), None);
    }
}
