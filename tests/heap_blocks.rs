//! Blocks per object, as `sys._debugmallocstats()` shows them: the probe
//! `tests/heap_blocks/probe.py` makes 2,000 objects of one kind between two
//! reports, and the change per size class, divided by 2,000 and rounded,
//! must be CPython 3.11's (the figures below were read from
//! `/usr/bin/python3.11` running the same probe; when that interpreter is on
//! the machine the test runs it too and compares directly).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// Blocks per object by block size, from CPython 3.11 (64-bit, pymalloc's
/// 16-byte size classes).
const EXPECTED: &[(&str, &[(usize, i64)])] = &[
    // The dict object (48 bytes + GC head); the empty keys are shared.
    ("empty_dict", &[(64, 1)]),
    // Keys block: 32 header + 8 one-byte indices + 5 * 16 str entries.
    ("dict_5_str", &[(64, 1), (128, 1)]),
    // 16 slots: 32 + 16 + 10 * 16 = 208.
    ("dict_6_str", &[(64, 1), (208, 1)]),
    // General entries keep the hash: 32 + 8 + 5 * 24 = 160.
    ("dict_5_int", &[(64, 1), (160, 1)]),
    // A 56-byte instance, and its values array of 3 (after the class's
    // shared keys settled): 8 prefix bytes + 3 * 8 = 32.
    ("instance_2_attrs", &[(32, 1), (64, 1)]),
    // obj.__dict__ is a split dict (64) taking over the values array (32)
    // and sharing the class's keys.
    ("instance_dict", &[(32, 1), (64, 2)]),
    // Its new name joins the shared keys: values arrays of 4 (48 bytes).
    ("instance_dict_new_name", &[(48, 1), (64, 2)]),
    // GC head, header and two slot words: 48; no dict.
    ("slots_2", &[(48, 1)]),
    // staticmethod (48) and its dict (64) of the five names copied from
    // the function (keys: 32 + 8 + 5 * 16 = 120); the function's
    // __annotations__ dict was made by the warm-up.
    ("staticmethod", &[(48, 1), (64, 1), (128, 1)]),
    ("classmethod", &[(48, 1), (64, 1), (128, 1)]),
    // zipobject (64), its tuple of iterators (64), its result tuple (64)
    // and the two list iterators (48).
    ("zip", &[(48, 2), (64, 3)]),
    // types.ModuleType("m"): the module (72), its dict (64) and the dict's
    // keys of five names (120).
    ("module", &[(64, 1), (80, 1), (128, 1)]),
    // dictiterobject: di_dict, di_used, di_pos, di_result, len (72 bytes).
    ("dict_keys_iter", &[(80, 1)]),
    // The same, and its result tuple of two (56 bytes) made at creation.
    ("dict_items_iter", &[(64, 1), (80, 1)]),
    // setiterobject (64 bytes) and the set of one (216 bytes).
    ("set_iter", &[(64, 1), (224, 1)]),
    // enumobject with 3.11's `one` (72 bytes), its result tuple and the
    // list iterator (48 bytes).
    ("enumerate", &[(48, 1), (64, 1), (80, 1)]),
    // PyBaseExceptionObject (72 bytes + GC head) and its args tuple of one.
    ("exception", &[(48, 1), (96, 1)]),
    // PyOSErrorObject (112 + 16) and args (None, None).
    ("oserror", &[(64, 1), (128, 1)]),
    // PyStopIterationObject: one word more than the base (80 + 16).
    ("stop_iteration", &[(48, 1), (96, 1)]),
    // PySyntaxErrorObject: eight words more (136 + 16).
    ("syntax_error", &[(48, 1), (160, 1)]),
    // A class statement's subclass adds the weak-reference word (80 + 16).
    ("exception_subclass", &[(48, 1), (96, 1)]),
    // The generator with its frame inside (`gen_sizeof`: 168 bytes with
    // the GC head, plus 8 per localsplus slot): no locals, a stack of one.
    ("generator", &[(176, 1)]),
    // Four locals and a stack of two: 168 + 6 * 8 = 216.
    ("generator_locals", &[(224, 1)]),
    // `.0` and `x`, a stack of two (200 bytes); its frame keeps the
    // genexpr's function (160) alive, and `.0` the list iterator (48).
    ("genexpr", &[(48, 1), (160, 1), (208, 1)]),
    // A class statement (the type object itself, 904 bytes + GC head, is a
    // raw block): its namespace dict (64) and keys (__module__, __dict__,
    // __weakref__, __doc__: 120), its `__dict__` and `__weakref__` getset
    // descriptors (64 each), its MRO tuple of two (64) and bases tuple of
    // one (48), and its entry in `object.__subclasses__`: an int key (32)
    // and a weak reference (80).
    (
        "class_statement",
        &[(32, 1), (48, 1), (64, 4), (80, 1), (128, 1)],
    ),
    // PyWeakReference: 64 bytes and the GC head.
    ("weakref", &[(80, 1)]),
    // KeyedRef's `__slots__ = ("key",)`: one word more (88).
    ("keyed_ref", &[(96, 1)]),
    // rangeobject (48 bytes) pointing at its stop and length ints (three
    // 30-bit digits: 36 bytes each); start and step are cached small ints.
    ("range_beyond_words", &[(48, 3)]),
    // _PyNamespace_Type (24 bytes + GC head) and its dict, made at once.
    ("simple_namespace", &[(48, 1), (64, 1)]),
    // A class statement's subclass of a fixed-size built-in: the body, the
    // managed dict's two words and the weak-reference word (56 + 24).
    ("list_subclass", &[(80, 1)]),
    // Its first attribute: a split dict (64) over the class's shared keys
    // with a values array of their 30 usable entries (32 + 240 = 272).
    ("list_subclass_attr", &[(64, 1), (80, 1), (272, 1)]),
    // 64 + 24 = 88.
    ("dict_subclass", &[(96, 1)]),
    // A variable-size base: the dict word in tp_basicsize (32) and one
    // spare digit (`PyType_GenericAlloc` allocates n + 1 items), with the
    // GC head: 16 + 32 + 2 * 4 = 56.
    ("int_subclass", &[(64, 1)]),
    // 16 + 32 + 3 * 8 = 72.
    ("tuple_subclass", &[(80, 1)]),
    // 16 + 16 (pre-header) + 24 + 8 (weak list) = 64.
    ("float_subclass", &[(64, 1)]),
    // ZeroDivisionError (96), its args tuple (48) and message (80), the
    // traceback (64), the frame object it refers to (136 + 8 * (2 locals
    // + a stack of 4) = 184), and the frame's `i` it keeps (an int above
    // 256 for most of them).
    (
        "exception_traceback",
        &[(32, 1), (48, 1), (64, 1), (80, 1), (96, 1), (192, 1)],
    ),
    // A traceback and a frame object per frame: `raiser`'s has no locals
    // and a stack of one (144); ValueError's args are the empty tuple.
    (
        "exception_traceback_two_frames",
        &[(32, 1), (64, 2), (96, 1), (144, 1), (192, 1)],
    ),
    // rangeobject (48) with its length, a new int (32); the stop is the
    // constant 1000 itself, start and step cached small ints.
    ("range_1000", &[(32, 1), (48, 1)]),
    // The same with a new stop (32).
    ("range_new_stop", &[(32, 2), (48, 1)]),
    // PEP 393 compact forms: 72 bytes of header, then (n + 1) * kind
    // bytes: 72 + 11 = 83 for ten latin-1 characters, 72 + 6 * 4 = 96
    // for five astral ones, 72 + 4 = 76 for "éaé".
    ("str_latin1", &[(96, 1)]),
    ("str_astral", &[(96, 1)]),
    ("str_latin1_join", &[(80, 1)]),
    // A str subclass's instance is a non-compact `PyUnicodeObject`: the
    // GC head, the managed dict's two pre-header words, 80 bytes and the
    // weak-reference word (120), and its text in a block of its own (4).
    ("str_subclass", &[(16, 1), (128, 1)]),
];

