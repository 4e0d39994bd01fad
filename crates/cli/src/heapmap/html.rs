//! The heap map as one self-contained HTML page: the map drawn on a
//! canvas, a timeline (slider and Play) that replays the trace's events
//! line by line with the current source line highlighted, a tooltip naming
//! the object under the pointer, allocations by line, and collections.
//! Nothing is loaded from outside the page.
//!
//! The page gets the state at the start of the trace and the events as
//! operations on (pool, block) cells. Past [`MAX_OPS`] operations they are
//! aggregated: each of at most [`MAX_STEPS`] steps keeps only the last
//! change of each block, and the page says so.

use super::{colour, escape, Cell, Model};
use arenapy_vm::memory::trace::{event_origin, Event, Kind};
use serde_json::json;
use std::collections::HashMap;

pub const MAX_OPS: usize = 400_000;
pub const MAX_STEPS: usize = 2_000;

/// What the page shows for a cell after an op.
#[derive(Clone, Copy)]
enum Info {
    None,
    /// An index into the final descriptions.
    Final(i64),
    /// Described from this event when the op is written.
    Event(usize),
}

struct Op {
    p: usize,
    b: usize,
    code: i64,
    info: Info,
    /// The event it comes from.
    k: usize,
}

const FREE: i64 = -1;
const FREE_LIST: i64 = -2;
const VIRGIN: i64 = -3;

struct Ops {
    types: Vec<String>,
    type_ids: HashMap<String, i64>,
    infos: Vec<serde_json::Value>,
}

impl Ops {
    fn type_id(&mut self, t: &str) -> i64 {
        if let Some(&i) = self.type_ids.get(t) {
            return i;
        }
        let i = self.types.len() as i64;
        self.types.push(t.to_string());
        self.type_ids.insert(t.to_string(), i);
        i
    }

    fn info(&mut self, ty: &str, repr: &str, origin: &str, size: usize) -> i64 {
        self.infos.push(json!([ty, repr, origin, size]));
        self.infos.len() as i64 - 1
    }
}

