//! `--heap-map FILE` and the REPL's `:map FILE`: the heap as a picture.
//!
//! The model is built from two sources: the heap's own pool headers (which
//! blocks are used, free or never handed out, pool by pool, arena by
//! arena; `Heap::walk_pools`) and the allocation trace's events (which
//! object lives in each used block, and how the heap got there). Blocks
//! used before tracing started hold the interpreter's start-up objects.
//!
//! `svg` draws the final state; `html` writes one self-contained page with
//! the same map and a timeline that replays the events line by line.

mod html;
mod svg;

use arenapy_alloc::{BlockState, PoolView};
use arenapy_vm::memory::heap;
use arenapy_vm::memory::trace::{Event, Kind};
use arenapy_vm::Interpreter;
use std::collections::HashMap;

/// Events kept for the map; beyond this the page says they were dropped.
pub const MAX_EVENTS: usize = 2_000_000;

/// What a used block holds, for colour and hover text.
#[derive(Clone, Debug, PartialEq)]
pub struct Occupant {
    /// The block's address (the object's id, or 16 bytes before it for a
    /// collector-tracked object).
    pub addr: usize,
    pub ty: String,
    pub repr: String,
    /// `file:line` of its allocation.
    pub origin: String,
    pub size: usize,
}

/// One block's final state.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Used(Occupant),
    /// Used before the trace started: a start-up object.
    StartUp,
    /// Kept on a type's free list (used, from the heap's view).
    FreeList(String),
    Free,
    Virgin,
}

pub struct Pool {
    pub arena: u32,
    pub pool: u32,
    pub class: Option<u32>,
    pub block_size: usize,
    pub cells: Vec<Cell>,
}

pub struct Model {
    pub profile: String,
    /// (arena index, total pools) of each live arena.
    pub arenas: Vec<(u32, u32)>,
    pub pools: Vec<Pool>,
}

/// The colour of a type on the map (stable per name).
pub fn colour(ty: &str) -> String {
    let fixed = match ty {
        "int" => Some("#e4572e"),
        "float" => Some("#f3a712"),
        "str" => Some("#29335c"),
        "list" => Some("#17bebb"),
        "tuple" => Some("#76b041"),
        "dict" => Some("#8f2d56"),
        "buffer" => Some("#9e9e9e"),
        "start-up" => Some("#d8d8d8"),
        "function" => Some("#5d2e8c"),
        "set" => Some("#2e86ab"),
        "bytes" => Some("#c5d86d"),
        _ => None,
    };
    if let Some(c) = fixed {
        return c.to_string();
    }
    let h = ty
        .bytes()
        .fold(2166136261u32, |h, b| (h ^ b as u32).wrapping_mul(16777619));
    format!("hsl({}, 55%, 50%)", h % 360)
}

/// The label of a cell for the legend and colours.
pub fn cell_type(c: &Cell) -> Option<&str> {
    match c {
        Cell::Used(o) => Some(&o.ty),
        Cell::StartUp => Some("start-up"),
        Cell::FreeList(_) | Cell::Free | Cell::Virgin => None,
    }
}

/// Replays the events over the final walk: who holds each used block.
pub fn build(
    pools: Vec<PoolView>,
    arenas: Vec<(u32, usize, u32)>,
    events: &[Event],
    profile: &str,
    pool_overhead: usize,
) -> Model {
    let mut live: HashMap<usize, Cell> = HashMap::new();
    for e in events {
        match e.kind {
            Kind::Alloc | Kind::FreeListHit => {
                let occ = Occupant {
                    addr: e.addr,
                    ty: e.ty.as_deref().unwrap_or("buffer").to_string(),
                    repr: e.repr.clone().unwrap_or_default(),
                    origin: arenapy_vm::memory::trace::event_origin(e),
                    size: e.size,
                };
                live.insert(e.addr, Cell::Used(occ));
            }
            Kind::Free => {
                live.remove(&e.addr);
            }
            Kind::FreeListPut => {
                live.insert(
                    e.addr,
                    Cell::FreeList(e.ty.as_deref().unwrap_or("?").to_string()),
                );
            }
            Kind::Realloc => {
                let old = live.remove(&e.old_addr);
                let mut c = old.unwrap_or(Cell::Used(Occupant {
                    addr: e.addr,
                    ty: "buffer".into(),
                    repr: String::new(),
                    origin: arenapy_vm::memory::trace::event_origin(e),
                    size: e.size,
                }));
                if let Cell::Used(o) = &mut c {
                    o.size = e.size;
                    o.addr = e.addr;
                }
                live.insert(e.addr, c);
            }
            _ => {}
        }
    }
    let pools = pools
        .into_iter()
        .map(|p| {
            let cells = p
                .blocks
                .iter()
                .enumerate()
                .map(|(i, s)| match s {
                    BlockState::Free => Cell::Free,
                    BlockState::Virgin => Cell::Virgin,
                    BlockState::Used => {
                        let addr = p.addr + pool_overhead + i * p.block_size;
                        live.get(&addr).cloned().unwrap_or(Cell::StartUp)
                    }
                })
                .collect();
            Pool {
                arena: p.arena,
                pool: p.pool,
                class: p.class,
                block_size: p.block_size,
                cells,
            }
        })
        .collect();
    Model {
        profile: profile.to_string(),
        arenas: arenas.into_iter().map(|(i, _, n)| (i, n)).collect(),
        pools,
    }
}

/// Writes `path` (.svg or .html by its extension; both otherwise) for the
/// interpreter's heap now, with the trace's `events`.
pub fn write(
    interp: &mut Interpreter,
    path: &str,
    events: &[Event],
    dropped: u64,
    source: &str,
    filename: &str,
) -> std::io::Result<()> {
    let (arenas, pools, overhead) = heap::with_heap(|h| {
        let (a, p) = h.walk_pools();
        (a, p, h.geometry().pool_overhead())
    });
    let profile = format!("{:?}", interp.profile()).to_lowercase();
    let model = build(pools, arenas, events, &profile, overhead);
    let (svg_path, html_path) = if path.ends_with(".svg") {
        (Some(path.to_string()), None)
    } else if path.ends_with(".html") || path.ends_with(".htm") {
        (None, Some(path.to_string()))
    } else {
        (Some(format!("{path}.svg")), Some(format!("{path}.html")))
    };
    if let Some(p) = svg_path {
        std::fs::write(p, svg::render(&model))?;
    }
    if let Some(p) = html_path {
        let chains = arenapy_vm::memory::why::ChainIndex::build(interp.vm());
        let page = html::render(&model, events, dropped, source, filename, &chains);
        std::fs::write(p, page)?;
    }
    Ok(())
}

/// Escapes text for XML and HTML.
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}
