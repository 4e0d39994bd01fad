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
    _overhead: usize,
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
                    inf.push(ops.info(&o.ty, &o.repr, &o.origin, o.size));
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
    // Forward operations: (pool, block, code, info) per event, grouped in
    // steps by (file, line).
    let mut raw_ops: Vec<(usize, usize, i64, i64, usize)> = Vec::new(); // + event index
    let mut steps: Vec<(u32, bool, usize)> = Vec::new(); // line, in the script, ops end
    let mut collections = Vec::new();
    let mut by_line: HashMap<String, (u64, u64)> = HashMap::new();
    let mut last_key: Option<(Option<std::rc::Rc<str>>, u32)> = None;
    for (k, e) in events.iter().enumerate() {
        let key = (e.file.clone(), e.line);
        if last_key.as_ref() != Some(&key) {
            if last_key.is_some() {
                steps.push((
                    last_key.as_ref().map_or(0, |k| k.1),
                    last_key
                        .as_ref()
                        .is_some_and(|k| k.0.as_deref() == Some(filename)),
                    raw_ops.len(),
                ));
            }
            last_key = Some(key);
        }
        match e.kind {
            Kind::Alloc | Kind::FreeListHit => {
                let ty = e.ty.as_deref().unwrap_or("buffer");
                let origin = event_origin(e);
                let entry = by_line.entry(origin.clone()).or_insert((0, 0));
                entry.0 += 1;
                entry.1 += e.size as u64;
                if let Some((p, b)) = cell_of(e) {
                    let t = ops.type_id(ty);
                    let i = ops.info(ty, e.repr.as_deref().unwrap_or(""), &origin, e.size);
                    raw_ops.push((p, b, t, i, k));
                }
            }
            Kind::Free | Kind::FreeListPut => {
                if let Some((p, b)) = cell_of(e) {
                    let code = if e.kind == Kind::Free {
                        FREE
                    } else {
                        FREE_LIST
                    };
                    raw_ops.push((p, b, code, -1, k));
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
    // Undo every op, newest first, to find the state at the start.
    {
        let mut cur_codes = codes.clone();
        let mut cur_info = info.clone();
        for j in (0..raw_ops.len()).rev() {
            let (p, b, _, _, k) = raw_ops[j];
            // Before an allocation the block was free; before a free it
            // held the freed object.
            let e = &events[k];
            let before = match e.kind {
                Kind::Alloc | Kind::FreeListHit => (FREE, -1),
                _ => {
                    let ty = e.ty.as_deref().unwrap_or("buffer");
                    let t = ops.type_id(ty);
                    let i = ops.info(ty, e.repr.as_deref().unwrap_or(""), "", e.size);
                    (t, i)
                }
            };
            cur_codes[p][b] = before.0;
            cur_info[p][b] = before.1;
        }
        codes = cur_codes;
        info = cur_info;
    }
    // Aggregate when there are too many operations or steps.
    let aggregated = raw_ops.len() > MAX_OPS || steps.len() > MAX_STEPS;
    let (ops_out, steps_out) = if aggregated {
        let per = steps.len().div_ceil(MAX_STEPS).max(1);
        let mut out_ops = Vec::new();
        let mut out_steps = Vec::new();
        let mut start = 0;
        for chunk in steps.chunks(per) {
            let end = chunk.last().map_or(start, |s| s.2);
            let mut last: HashMap<(usize, usize), (i64, i64)> = HashMap::new();
            let mut order = Vec::new();
            for &(p, b, c, i, _) in &raw_ops[start..end] {
                if last.insert((p, b), (c, i)).is_none() {
                    order.push((p, b));
                }
            }
            for (p, b) in order {
                let (c, i) = last[&(p, b)];
                out_ops.push(json!([p, b, c, i]));
            }
            let s = chunk.last().expect("chunk");
            out_steps.push(json!([s.0, s.1, out_ops.len()]));
            start = end;
        }
        (out_ops, out_steps)
    } else {
        (
            raw_ops
                .iter()
                .map(|&(p, b, c, i, _)| json!([p, b, c, i]))
                .collect(),
            steps.iter().map(|s| json!([s.0, s.1, s.2])).collect(),
        )
    };
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
