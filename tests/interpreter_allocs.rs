//! The interpreter's own Rust allocations stay out of Python loops: the
//! binary counts its global-allocator calls (`arenapy_alloc::counting`), and
//! `--stats=json` reports how many the program made. Each statement below
//! runs in a loop of 1,000 and of 11,000 iterations; the 10,000 extra
//! iterations must make no more than a small constant of calls (the
//! collector's occasional work), i.e. none per iteration. CPython makes no
//! allocation outside its object allocator for these either.

use std::process::Command;

fn rust_calls(setup: &str, body: &str, n: usize) -> u64 {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("loop.py");
    let body = body.replace('\n', "\n    ");
    std::fs::write(
        &path,
        format!("{setup}\nfor i in range({n}):\n    {body}\n"),
    )
    .expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_arenapy"))
        .arg("--stats=json")
        .arg(&path)
        .output()
        .expect("run arenapy");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).expect("json report");
    assert_eq!(
        v["interpreter"]["counted"], true,
        "counting allocator installed"
    );
    v["interpreter"]["calls_during_program"]
        .as_u64()
        .expect("calls")
}

/// Calls made by 10,000 more iterations of `body`.
fn extra_calls(setup: &str, body: &str) -> i64 {
    rust_calls(setup, body, 11_000) as i64 - rust_calls(setup, body, 1_000) as i64
}

const SLACK: i64 = 20;

fn assert_no_calls_per_iteration(setup: &str, body: &str) {
    let extra = extra_calls(setup, body);
    assert!(
        extra <= SLACK,
        "{body:?}: {extra} Rust allocator calls for 10,000 iterations"
    );
}

#[test]
fn building_tuples_dicts_and_str_of_int() {
    assert_no_calls_per_iteration("", "x = (i, str(i), {}, repr(-i))");
}

#[test]
fn f_string_of_one_int() {
    assert_no_calls_per_iteration("", "x = f'{i}'");
}

#[test]
fn calls_method_calls_and_attribute_stores() {
    assert_no_calls_per_iteration(
        "def f(a, b=2):\n    return a\nclass C:\n    def m(self, x):\n        return x\nc = C()",
        "f(i)\nc.m(i)\nc.attr = i",
    );
}

#[test]
fn raise_and_except() {
    assert_no_calls_per_iteration(
        "",
        "try:\n    raise ValueError(i)\nexcept ValueError as e:\n    pass\ntry:\n    {}[i]\nexcept KeyError:\n    pass",
    );
}

#[test]
fn the_counter_sees_rust_allocations() {
    // `ascii()` of non-ASCII text still builds Rust Strings: the
    // measurement is not blind.
    assert!(extra_calls("", "x = ascii('\\u00e9' + str(i))") >= 10_000);
}

/// Float text is made in a stack buffer and copied into the new str
/// (CPython formats into a buffer, then `PyUnicode_FromString`).
#[test]
fn float_repr_and_format() {
    assert_no_calls_per_iteration(
        "f = 1.5",
        "x = repr(f * i)
y = str(f * i)",
    );
    assert_no_calls_per_iteration(
        "f = 1.5",
        "x = format(f * i, '.2f')
y = f'{f * i:.3e}'",
    );
    assert_no_calls_per_iteration(
        "",
        "x = format(i, ',')
y = f'{i:>8x}'",
    );
}

/// `sorted()` copies into the new list directly; the sort's index and key
/// arrays are heap scratch (CPython's PyMem), the run stack a fixed array.
#[test]
fn sorting() {
    let setup = "l = [3, 1, 2, 5, 4]
w = ['b', 'a', 'c']";
    assert_no_calls_per_iteration(
        setup,
        "x = sorted(l)
y = sorted(w, reverse=True)",
    );
    assert_no_calls_per_iteration(setup, "x = sorted(l, key=lambda v: -v)");
    assert_no_calls_per_iteration(
        setup,
        "y = l[:]
y.sort()",
    );
}

