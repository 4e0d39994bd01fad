//! Watching the heap: `--trace-alloc` (text, JSON lines, filters) and
//! `--heap-map` (SVG well-formed; the HTML page self-contained, and in a
//! real browser — headless Chromium, when installed — drawing blocks, moving
//! with its slider and naming the object under the pointer).
//!
//! The expected facts are the seed article's (DESIGN.md): `a = a + 1`
//! allocates a new int in a 32-byte block (size class 3 of the classic
//! geometry) and the old int is freed when nothing refers to it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn arenapy(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_arenapy"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("run arenapy")
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The seed example with the first value computed, so that `del b` drops
/// its last reference (a literal 100 stays alive in the code object's
/// constants, as in CPython).
const SEED: &str = "a = int('100')\nb = a\na = a + 1\ndel b\nprint(a)\n";

fn stderr_lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn trace_tells_the_seed_story() {
    let out = arenapy(&["--trace-alloc", "-c", SEED], &root());
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "101\n");
    let lines = stderr_lines(&out);
    let alloc = lines
        .iter()
        .position(|l| l.starts_with("<string>:3: alloc int 101: 32 bytes in a 32-byte block (size class 3), arena 0 pool "))
        .unwrap_or_else(|| panic!("no allocation of 101 at line 3:\n{}", lines.join("\n")));
    let free = lines
        .iter()
        .position(|l| l.starts_with("<string>:4: free int 100 (refcount reached zero)"))
        .unwrap_or_else(|| panic!("100 not freed at line 4:\n{}", lines.join("\n")));
    assert!(alloc < free);
    // Nothing else is freed by `del b` (the block goes to the classic
    // profile's int free list).
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.starts_with("<string>:4: free"))
            .count(),
        1
    );
    // At the end, teardown frees what is left, and says so.
    assert!(
        lines.iter().any(|l| l.contains("free int 101 (teardown)")),
        "{}",
        lines.join("\n")
    );
}

#[test]
fn trace_of_the_shipped_seed_example() {
    let out = arenapy(&["--trace-alloc", "seed.py"], &root().join("examples"));
    let lines = stderr_lines(&out);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("seed.py:4: alloc int 101: 32 bytes in a 32-byte block")),
        "{}",
        lines.join("\n")
    );
    // The literal 100 lives in the code object's constants, so `del b`
    // (line 7) frees nothing; it dies with the code object after the run.
    assert!(!lines.iter().any(|l| l.starts_with("seed.py:7: free")));
    assert!(lines.iter().any(|l| l.contains("free int 100")));
}

#[test]
fn trace_as_json_lines() {
    let out = arenapy(&["--trace-alloc=jsonl", "-c", SEED], &root());
    let events: Vec<serde_json::Value> = stderr_lines(&out)
        .iter()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect();
    let alloc = events
        .iter()
        .find(|e| e["event"] == "alloc" && e["type"] == "int" && e["repr"] == "101")
        .expect("alloc of 101");
    assert_eq!(alloc["file"], "<string>");
    assert_eq!(alloc["line"], 3);
    assert_eq!(alloc["size"], 32);
    assert_eq!(alloc["block_size"], 32);
    assert_eq!(alloc["size_class"], 3);
    assert!(alloc["addr"].as_str().unwrap().starts_with("0x"));
    for key in ["arena", "pool", "block", "seq"] {
        assert!(alloc[key].is_u64(), "{key} in {alloc}");
    }
    let free = events
        .iter()
        .find(|e| (e["event"] == "free" || e["event"] == "freelist-put") && e["repr"] == "100")
        .expect("free of 100");
    assert_eq!(free["line"], 4);
    assert_eq!(free["reason"], "refcount reached zero");
    // Sequence numbers increase.
    let seqs: Vec<u64> = events.iter().map(|e| e["seq"].as_u64().unwrap()).collect();
    assert!(seqs.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn trace_filters_by_type_and_line() {
    let script = "x = [i + 1.5 for i in range(2)]\ny = 'a' * 40\nz = 7 ** 30\n";
    let out = arenapy(
        &["--trace-alloc", "--trace-types", "float", "-c", script],
        &root(),
    );
    let lines = stderr_lines(&out);
    assert!(!lines.is_empty());
    assert!(
        lines.iter().all(|l| l.contains(" float ")),
        "{}",
        lines.join("\n")
    );
    assert!(lines
        .iter()
        .any(|l| l.starts_with("<string>:1: alloc float 1.5")));
    let out = arenapy(
        &["--trace-alloc", "--trace-lines", "2-3", "-c", script],
        &root(),
    );
    let lines = stderr_lines(&out);
    assert!(lines
        .iter()
        .any(|l| l.starts_with("<string>:2: alloc str 'aaaa")));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("<string>:3: alloc int ")));
    assert!(lines
        .iter()
        .all(|l| l.starts_with("<string>:2:") || l.starts_with("<string>:3:")));
    let bad = arenapy(&["--trace-lines", "9-2", "-c", "1"], &root());
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn trace_shows_collections_and_their_frees() {
    let script = "import gc\nl = []\nl.append(l)\ndel l\nn = gc.collect()\n";
    let out = arenapy(&["--trace-alloc", "-c", script], &root());
    let lines = stderr_lines(&out);
    assert!(lines
        .iter()
        .any(|l| l.starts_with("<string>:5: gc: collecting generation 2")));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("<string>:5: free list") && l.contains("(cycle collector)")),
        "{}",
        lines.join("\n")
    );
    assert!(lines
        .iter()
        .any(|l| l.starts_with("<string>:5: gc: generation 2 done, 1 unreachable")));
}

