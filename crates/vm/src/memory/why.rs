//! "Why is it still alive?": the chains of references that keep an object
//! alive, from a root down to it (objgraph's `find_backref_chain` for
//! CPython), behind the REPL's `:why NAME` and `--why-alive-at-exit`.
//!
//! The search goes forwards from the roots — each global of `__main__`,
//! each module in `sys.modules`, the built-ins — over every container's
//! references (`objects::traverse`), breadth first, so each chain found is
//! a shortest one. Forwards rather than from referrers, because containers
//! the collector does not track (a dict of ints) still hold references.
//!
//! Invariant: nothing is freed during a search; every object visited is
//! kept alive by a reference held in the search's own tables.

use crate::memory::object::{Obj, ObjRef};
use crate::memory::trace::short_repr;
use crate::objects::dict::dict_body;
use crate::objects::list::ListBody;
use crate::objects::str::try_str;
use crate::objects::{tuple, Layout};
use crate::protocol::attr;
use crate::vm::Vm;
use std::collections::{HashMap, VecDeque};
use std::fmt::Write;

/// How many objects one search may visit (a bound on time and memory).
const VISIT_LIMIT: usize = 1_000_000;

/// How `parent` refers to `child`: `['key']`, `[3]`, `.attr`, or the kind
/// of reference.
pub fn relation(parent: &Obj, child: &Obj) -> String {
    if let Some(d) = dict_body(parent) {
        for e in d.table.borrow().iter() {
            if e.value.is(child) {
                return format!("[{}]", short_repr(e.key));
            }
            if e.key.is(child) {
                return "(a key)".into();
            }
        }
    }
    if parent.layout() == Layout::Instance {
        for (k, v) in crate::objects::instance::own_items(parent) {
            if v.is(child) {
                return format!(".{}", try_str(&k).unwrap_or("?"));
            }
        }
    }
    if let Some(t) = attr::instance_dict(parent) {
        if let Ok(t) = t.try_borrow() {
            for e in t.iter() {
                if e.value.is(child) {
                    return format!(".{}", try_str(e.key).unwrap_or("?"));
                }
            }
        }
    }
    match parent.layout() {
        Layout::List => {
            if let Some(l) = parent.payload::<ListBody>() {
                if let Some(i) = l.items.borrow().iter().position(|o| o.is(child)) {
                    return format!("[{i}]");
                }
            }
        }
        Layout::Tuple => {
            if let Some(i) = tuple::tuple_items(parent).iter().position(|o| o.is(child)) {
                return format!("[{i}]");
            }
        }
        Layout::Set => return "(a member)".into(),
        Layout::Cell => return "(cell contents)".into(),
        Layout::Instance | Layout::Exception if parent.ty().is(child) => {
            return "(its class)".into()
        }
        _ => {}
    }
    "(a reference)".into()
}

/// A short description of an object for a chain: its type and short repr.
pub fn describe(o: &Obj) -> String {
    let ty = o.type_body().name();
    match o.layout() {
        Layout::Function => {
            if let Some(f) = o.payload::<crate::objects::function::FunctionBody>() {
                return format!("function {}", try_str(&f.qualname.borrow()).unwrap_or("?"));
            }
        }
        Layout::Module => return format!("module {}", crate::objects::module::module_name(o)),
        Layout::Dict => {
            if let Some(d) = dict_body(o) {
                return format!("dict of {} item(s)", d.table.borrow().len());
            }
        }
        _ => {}
    }
    let r = short_repr(o);
    if r.starts_with('<') {
        r
    } else {
        format!("{ty} {r}")
    }
}

/// The roots of the search: (name, object).
fn roots(vm: &Vm) -> Vec<(String, ObjRef)> {
    let mut out = Vec::new();
    if let Some(d) = dict_body(&vm.main_globals) {
        for e in d.table.borrow().iter() {
            if let Some(k) = try_str(e.key) {
                out.push((format!("global '{k}' of __main__"), e.value.clone()));
            }
        }
    }
    if let Some(d) = dict_body(&vm.modules) {
        for e in d.table.borrow().iter() {
            if let Some(k) = try_str(e.key) {
                if k != "__main__" {
                    out.push((format!("module '{k}' (in sys.modules)"), e.value.clone()));
                }
            }
        }
    }
    out.push(("the built-ins".into(), vm.builtins.clone()));
    out
}