/// Per-size-class changes between the two `_debugmallocstats` tables on
/// stderr, per object (2,000 of them), rounded; zero entries dropped.
fn per_object(stderr: &str) -> BTreeMap<usize, i64> {
    per_object_pairs(stderr).swap_remove(0)
}

/// [`per_object`] for each pair of tables in turn.
fn per_object_pairs(stderr: &str) -> Vec<BTreeMap<usize, i64>> {
    let mut tables: Vec<BTreeMap<usize, i64>> = Vec::new();
    for line in stderr.lines() {
        if line.starts_with("class   size") {
            tables.push(BTreeMap::new());
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        if let (Some(t), 5) = (tables.last_mut(), cols.len()) {
            if let (Ok(size), Ok(blocks)) = (cols[1].parse::<usize>(), cols[3].parse::<i64>()) {
                t.insert(size, blocks);
            }
        }
    }
    assert!(
        tables.len() >= 2,
        "two _debugmallocstats reports:\n{stderr}"
    );
    tables
        .chunks_exact(2)
        .map(|pair| {
            let (a, b) = (&pair[0], &pair[1]);
            let mut out = BTreeMap::new();
            for (size, after) in b {
                let delta = after - a.get(size).copied().unwrap_or(0);
                let per = (delta as f64 / 2000.0).round() as i64;
                if per != 0 {
                    out.insert(*size, per);
                }
            }
            out
        })
        .collect()
}

fn run(cmd: &mut Command, kind: &str) -> BTreeMap<usize, i64> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/heap_blocks");
    let out = cmd
        .arg("probe.py")
        .arg(kind)
        .current_dir(&dir)
        .output()
        .expect("run the probe");
    assert!(out.status.success(), "{kind}: {out:?}");
    per_object(&String::from_utf8_lossy(&out.stderr))
}

#[test]
fn blocks_per_object_match_cpython() {
    for (kind, expected) in EXPECTED {
        let expected: BTreeMap<usize, i64> = expected.iter().copied().collect();
        let mut ours = Command::new(env!("CARGO_BIN_EXE_arenapy"));
        ours.args(["--profile", "cpython311"]);
        assert_eq!(run(&mut ours, kind), expected, "arenapy, {kind}");
    }
}

