//! The seed article's facts, checked on a real interpreter:
//! `id(x)` is an address inside an arena of the heap, and
//! `a = 100; b = a; a = a + 1` allocates and frees exactly the int objects
//! the design says it does.

use arenapy_alloc::Profile;
use arenapy_vm::memory::stats::{snapshot, ObjectCounts};
use arenapy_vm::objects::Layout;
use arenapy_vm::{Config, Interpreter, Outcome};

fn interp(profile: Profile) -> Interpreter {
    Interpreter::new(Config {
        profile,
        ..Config::default()
    })
}

/// (allocated, freed) ints between two snapshots.
fn ints(before: &ObjectCounts, after: &ObjectCounts) -> (u64, u64) {
    let i = Layout::Int as usize;
    (
        after.allocated[i] - before.allocated[i],
        after.freed[i] - before.freed[i],
    )
}

#[test]
fn id_of_a_fresh_small_object_lies_in_an_arena() {
    let mut i = interp(Profile::Classic);
    assert_eq!(
        i.run_source("x = [1, 2]\nn = 12345\nf = 2.5\ns = 'text'\n", "<t>"),
        Outcome::Ok
    );
    for name in ["x", "n", "f", "s"] {
        let addr = i.global_id(name).expect("bound");
        assert!(
            i.arena_contains(addr),
            "id({name}) = {addr:#x} is in no arena"
        );
        // The address is what Python's id() says.
        let check = format!("assert id({name}) == {addr}\n");
        assert_eq!(i.run_source(&check, "<t>"), Outcome::Ok, "id({name})");
    }
    let not_heap = &i as *const Interpreter as usize;
    assert!(!i.arena_contains(not_heap));
}

/// The seed's example in the classic profile (no small-int cache), one
/// statement at a time, so each count can be attributed:
///
/// - `a = 100`: loading the code object creates its constant, the int 100
///   (1 allocated); `a` keeps it after the code object is dropped.
/// - `b = a`: no int is created; 100 now has two names.
/// - `a = a + 1`: loading creates the constant 1, running `a + 1` creates
///   the int 101 (2 allocated); dropping the code object frees the
///   constant 1 (1 freed). The int 100 survives: `b` holds it.
/// - `del b`: the last reference to 100 goes, so it is freed (1 freed) —
///   into the int free list, where the next int allocation finds it.
#[test]
fn seed_example_int_counts_classic() {
    let mut i = interp(Profile::Classic);
    let steps: [(&str, (u64, u64)); 4] = [
        ("a = 100\n", (1, 0)),
        ("b = a\n", (0, 0)),
        ("a = a + 1\n", (2, 1)),
        ("del b\n", (0, 1)),
    ];
    for (src, expected) in steps {
        let before = snapshot();
        assert_eq!(i.run_source(src, "<t>"), Outcome::Ok);
        assert_eq!(ints(&before, &snapshot()), expected, "{src:?}");
    }
    // 100 went to the int free list: the next int reuses its block.
    let before = i.mem_snapshot();
    assert_eq!(i.run_source("c = a * 2\n", "<t>"), Outcome::Ok);
    let d = before.diff(&i.mem_snapshot());
    let int_list = d
        .freelists
        .iter()
        .find(|f| f.0 == "int")
        .expect("int free list");
    assert!(int_list.1 >= 1, "no free-list hit: {}", d.render());
}

/// The whole example as one script: 100, 1 and 101 are allocated; only the
/// constant 1 is freed (with the code object); `print` allocates strings,
/// not ints.
#[test]
fn seed_example_as_one_script() {
    let mut i = interp(Profile::Classic);
    let before = snapshot();
    assert_eq!(
        i.run_source(
            "a = 100\nb = a\na = a + 1\nassert (a, b) == (101, 100)\n",
            "<t>"
        ),
        Outcome::Ok
    );
    // The tuple constant (101, 100) adds two more ints, freed with the code.
    assert_eq!(ints(&before, &snapshot()), (3 + 2, 1 + 2));
}

/// What the REPL's `:mem diff` reports: running `a = a + 1` (apart from
/// loading its code) allocates one int and frees the old one.
#[test]
fn running_a_plus_one_allocates_one_int_and_frees_one() {
    let mut i = interp(Profile::Classic);
    i.run_source("a = 100\n", "<t>");
    let run = i.run_interactive_measured("a = a + 1");
    assert_eq!(run.outcome, Outcome::Ok);
    assert_eq!(run.effect.run.objects_of("Int"), (1, 1));
    // The constant 1: loaded with the code object, freed with it.
    assert!(
        run.effect.code.contains(&("Int", 1, 1)),
        "{:?}",
        run.effect.code
    );
}

/// CPython 3.11 caches the ints -5..256: the example allocates no int at all.
#[test]
fn seed_example_int_counts_cpython311() {
    let mut i = interp(Profile::Cpython311);
    let before = snapshot();
    assert_eq!(
        i.run_source("a = 100\nb = a\na = a + 1\ndel b\n", "<t>"),
        Outcome::Ok
    );
    assert_eq!(ints(&before, &snapshot()), (0, 0));
    // Outside the cache every result is a new object, as in CPython.
    i.run_source("a = 1000\n", "<t>");
    let run = i.run_interactive_measured("a = a + 1");
    assert_eq!(run.effect.run.objects_of("Int"), (1, 1));
}
