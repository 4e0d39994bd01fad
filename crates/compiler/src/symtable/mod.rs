//! Symbol tables: for every scope, how each name is bound.
//!
//! Two passes, as CPython's `symtable.c`:
//! 1. [`visit`] walks the AST and records, per scope, flags for each name
//!    (assigned, parameter, used, declared `global`/`nonlocal`, imported).
//!    Function, lambda, class and comprehension bodies open child scopes.
//! 2. [`analyze`] resolves every name to a [`SymScope`] top-down, passing
//!    to each child the names bound in enclosing *function* scopes (class
//!    scopes are invisible to nested code) and the known globals; free
//!    variables flow back up, turning the binding function's local into a
//!    cell, and becoming implicitly free in every scope in between.
//!
//! Invariants after analysis: every symbol of a scope has a `scope`; a class
//! scope never has a `__class__` symbol of its own from methods — it has
//! `needs_class_closure` instead, and the codegen gives it a `__class__`
//! cell. Scopes are keyed by the address of the AST node that creates them,
//! so the code generator may visit nodes in any order.

mod analyze;
mod visit;

use arenapy_syntax::ast::Span;
use std::collections::HashMap;

pub(crate) use visit::build;

/// Set by an assignment (`x = ...`, `for x`, `def x`, `del x`, `x := ...`).
pub(crate) const DEF_LOCAL: u16 = 1;
/// Declared `global`.
pub(crate) const DEF_GLOBAL: u16 = 1 << 1;
/// Declared `nonlocal`.
pub(crate) const DEF_NONLOCAL: u16 = 1 << 2;
/// A parameter.
pub(crate) const DEF_PARAM: u16 = 1 << 3;
/// Read somewhere in the scope.
pub(crate) const USE: u16 = 1 << 4;
/// Free in a child, and also bound or global in this class scope.
pub(crate) const DEF_FREE_CLASS: u16 = 1 << 5;
/// Bound by an import.
pub(crate) const DEF_IMPORT: u16 = 1 << 6;
/// Target of an annotated assignment.
pub(crate) const DEF_ANNOT: u16 = 1 << 7;
/// A comprehension's iteration variable.
pub(crate) const DEF_COMP_ITER: u16 = 1 << 8;
/// Any binding in this scope.
pub(crate) const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name lives, once analysis is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SymScope {
    /// Bound in this scope (a fast local in a function).
    Local,
    /// Declared `global` here (or in a comprehension's walrus at module level).
    GlobalExplicit,
    /// Not bound in any enclosing function: a global or builtin.
    GlobalImplicit,
    /// Bound in an enclosing function scope.
    Free,
    /// Local here and used by a nested scope.
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(CompKind),
}

impl ScopeKind {
    /// CPython's `FunctionBlock`: functions, lambdas and comprehensions.
    pub(crate) fn is_function(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_)
        )
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Symbol {
    pub flags: u16,
    pub scope: Option<SymScope>,
}

pub(crate) type ScopeId = usize;

#[derive(Debug)]
pub(crate) struct Scope {
    pub kind: ScopeKind,
    /// The code object's name (`f`, `C`, `<lambda>`, `<listcomp>` ...).
    #[allow(dead_code)]
    pub name: String,
    /// Symbols in first-seen order (deterministic iteration).
    pub symbols: Vec<(String, Symbol)>,
    index: HashMap<String, usize>,
    /// Parameter names in code-object order.
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    /// Contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// Inside a function scope (CPython's `CO_NESTED`).
    pub nested: bool,
    /// A class whose methods use `__class__` or `super`.
    pub needs_class_closure: bool,
    /// The class name used to mangle `__private` names here, if any.
    pub private: Option<String>,
    /// Where each `global` / `nonlocal` directive was, for error positions.
    pub directives: HashMap<String, Span>,
    /// Sorted cell variable names (after analysis).
    pub cellvars: Vec<String>,
    /// Sorted free variable names (after analysis).
    pub freevars: Vec<String>,
    /// Depth of comprehension-iterable expressions being visited.
    pub(crate) comp_iter_expr: u32,
    /// Visiting a comprehension target.
    pub(crate) comp_iter_target: bool,
}

impl Scope {
    pub(crate) fn new(kind: ScopeKind, name: &str, nested: bool) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: matches!(kind, ScopeKind::Comprehension(CompKind::Generator)),
            nested,
            needs_class_closure: false,
            private: None,
            directives: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            comp_iter_expr: 0,
            comp_iter_target: false,
        }
    }

    pub(crate) fn flags(&self, name: &str) -> u16 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1.flags)
    }

    /// ORs `flags` into the symbol, creating it if needed.
    pub(crate) fn add_flags(&mut self, name: &str, flags: u16) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1.flags |= flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols
                    .push((name.to_string(), Symbol { flags, scope: None }));
            }
        }
    }

    pub(crate) fn set_scope(&mut self, name: &str, scope: SymScope) {
        if !self.index.contains_key(name) {
            self.add_flags(name, 0);
        }
        let i = self.index[name];
        self.symbols[i].1.scope = Some(scope);
    }

    /// The resolved scope of `name` (already mangled), if it is a symbol here.
    pub fn lookup(&self, name: &str) -> Option<SymScope> {
        self.index.get(name).and_then(|&i| self.symbols[i].1.scope)
    }
}

/// All scopes of one module, the module scope first.
#[derive(Debug)]
pub(crate) struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address → the scope it opens.
    pub by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// The scope opened by the AST node at `node`.
    pub fn scope_of<T>(&self, node: &T) -> ScopeId {
        self.by_node[&(node as *const T as usize)]
    }
}

/// CPython's `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`.
pub(crate) fn mangle<'a>(private: Option<&str>, name: &'a str) -> std::borrow::Cow<'a, str> {
    let Some(private) = private else {
        return name.into();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return name.into();
    }
    format!("_{stripped}{name}").into()
}

#[cfg(test)]
mod tests;
