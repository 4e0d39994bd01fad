//! Symbol table classification, checked against what CPython's `symtable`
//! module reports for the same sources.

use super::*;
use crate::locate::Locator;

fn table(src: &str) -> SymbolTable {
    let module = arenapy_syntax::parse_module(src).expect("parses");
    let loc = Locator::new(src);
    build(&module, &loc).expect("analyzes")
}

/// The scope called `name` (the first one, in visiting order).
fn scope<'t>(t: &'t SymbolTable, name: &str) -> &'t Scope {
    t.scopes
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no scope {name}"))
}

fn check(t: &SymbolTable, scope_name: &str, expected: &[(&str, SymScope)]) {
    let s = scope(t, scope_name);
    for (name, want) in expected {
        assert_eq!(s.lookup(name), Some(*want), "{name} in {scope_name}");
    }
}

use SymScope::*;

#[test]
fn module_names_are_implicit_globals_or_locals() {
    let t = table("a = 1\nprint(a)\n");
    check(&t, "<module>", &[("a", Local), ("print", GlobalImplicit)]);
}

#[test]
fn function_locals_params_and_globals() {
    let t = table("def f(p, *args, k=1, **kw):\n    x = p\n    return len(x)\n");
    check(
        &t,
        "f",
        &[
            ("p", Local),
            ("args", Local),
            ("k", Local),
            ("kw", Local),
            ("x", Local),
            ("len", GlobalImplicit),
        ],
    );
    assert_eq!(scope(&t, "f").params, ["p", "k", "args", "kw"]);
}

#[test]
fn closures_make_cells_and_frees() {
    let src = "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n    return g\n";
    let t = table(src);
    check(&t, "f", &[("x", Cell)]);
    // g does not use x itself, but passes it through to h.
    check(&t, "g", &[("x", Free)]);
    check(&t, "h", &[("x", Free)]);
    assert_eq!(scope(&t, "f").cellvars, ["x"]);
    assert_eq!(scope(&t, "g").freevars, ["x"]);
}

#[test]
fn global_and_nonlocal_declarations() {
    let src = "def f():\n    global g\n    g = 1\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n        return g\n";
    let t = table(src);
    check(&t, "f", &[("g", GlobalExplicit), ("n", Cell)]);
    check(&t, "inner", &[("n", Free), ("g", GlobalImplicit)]);
    // CPython records the declaration in the module's table too.
    check(&t, "<module>", &[("g", GlobalExplicit)]);
}

#[test]
fn global_in_enclosing_function_hides_binding_from_children() {
    let t = table("def f():\n    global x\n    def g():\n        return x\n");
    check(&t, "g", &[("x", GlobalImplicit)]);
}

#[test]
fn class_scope_is_invisible_to_methods() {
    let src = "def f():\n    y = 1\n    class C:\n        y = 2\n        z = y\n        def m(self):\n            return y\n";
    let t = table(src);
    check(&t, "C", &[("y", Local), ("z", Local)]);
    check(&t, "m", &[("y", Free)]);
    check(&t, "f", &[("y", Cell)]);
    // y is both a class local and passed through the class to m.
    let c = scope(&t, "C");
    assert!(c.flags("y") & DEF_FREE_CLASS != 0);
    assert_eq!(c.freevars, ["y"]);
}

#[test]
fn class_free_variable_without_local_binding() {
    let t = table("def f(v):\n    class C:\n        a = v\n");
    check(&t, "C", &[("v", Free)]);
    check(&t, "f", &[("v", Cell)]);
}

#[test]
fn super_and_dunder_class_create_class_cell() {
    let src = "class A:\n    def m(self):\n        return super().m()\n    def n(self):\n        return __class__\nclass B:\n    def m(self):\n        return 1\n";
    let t = table(src);
    assert!(scope(&t, "A").needs_class_closure);
    assert_eq!(scope(&t, "A").cellvars, ["__class__"]);
    check(&t, "m", &[("__class__", Free), ("super", GlobalImplicit)]);
    check(&t, "n", &[("__class__", Free)]);
    assert!(!scope(&t, "B").needs_class_closure);
}

#[test]
fn super_outside_class_is_global() {
    let t = table("def f():\n    return super()\n");
    check(&t, "f", &[("__class__", GlobalImplicit)]);
}

#[test]
fn comprehensions_are_function_scopes() {
    let src = "def f(n):\n    return [x + n for x in range(n) if x]\n";
    let t = table(src);
    check(
        &t,
        "<listcomp>",
        &[(".0", Local), ("x", Local), ("n", Free)],
    );
    check(&t, "f", &[("range", GlobalImplicit)]);
    check(&t, "f", &[("n", Cell)]);
    // The first iterable is evaluated in the enclosing scope.
    assert!(scope(&t, "f").flags("range") & USE != 0);
    assert_eq!(scope(&t, "f").flags("x"), 0);
}

#[test]
fn walrus_in_comprehension_binds_in_enclosing_function() {
    let t = table("def f():\n    [(last := x) for x in y]\n    return last\n");
    check(&t, "f", &[("last", Cell)]);
    check(&t, "<listcomp>", &[("last", Free), ("x", Local)]);
    let t = table("[(last := x) for x in y]\n");
    check(&t, "<module>", &[("last", GlobalExplicit)]);
    check(&t, "<listcomp>", &[("last", GlobalExplicit)]);
}

#[test]
fn generator_flags() {
    let t = table(
        "def g():\n    yield 1\ndef f():\n    return 1\nlam = lambda: (yield)\n(x for x in y)\n",
    );
    assert!(scope(&t, "g").is_generator);
    assert!(!scope(&t, "f").is_generator);
    assert!(scope(&t, "<lambda>").is_generator);
    assert!(scope(&t, "<genexpr>").is_generator);
}

#[test]
fn nested_flag_and_mangling() {
    let t = table("class C:\n    def __m(self):\n        self.__x = 1\n        def inner():\n            pass\n");
    assert!(!scope(&t, "__m").nested);
    assert!(scope(&t, "inner").nested);
    check(&t, "C", &[("_C__m", Local)]);
    assert_eq!(scope(&t, "__m").private.as_deref(), Some("C"));
    assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("__"), "__x"), "__x");
    assert_eq!(mangle(Some("C"), "__init__"), "__init__");
}

#[test]
fn imports_and_except_names_bind() {
    let t = table("def f():\n    import a.b\n    from c import d as e\n    try:\n        pass\n    except E as err:\n        pass\n");
    check(
        &t,
        "f",
        &[
            ("a", Local),
            ("e", Local),
            ("err", Local),
            ("E", GlobalImplicit),
        ],
    );
}
