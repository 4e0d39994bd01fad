//! Parse throughput on a generated file of realistic code (~4 MB).
//!
//! `cargo bench -p arenapy-syntax --bench parse` prints MB/s and writes the
//! source to `$CARGO_TARGET_TMPDIR/bench-parse.py` so CPython's `compile()`
//! can be timed on the same text (see docs/performance.md).

use divan::counter::BytesCount;
use divan::Bencher;

fn main() {
    let src = source();
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-parse.py");
    std::fs::write(&path, &src).expect("write bench source");
    eprintln!("source: {} ({} bytes)", path.display(), src.len());
    divan::main();
}

/// One "module" of typical code; `i` varies the names.
fn chunk(i: usize, out: &mut String) {
    use std::fmt::Write;
    let _ = write!(
        out,
        r##"
import os.path as p{i}
from collections import (OrderedDict, defaultdict as dd{i})

CONSTANT_{i} = {{"name": "item{i}", "values": [1, 2, 3, 0x{i:x}], "ratio": {i}.5e-3}}


class Shape{i}(Base, metaclass=Meta):
    """A shape with an area."""

    sides: int = {i}

    def __init__(self, width, height=1.0, *args, scale=2, **kwargs):
        self.width = width
        self.height = height * scale
        self.tags = [t.strip().lower() for t in args if t and not t.startswith("#")]
        self.extra = {{k: v for k, v in kwargs.items() if v is not None}}

    @property
    def area(self):
        return self.width * self.height if self.width > 0 else 0

    def describe(self, verbose=False):
        parts = []
        for index, tag in enumerate(self.tags):
            if index % 2 == 0 and verbose:
                parts.append(f"{{index:>3}}: {{tag!r}} ({{self.area:.2f}})")
            elif tag in ("a", "b") or len(tag) >= 10:
                continue
            else:
                parts.append(tag.upper())
        while len(parts) > 10:
            parts.pop()
        try:
            total = sum(x ** 2 for x in range(len(parts))) // 3
        except (ValueError, TypeError) as error:
            raise RuntimeError("bad shape {i}") from error
        finally:
            del parts[:]
        return total, -self.width, not verbose


def helper_{i}(a, b, /, c, *, d=None):
    global CONSTANT_{i}
    result = a + b - c * (d or 1) << 2 | 0b1010 & ~a
    values = [[row[j] for j in range(3)] for row in CONSTANT_{i}["values"] if row]
    lookup = lambda key, default=None: CONSTANT_{i}.get(key, default)
    assert result is not None, "result must exist"
    with open(p{i}.join("a", "b")) as handle, lock:
        data = handle.read()[1:-1:2]
    return result, values, lookup("name"), data
"##
    );
}

fn source() -> String {
    let mut s = String::new();
    let mut i = 0;
    while s.len() < 4_000_000 {
        chunk(i, &mut s);
        i += 1;
    }
    s
}

#[divan::bench(sample_count = 10)]
fn parse_module(bencher: Bencher) {
    let src = source();
    bencher.counter(BytesCount::new(src.len())).bench(|| {
        arenapy_syntax::parse_module(divan::black_box(&src)).expect("bench source parses")
    });
}