/// Up to `max` shortest chains from distinct roots to `target`, each as
/// [`ChainIndex::steps`] gives it.
pub fn chains_to(vm: &Vm, target: &Obj, max: usize) -> Vec<Vec<String>> {
    roots(vm)
        .into_iter()
        .filter_map(|root| ChainIndex::search(vec![root], Some(target.id())).steps(target.id()))
        .take(max)
        .collect()
}

/// Shortest chains from roots, found by one breadth-first search: to
/// every object reachable from all the roots at once ([`ChainIndex::build`],
/// for the heap map page, where clicking a block shows what keeps its
/// object alive), or from some roots until one object is reached
/// ([`ChainIndex::search`], for `:why`).
pub struct ChainIndex {
    roots: Vec<String>,
    /// Object id -> (the object, its parent's id or `Err(root index)`).
    parent: HashMap<usize, (ObjRef, Result<usize, usize>)>,
}

impl ChainIndex {
    pub fn build(vm: &Vm) -> ChainIndex {
        ChainIndex::search(roots(vm), None)
    }

    /// Searches from `roots` (named), stopping early once the object whose
    /// id is `target` is reached.
    pub fn search(roots: Vec<(String, ObjRef)>, target: Option<usize>) -> ChainIndex {
        let mut index = ChainIndex {
            roots: Vec::new(),
            parent: HashMap::new(),
        };
        let mut queue = VecDeque::new();
        for (i, (name, obj)) in roots.into_iter().enumerate() {
            index.roots.push(name);
            if let std::collections::hash_map::Entry::Vacant(e) = index.parent.entry(obj.id()) {
                e.insert((obj.clone(), Err(i)));
                queue.push_back(obj);
            }
        }
        while let Some(o) = queue.pop_front() {
            if index.parent.len() > VISIT_LIMIT {
                break;
            }
            let mut children = Vec::new();
            crate::objects::traverse(&o, &mut |c: &Obj| children.push(c.to_ref()));
            for c in children {
                if let std::collections::hash_map::Entry::Vacant(e) = index.parent.entry(c.id()) {
                    e.insert((c.clone(), Ok(o.id())));
                    queue.push_back(c);
                }
            }
            if target.is_some_and(|t| index.parent.contains_key(&t)) {
                break;
            }
        }
        index
    }

    /// The chain to the object whose id is `id`, one step a line, from its
    /// root; None if the object was not reached.
    pub fn chain(&self, id: usize) -> Option<String> {
        self.steps(id).map(|s| s.join("\n"))
    }

    /// The chain to the object whose id is `id`: its root's name, then for
    /// each holder on the way its description and how it refers to the
    /// next object; None if the object was not reached.
    pub fn steps(&self, id: usize) -> Option<Vec<String>> {
        let mut steps = Vec::new();
        let mut cur = id;
        loop {
            let (obj, up) = self.parent.get(&cur)?;
            match up {
                Ok(p) => {
                    let holder = &self.parent.get(p)?.0;
                    steps.push(format!("{} {}", describe(holder), relation(holder, obj)));
                    cur = *p;
                }
                Err(root) => {
                    steps.push(self.roots[*root].clone());
                    break;
                }
            }
            if steps.len() > 64 {
                break;
            }
        }
        steps.reverse();
        Some(steps)
    }
}

