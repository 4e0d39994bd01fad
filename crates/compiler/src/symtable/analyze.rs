//! Pass 2 of the symbol table: resolve each name to a [`SymScope`]
//! (CPython's `analyze_block` / `analyze_name` / `update_symbols`).
//!
//! `bound` is the set of names bound by enclosing *function* scopes (`None`
//! at module level), `global` the names known to be global. Each block gets
//! its own copies; free variables of children come back in `free`.

use super::*;
use crate::locate::CompileError as SyntaxError;
use crate::locate::Locator;
use std::collections::HashSet;

type Names = HashSet<String>;

pub(crate) fn analyze(table: &mut SymbolTable, loc: &Locator) -> Result<(), SyntaxError> {
    let mut free = Names::new();
    analyze_block(table, 0, None, Names::new(), &mut free, loc)
}

fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    mut bound: Option<Names>,
    mut global: Names,
    free: &mut Names,
    loc: &Locator,
) -> Result<(), SyntaxError> {
    let kind = table.scopes[id].kind;
    let mut local = Names::new();
    let mut newglobal = Names::new();
    let mut newbound = Names::new();
    if kind == ScopeKind::Class {
        // Class-level names are invisible to nested scopes: children see
        // what the class itself saw.
        newglobal.extend(global.iter().cloned());
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
    }

    let names: Vec<(String, u16)> = table.scopes[id]
        .symbols
        .iter()
        .map(|(n, s)| (n.clone(), s.flags))
        .collect();
    for (name, flags) in &names {
        let scope = &table.scopes[id];
        let sc = analyze_name(
            scope,
            name,
            *flags,
            bound.as_mut(),
            &mut local,
            free,
            &mut global,
            loc,
        )?;
        table.scopes[id].set_scope(name, sc);
    }

    if kind != ScopeKind::Class {
        if kind.is_function() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }

    let mut newfree = Names::new();
    for child in table.scopes[id].children.clone() {
        let mut child_free = Names::new();
        analyze_block(
            table,
            child,
            Some(newbound.clone()),
            newglobal.clone(),
            &mut child_free,
            loc,
        )?;
        newfree.extend(child_free);
    }

    let scope = &mut table.scopes[id];
    if kind.is_function() {
        // Locals used by nested scopes become cells.
        for (name, _) in &names {
            if scope.lookup(name) == Some(SymScope::Local) && newfree.remove(name) {
                scope.set_scope(name, SymScope::Cell);
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        scope.needs_class_closure = true;
    }
    update_symbols(scope, bound.as_ref(), &newfree, kind == ScopeKind::Class);

    let mut cellvars: Vec<String> = scope
        .symbols
        .iter()
        .filter(|(_, s)| s.scope == Some(SymScope::Cell))
        .map(|(n, _)| n.clone())
        .collect();
    if scope.needs_class_closure {
        cellvars.push("__class__".to_string());
    }
    cellvars.sort();
    let mut freevars: Vec<String> = scope
        .symbols
        .iter()
        .filter(|(_, s)| s.scope == Some(SymScope::Free) || s.flags & DEF_FREE_CLASS != 0)
        .map(|(n, _)| n.clone())
        .collect();
    freevars.sort();
    scope.cellvars = cellvars;
    scope.freevars = freevars;

    free.extend(newfree);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    scope: &Scope,
    name: &str,
    flags: u16,
    bound: Option<&mut Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
    loc: &Locator,
) -> Result<SymScope, SyntaxError> {
    let directive_error = |msg: String| {
        let span = scope.directives.get(name).copied().unwrap_or_default();
        loc.error(span, msg)
    };
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(directive_error(format!(
                "name '{name}' is nonlocal and global"
            )));
        }
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(SymScope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err(directive_error(
                "nonlocal declaration not allowed at module level".to_string(),
            ));
        };
        if !b.contains(name) {
            return Err(directive_error(format!(
                "no binding for nonlocal '{name}' found"
            )));
        }
        free.insert(name.to_string());
        return Ok(SymScope::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(SymScope::Local);
    }
    if let Some(b) = bound {
        if b.contains(name) {
            free.insert(name.to_string());
            return Ok(SymScope::Free);
        }
    }
    Ok(SymScope::GlobalImplicit)
}

/// Records free variables of children that pass through this scope.
fn update_symbols(scope: &mut Scope, bound: Option<&Names>, free: &Names, is_class: bool) {
    let mut free: Vec<&String> = free.iter().collect();
    free.sort();
    for name in free {
        let flags = scope.flags(name);
        if scope.index.contains_key(name.as_str()) {
            if is_class && flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                scope.add_flags(name, DEF_FREE_CLASS);
            }
            continue;
        }
        if let Some(b) = bound {
            if !b.contains(name.as_str()) {
                continue;
            }
        }
        scope.set_scope(name, SymScope::Free);
    }
}