pub fn render(
    m: &Model,
    events: &[Event],
    dropped: u64,
    source: &str,
    filename: &str,
    chains: &arenapy_vm::memory::why::ChainIndex,
) -> String {
    let mut ops = Ops {
        types: Vec::new(),
        type_ids: HashMap::new(),
        infos: Vec::new(),
    };
    ops.type_id("start-up");
    ops.type_id("buffer");
    // Pool index by (arena, pool); block index from the address.
    let index: HashMap<(u32, u32), usize> = m
        .pools
        .iter()
        .enumerate()
        .map(|(i, p)| ((p.arena, p.pool), i))
        .collect();
    // Final codes, then undo the events to get the state at the start.
    let mut codes: Vec<Vec<i64>> = Vec::new();
    let mut info: Vec<Vec<i64>> = Vec::new();
    for p in &m.pools {
        let mut c = Vec::with_capacity(p.cells.len());
        let mut inf = Vec::with_capacity(p.cells.len());
        for cell in &p.cells {
            match cell {
                Cell::Used(o) => {
                    c.push(ops.type_id(&o.ty));
                    let i = ops.info(&o.ty, &o.repr, &o.origin, o.size);
                    // The object's id is its block, or 16 bytes in for a
                    // tracked object (after the GC head).
                    let chain = if o.ty == "buffer" {
                        None
                    } else {
                        chains.chain(o.addr).or_else(|| chains.chain(o.addr + 16))
                    };
                    if let (Some(chain), Some(v)) = (chain, ops.infos.last_mut()) {
                        v.as_array_mut().expect("info").push(chain.into());
                    }
                    inf.push(i);
                }
                Cell::StartUp => {
                    c.push(0);
                    inf.push(-1);
                }
                Cell::FreeList(_) => {
                    c.push(FREE_LIST);
                    inf.push(-1);
                }
                Cell::Free => {
                    c.push(FREE);
                    inf.push(-1);
                }
                Cell::Virgin => {
                    c.push(VIRGIN);
                    inf.push(-1);
                }
            }
        }
        codes.push(c);
        info.push(inf);
    }
    // The cell an event touches, if its pool is on the map with the same class.
    let cell_of = |e: &Event| -> Option<(usize, usize)> {
        let place = e.place?;
        let &pi = index.get(&(place.arena, place.pool))?;
        let p = &m.pools[pi];
        if p.class != Some(place.class) || (place.block as usize) >= p.cells.len() {
            return None;
        }
        Some((pi, place.block as usize))
    };
    // Forward operations on cells, grouped in steps by (file, line). The
    // description of an allocation is made only for the ops the page gets.
    let mut raw_ops: Vec<Op> = Vec::new();
    let mut steps: Vec<(u32, bool, usize)> = Vec::new(); // line, in the script, ops end
    let mut collections = Vec::new();
    let mut by_line: HashMap<String, (u64, u64)> = HashMap::new();
    let mut last_key: Option<(Option<std::rc::Rc<str>>, u32)> = None;
    for (k, e) in events.iter().enumerate() {
        let key = (e.file.clone(), e.line);
        if last_key.as_ref() != Some(&key) {
            if let Some(last) = &last_key {
                steps.push((last.1, last.0.as_deref() == Some(filename), raw_ops.len()));
            }
            last_key = Some(key);
        }
        match e.kind {
            Kind::Alloc | Kind::FreeListHit => {
                let ty = e.ty.as_deref().unwrap_or("buffer");
                let entry = by_line.entry(event_origin(e)).or_insert((0, 0));
                entry.0 += 1;
                entry.1 += e.size as u64;
                if let Some((p, b)) = cell_of(e) {
                    let code = ops.type_id(ty);
                    raw_ops.push(Op {
                        p,
                        b,
                        code,
                        info: Info::Event(k),
                        k,
                    });
                }
            }
            Kind::Free | Kind::FreeListPut => {
                if let Some((p, b)) = cell_of(e) {
                    let code = if e.kind == Kind::Free {
                        FREE
                    } else {
                        FREE_LIST
                    };
                    raw_ops.push(Op {
                        p,
                        b,
                        code,
                        info: Info::None,
                        k,
                    });
                }
            }
            Kind::CollectEnd => collections.push(json!({
                "step": steps.len(),
                "generation": e.old_addr,
                "unreachable": e.old_size,
                "origin": event_origin(e),
            })),
            _ => {}
        }
    }
    if let Some(k) = &last_key {
        steps.push((k.1, k.0.as_deref() == Some(filename), raw_ops.len()));
    }
    // The last op on each cell leaves the final state: give it the final
    // description (which carries the why-alive chain).
    let mut seen = std::collections::HashSet::new();
    for op in raw_ops.iter_mut().rev() {
        if seen.insert((op.p, op.b)) && op.code >= 0 && info[op.p][op.b] >= 0 {
            op.info = Info::Final(info[op.p][op.b]);
        }
    }
    // The state at the start: a cell's first op says what it held before
    // (free before an allocation, the freed object before a free).
    seen.clear();
    for op in &raw_ops {
        if !seen.insert((op.p, op.b)) {
            continue;
        }
        let (code, i) = match op.info {
            Info::Event(_) | Info::Final(_) => (FREE, -1),
            Info::None => {
                let e = &events[op.k];
                let ty = e.ty.as_deref().unwrap_or("buffer");
                (
                    ops.type_id(ty),
                    ops.info(ty, e.repr.as_deref().unwrap_or(""), "", e.size),
                )
            }
        };
        codes[op.p][op.b] = code;
        info[op.p][op.b] = i;
    }
    // Aggregate when there are too many operations or steps: each chunk of
    // steps keeps only the last op on each cell.
    let aggregated = raw_ops.len() > MAX_OPS || steps.len() > MAX_STEPS;
    let per = if aggregated {
        steps.len().div_ceil(MAX_STEPS).max(1)
    } else {
        1
    };
    let mut ops_out = Vec::new();
    let mut steps_out = Vec::new();
    let mut start = 0;
    for chunk in steps.chunks(per) {
        let end = chunk.last().map_or(start, |s| s.2);
        let slice = &raw_ops[start..end];
        let kept: Vec<&Op> = if aggregated {
            let mut last: HashMap<(usize, usize), usize> = HashMap::new();
            for (j, op) in slice.iter().enumerate() {
                last.insert((op.p, op.b), j);
            }
            slice
                .iter()
                .enumerate()
                .filter(|(j, op)| last[&(op.p, op.b)] == *j)
                .map(|(_, op)| op)
                .collect()
        } else {
            slice.iter().collect()
        };
        for op in kept {
            let i = match op.info {
                Info::None => -1,
                Info::Final(i) => i,
                Info::Event(k) => {
                    let e = &events[k];
                    let ty = e.ty.as_deref().unwrap_or("buffer");
                    ops.info(
                        ty,
                        e.repr.as_deref().unwrap_or(""),
                        &event_origin(e),
                        e.size,
                    )
                }
            };
            ops_out.push(json!([op.p, op.b, op.code, i]));
        }
        let s = chunk.last().expect("chunk");
        steps_out.push(json!([s.0, s.1, ops_out.len()]));
        start = end;
    }
    let mut lines: Vec<_> = by_line.into_iter().collect();
    lines.sort_by(|a, b| b.1 .1.cmp(&a.1 .1).then(a.0.cmp(&b.0)));
    lines.truncate(30);
    let colours: Vec<String> = ops.types.iter().map(|t| colour(t)).collect();
    let data = json!({
        "profile": m.profile,
        "filename": filename,
        "source": source.lines().collect::<Vec<_>>(),
        "types": ops.types,
        "colours": colours,
        "pools": m.pools.iter().map(|p| json!([p.arena, p.pool, p.block_size, p.cells.len(), p.class.is_some()])).collect::<Vec<_>>(),
        "arenas": m.arenas,
        "init": codes,
        "initInfo": info,
        "infos": ops.infos,
        "ops": ops_out,
        "steps": steps_out,
        "aggregated": aggregated,
        "events": events.len(),
        "dropped": dropped,
        "byLine": lines.iter().map(|(o, (n, s))| json!([o, n, s])).collect::<Vec<_>>(),
        "collections": collections,
    });
    let data = data.to_string().replace("</", "<\\/");
    PAGE.replace("{{TITLE}}", &escape(filename))
        .replace("{{DATA}}", &data)
}

const PAGE: &str = include_str!("page.html");