/// The reference cycles among `garbage` (what a collection found), each as
/// its ring of objects: `A [0] -> B .x -> A`. Every object is shown in at
/// most one ring; at most `max` rings.
pub fn rings(garbage: &[ObjRef], max: usize) -> Vec<String> {
    let index: HashMap<usize, usize> = garbage
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id(), i))
        .collect();
    let edges: Vec<Vec<usize>> = garbage
        .iter()
        .map(|o| {
            let mut out = Vec::new();
            crate::objects::traverse(o, &mut |c: &Obj| {
                if let Some(&j) = index.get(&c.id()) {
                    out.push(j);
                }
            });
            out
        })
        .collect();
    let mut shown = vec![false; garbage.len()];
    let mut out = Vec::new();
    for start in 0..garbage.len() {
        if shown[start] || out.len() >= max {
            continue;
        }
        // Breadth-first from `start` back to itself: the shortest ring.
        let mut prev: HashMap<usize, usize> = HashMap::new();
        let mut queue = VecDeque::from([start]);
        let mut closing = None;
        'search: while let Some(i) = queue.pop_front() {
            for &j in &edges[i] {
                if j == start {
                    closing = Some(i);
                    break 'search;
                }
                if let std::collections::hash_map::Entry::Vacant(e) = prev.entry(j) {
                    e.insert(i);
                    queue.push_back(j);
                }
            }
        }
        let Some(mut last) = closing else { continue };
        let mut ring = vec![last];
        while last != start {
            last = prev[&last];
            ring.push(last);
        }
        ring.reverse();
        let mut text = String::new();
        for (k, &i) in ring.iter().enumerate() {
            let next = ring[(k + 1) % ring.len()];
            shown[i] = true;
            let _ = write!(
                text,
                "{} {} -> ",
                describe(&garbage[i]),
                relation(&garbage[i], &garbage[next])
            );
        }
        text.push_str(if ring.len() == 1 {
            "(itself)"
        } else {
            "(back to the first)"
        });
        out.push(text);
    }
    out
}

/// The text of `:why NAME`.
pub fn render(name: &str, target: &Obj, chains: &[Vec<String>]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{name}: {} (refcount {})",
        describe(target),
        target.refcnt() - 1
    );
    if chains.is_empty() {
        s.push_str("  no chain from a global, a module or the built-ins\n");
        return s;
    }
    for steps in chains {
        let mut indent = 2;
        for step in steps {
            let _ = writeln!(s, "{:indent$}{step}", "");
            indent += 2;
        }
        let _ = writeln!(s, "{:indent$}-> {}", "", describe(target));
    }
    s
}

/// Objects still tracked after teardown's last collection, each with the
/// tracked containers that refer to it: what keeps them alive is outside
/// the object graph (a reference the interpreter itself holds, or a leak).
pub fn survivors_report(survivors: &[ObjRef]) -> String {
    let mut s = String::new();
    if survivors.is_empty() {
        s.push_str("why alive at exit: nothing survives teardown's last collection\n");
        return s;
    }
    let _ = writeln!(
        s,
        "why alive at exit: {} container(s) survive teardown's last collection",
        survivors.len()
    );
    for o in survivors.iter().take(50) {
        // Holders with the same description are counted together.
        let mut held_by: Vec<(String, usize)> = Vec::new();
        let mut holders = 0isize;
        for p in survivors {
            let mut hit = false;
            crate::objects::traverse(p, &mut |c: &Obj| hit |= c.is(o));
            if hit {
                holders += 1;
                let d = format!("{} {}", describe(p), relation(p, o));
                match held_by.iter_mut().find(|(x, _)| *x == d) {
                    Some((_, n)) => *n += 1,
                    None => held_by.push((d, 1)),
                }
            }
        }
        let held_by: Vec<String> = held_by
            .into_iter()
            .map(|(d, n)| if n == 1 { d } else { format!("{n} × {d}") })
            .collect();
        // The references the survivors' own links explain; the rest come
        // from outside the object graph.
        let outside = o.refcnt() - holders;
        let _ = writeln!(
            s,
            "  {} (refcount {}): {}{}",
            describe(o),
            o.refcnt(),
            if held_by.is_empty() {
                "no container refers to it".to_string()
            } else {
                format!("held by {}", held_by.join("; "))
            },
            if outside > 0 {
                format!("; {outside} reference(s) from outside the object graph")
            } else {
                String::new()
            }
        );
    }
    s
}

impl crate::Interpreter {
    /// `:why NAME`: the chains that keep the value bound to `name` alive;
    /// None if the name is unbound.
    pub fn why(&mut self, name: &str) -> Option<String> {
        let value = self.lookup_global(name)?;
        let chains = chains_to(self.vm(), &value, 5);
        Some(render(name, &value, &chains))
    }
}