#[test]
fn expected_figures_are_cpythons() {
    let py = Path::new("/usr/bin/python3.11");
    if !py.exists() {
        println!("skipped: /usr/bin/python3.11 is not on this machine");
        return;
    }
    for (kind, expected) in EXPECTED {
        let expected: BTreeMap<usize, i64> = expected.iter().copied().collect();
        assert_eq!(
            run(&mut Command::new(py), kind),
            expected,
            "CPython, {kind}"
        );
    }
}

/// The scripts of `str_probe.py`: name, PEP 393 kind, UTF-8 bytes per
/// character.
const STR_SCRIPTS: &[(&str, usize, usize)] = &[
    ("latin1", 1, 2),
    ("bmp2", 2, 2),
    ("bmp", 2, 3),
    ("astral", 4, 4),
];
/// How `str_probe.py` makes its strs (see its `makers`).
const STR_HOWS: &[&str] = &[
    "repeat", "concat", "join", "slice", "narrow", "upper", "replace", "fstring", "decode",
    "subclass",
];
/// The lengths `str_probe.py` measures, in its order.
const STR_LENGTHS: &[usize] = &[1, 10, 30, 100, 1000];

/// A request of `size` bytes as the cpython311 profile's object allocator
/// serves it: a block of the 16-byte size class, or (above 512 bytes) a
/// raw block, which `_debugmallocstats` does not count.
fn small_block(size: usize) -> Option<usize> {
    (size <= 512).then(|| size.div_ceil(16) * 16)
}

/// Blocks per str in CPython 3.11, from its design: the compact object of
/// 72 bytes and `(n + 1) * kind` of characters; no new object where
/// CPython gives the operand itself (`c * 1`, `"" + c`) or a latin-1
/// singleton (one-character substrings and decoded text); a subclass's
/// instance is a 120-byte object (GC head, managed-dict pre-header,
/// `PyUnicodeObject`, weak-reference word) and its data block; the UTF-8
/// decoder leaves the text in room for one character per byte, shrunk
/// (`_PyUnicodeWriter_Finish`, `pymalloc_realloc`'s three-quarter rule),
/// and room above 512 bytes in a raw block, which stays raw.
fn cpython_str_blocks(
    kind: usize,
    bytes_per_char: usize,
    how: &str,
    n: usize,
) -> BTreeMap<usize, i64> {
    let mut m = BTreeMap::new();
    let mut add = |size: usize| {
        if let Some(b) = small_block(size) {
            *m.entry(b).or_insert(0) += 1;
        }
    };
    let compact = 72 + (n + 1) * kind;
    match how {
        "repeat" | "concat" if n == 1 => {}
        "slice" | "narrow" | "decode" if n == 1 && kind == 1 => {}
        "subclass" => {
            add(120);
            add((n + 1) * kind);
        }
        "decode" => {
            let room = 72 + (n * bytes_per_char + 1) * kind;
            match small_block(room) {
                None => {}
                Some(block) if 4 * compact > 3 * block => add(room),
                Some(_) => add(compact),
            }
        }
        _ => add(compact),
    }
    m
}

fn run_str_probe(cmd: &mut Command, script: &str, how: &str) -> Vec<BTreeMap<usize, i64>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/heap_blocks");
    let out = cmd
        .arg("str_probe.py")
        .arg(script)
        .arg(how)
        .current_dir(&dir)
        .output()
        .expect("run the str probe");
    assert!(out.status.success(), "{script} {how}: {out:?}");
    let got = per_object_pairs(&String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        got.len(),
        STR_LENGTHS.len(),
        "{script} {how}: one pair per length"
    );
    got
}

/// 2,000 strs of each script, length and way of making them take
/// CPython's blocks.
#[test]
fn str_blocks_per_object_match_cpython() {
    for &(script, kind, bpc) in STR_SCRIPTS {
        for how in STR_HOWS {
            let mut ours = Command::new(env!("CARGO_BIN_EXE_arenapy"));
            ours.args(["--profile", "cpython311"]);
            let got = run_str_probe(&mut ours, script, how);
            for (&n, got) in STR_LENGTHS.iter().zip(got) {
                let expected = cpython_str_blocks(kind, bpc, how, n);
                assert_eq!(got, expected, "arenapy, {script} {how} {n}");
            }
        }
    }
}

#[test]
fn str_expected_figures_are_cpythons() {
    let py = Path::new("/usr/bin/python3.11");
    if !py.exists() {
        println!("skipped: /usr/bin/python3.11 is not on this machine");
        return;
    }
    for &(script, kind, bpc) in STR_SCRIPTS {
        for how in STR_HOWS {
            let got = run_str_probe(&mut Command::new(py), script, how);
            for (&n, got) in STR_LENGTHS.iter().zip(got) {
                let expected = cpython_str_blocks(kind, bpc, how, n);
                assert_eq!(got, expected, "CPython, {script} {how} {n}");
            }
        }
    }
}