/// Slices are copied straight into the new list, tuple or str.
#[test]
fn slicing() {
    let setup = "l = list(range(20))
t = tuple(l)
s = 'hello world'";
    assert_no_calls_per_iteration(
        setup,
        "a = l[2:10]
b = l[::2]
c = t[1:5]
d = s[2:8]
e = s[::2]",
    );
}

/// Common str methods write their results in place (`split` builds its
/// list as CPython's does).
#[test]
fn str_methods() {
    let setup = "s = ' Hello World '
parts = ['a', 'b', 'c']";
    assert_no_calls_per_iteration(
        setup,
        "a = s.split()
b = s.split('o')
c = ','.join(parts)",
    );
    assert_no_calls_per_iteration(
        setup,
        "a = s.replace('o', '0')
b = s.upper()
c = s.lower()
d = s.strip()",
    );
}

/// BuildList, BuildMap, BuildSet and BuildString collect their operands
/// into a temporary Vec/String in the dispatch loop (eval/dispatch.rs);
/// `new_list_from_iter` and `str::join_parts` are there for the change.
#[test]
fn building_lists_sets_and_f_strings() {
    assert_no_calls_per_iteration("", "x = [i, str(i), {}]");
    assert_no_calls_per_iteration("", "d = {'a': i, 'b': str(i)}\ns = {i}");
    assert_no_calls_per_iteration("", "x = f'{i} and {i!r}'");
}

/// A big int's decimal text goes through base-10^9 limbs in heap scratch
/// straight into the str (CPython's long_to_decimal_string).
#[test]
fn big_int_repr() {
    assert_no_calls_per_iteration("b = 10**30\nc = -(2**100)", "x = str(b)\ny = repr(c)");
}

/// Big-int arithmetic works on the objects' digits with per-thread scratch
/// (CPython computes into new int objects): products up to 64 digits,
/// small powers, shifts, bitwise operators, negation, hash and the
/// conversion to float make no Rust allocation.
#[test]
fn big_int_arithmetic() {
    assert_no_calls_per_iteration(
        "b = 10**30\nc = -(3**90)",
        "x = (b + i) * c - (b << 3) ^ (c >> 5) & i\ny = (b + i) ** 3 + ~c\nz = hash(b + i) + int(float(-b) * 0)",
    );
}

/// A generator run to its end gives its frame back to the frame pool, so a
/// loop making generators does not allocate a frame for each.
#[test]
fn generators_run_to_the_end() {
    assert_no_calls_per_iteration(
        "def gen(n):\n    yield n\n    yield n + 1",
        "for v in gen(i):\n    pass\nx = sum(j for j in (i, i))",
    );
}

/// `%`-formatting writes into one heap buffer (CPython's
/// `_PyUnicodeWriter`), `str.format` too; a str's repr is measured, then
/// written into its object; `s * n` fills its object directly.
#[test]
fn percent_format_str_format_and_repr() {
    let setup = "s = 'abc'\nf = 2.5";
    assert_no_calls_per_iteration(
        setup,
        "a = '%d' % i
b = '%5d %-8s|%6.2f' % (i, s, f * i)
c = '%s=%#x' % (s, i)
d = '%(k)s' % {'k': s}",
    );
    assert_no_calls_per_iteration(
        setup,
        "a = '{}'.format(i)
b = '{0}-{1:>6}|{0!r}'.format(s, i)
c = format(s, '^9')",
    );
    assert_no_calls_per_iteration(
        setup,
        "a = repr(s)
b = f'{s!r}:{i:05d}'
c = 'x' * (i % 8)
d = list(range(5))
e = list(s)",
    );
}

/// `self` goes in front of up to four arguments on the stack
/// (`protocol::call::with_first`): a bound built-in method called with
/// keywords, an `__init__` bound through its defaults or keywords; an
/// exception subclass's args tuple is made from the arguments directly.
#[test]
fn self_in_front_of_the_arguments() {
    assert_no_calls_per_iteration(
        "s = 'a,b'
class C:
    def __init__(self, a=1, b=2):
        self.a = a
class E(Exception):
    pass",
        "x = s.split(sep=',')
y = '{x}'.format(x=s)
c = C()
d = C(b=i)
e = E(i)",
    );
}