fn heap_map(path: &Path) {
    let out = arenapy(
        &["--heap-map", path.to_str().unwrap(), "seed.py"],
        &root().join("examples"),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn heap_map_svg_is_well_formed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seed.svg");
    heap_map(&path);
    let text = std::fs::read_to_string(&path).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("well-formed SVG");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let blocks = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("class") == Some("b"))
        .count();
    assert!(blocks > 100, "{blocks} blocks drawn");
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("title"))
        .filter_map(|n| n.text())
        .collect();
    assert!(
        titles
            .iter()
            .any(|t| t.starts_with("int 101 (32 B, seed.py:4)")),
        "no int 101 block"
    );
    assert!(text.contains("arena 0:"));
}

#[test]
fn heap_map_html_is_self_contained() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seed.html");
    heap_map(&path);
    let page = std::fs::read_to_string(&path).unwrap();
    for outside in [
        "http://",
        "https://",
        "<script src",
        "<link",
        "@import",
        "//cdn",
    ] {
        assert!(!page.contains(outside), "page refers outside: {outside}");
    }
    assert!(page.contains("<canvas id=\"map\""));
    // Any other name writes both files.
    let both = dir.path().join("both");
    heap_map(&both);
    assert!(dir.path().join("both.svg").exists() && dir.path().join("both.html").exists());
}

fn chromium() -> Option<PathBuf> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

fn chromium_cmd(bin: &Path, profile: &Path) -> Command {
    let mut c = Command::new(bin);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}

#[test]
fn heap_map_page_works_in_a_browser() {
    let Some(bin) = chromium() else {
        eprintln!("skipped: no chromium on this machine (.ci/run installs it)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seed.html");
    heap_map(&path);
    let url = format!("file://{}#selftest", path.display());
    let out = chromium_cmd(&bin, &dir.path().join("profile"))
        .args(["--virtual-time-budget=10000", "--dump-dom"])
        .arg(&url)
        .output()
        .expect("run chromium");
    let dom = String::from_utf8_lossy(&out.stdout);
    let start = dom.find("<pre id=\"selftest\">").expect("self-test output") + 19;
    let end = start + dom[start..].find("</pre>").unwrap();
    let json = dom[start..end]
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    let r: serde_json::Value =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert!(r["usedAtEnd"].as_u64().unwrap() > 100, "{r}");
    assert!(r["steps"].as_u64().unwrap() >= 3, "{r}");
    // The hover names the int the script made, where it was allocated.
    let hover = r["hover"].as_str().unwrap_or("");
    assert!(
        hover.starts_with("int 101 · 32 B · allocated at seed.py:4"),
        "{r}"
    );
    assert_eq!(r["tipVisible"], true);
    // Clicking it shows why it is alive: the global `a` holds it.
    assert_eq!(
        r["why"], "int 101 is kept alive by:\n  global 'a' of __main__",
        "{r}"
    );
    // Moving the slider to the first step of the script highlights its line.
    assert_eq!(r["currentLine"], format!("L{}", r["stepLine"]), "{r}");
    assert!(r["stepText"].as_str().unwrap().contains("line "), "{r}");
    // A screenshot, kept as an artifact of the test run.
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("heap-map-seed.png");
    let status = chromium_cmd(&bin, &dir.path().join("profile"))
        .args(["--window-size=1400,900", "--virtual-time-budget=5000"])
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", path.display()))
        .output()
        .expect("screenshot");
    assert!(status.status.success());
    assert!(std::fs::metadata(&shot)
        .map(|m| m.len() > 10_000)
        .unwrap_or(false));
}

/// Replaces what differs between runs (addresses, timings, generation
/// sizes) so the shape of `gc.set_debug` output can be compared.
fn normalize_gc_debug(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter(|l| l.starts_with("gc: "))
        .map(|l| {
            if l.starts_with("gc: objects in each generation:") {
                return "gc: objects in each generation: N N N".to_string();
            }
            let mut out = String::new();
            let mut rest = l;
            while let Some(i) = rest.find("0x") {
                out.push_str(&rest[..i]);
                out.push_str("ADDR");
                rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
            }
            out.push_str(rest);
            match out.rsplit_once(", ") {
                Some((head, t)) if t.ends_with("s elapsed") => format!("{head}, Ts elapsed"),
                _ => out,
            }
        })
        .collect()
}

const GC_DEBUG: &str = "import gc
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
l = []
l.append(l)
del l
class C: pass
c = C()
c.me = c
del c
print(gc.collect())
";

#[test]
fn gc_debug_prints_cpythons_lines() {
    let out = arenapy(&["-c", GC_DEBUG], &root());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "2\n");
    let ours = normalize_gc_debug(&String::from_utf8_lossy(&out.stderr));
    let expected = [
        "gc: collecting generation 2...",
        "gc: objects in each generation: N N N",
        "gc: objects in permanent generation: 0",
        "gc: collectable <list ADDR>",
        "gc: collectable <C ADDR>",
        "gc: done, 2 unreachable, 0 uncollectable, Ts elapsed",
    ];
    assert_eq!(ours, expected);
    // The same shape as CPython 3.11's, when it is on the machine.
    let python = Path::new("/usr/bin/python3.11");
    if python.exists() {
        let theirs = Command::new(python)
            .args(["-c", GC_DEBUG])
            .output()
            .unwrap();
        // CPython goes on printing for its shutdown collections.
        let theirs = normalize_gc_debug(&String::from_utf8_lossy(&theirs.stderr));
        assert_eq!(theirs[..expected.len().min(theirs.len())], expected);
    } else {
        eprintln!("not compared with CPython: no /usr/bin/python3.11");
    }
}
