//! The heap map as one SVG picture: a band per arena, a row of cells per
//! carved pool, a cell per block coloured by the type of its object (free
//! blocks hollow, never-used blocks hatched), and a legend. Past
//! [`DETAIL_LIMIT`] blocks each pool becomes one bar split by share, so
//! a 100-arena heap still draws in a browser.

use super::{cell_type, colour, escape, Cell, Model};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Most block cells drawn one by one.
pub const DETAIL_LIMIT: usize = 150_000;
const ROW_WIDTH: f64 = 1024.0;
const LABEL: f64 = 220.0;

/// The legend entry of a cell.
fn legend_key(c: &Cell) -> String {
    match c {
        Cell::Free => "free".to_string(),
        Cell::Virgin => "never used".to_string(),
        Cell::FreeList(_) => "on a free list".to_string(),
        c => cell_type(c).unwrap_or("?").to_string(),
    }
}

/// Counts of cells per legend entry.
pub fn legend_counts(m: &Model) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for c in m.pools.iter().flat_map(|p| &p.cells) {
        *counts.entry(legend_key(c)).or_insert(0) += 1;
    }
    counts
}

fn fill_of(c: &Cell) -> String {
    match c {
        Cell::Free => "none".into(),
        Cell::Virgin => "url(#virgin)".into(),
        Cell::FreeList(_) => "#ffffff".into(),
        c => colour(cell_type(c).unwrap_or("?")),
    }
}

fn legend_fill(key: &str) -> String {
    match key {
        "free" => "none".into(),
        "never used" => "url(#virgin)".into(),
        "on a free list" => "#ffffff".into(),
        k => colour(k),
    }
}

pub fn render(m: &Model) -> String {
    let total: usize = m.pools.iter().map(|p| p.cells.len()).sum();
    let detailed = total <= DETAIL_LIMIT;
    let max_blocks = m
        .pools
        .iter()
        .map(|p| p.cells.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let cell = (ROW_WIDTH / max_blocks as f64).clamp(1.0, 10.0);
    let row_h = if detailed { 11.0 } else { 6.0 };
    let counts = legend_counts(m);
    let mut body = String::new();
    let mut y = 60.0 + 18.0 * counts.len().div_ceil(4) as f64;
    let used: usize = m
        .pools
        .iter()
        .flat_map(|p| &p.cells)
        .filter(|c| matches!(c, Cell::Used(_) | Cell::StartUp))
        .count();
    for &(arena, total_pools) in &m.arenas {
        let pools: Vec<_> = m.pools.iter().filter(|p| p.arena == arena).collect();
        let _ = writeln!(
            body,
            r##"<text x="4" y="{:.1}" class="arena">arena {arena}: {} of {total_pools} pools carved</text>"##,
            y + 12.0,
            pools.len()
        );
        let band_top = y;
        y += 18.0;
        for p in pools {
            let class = match p.class {
                Some(c) => format!(
                    "pool {} · class {c} · {} B ×{}",
                    p.pool,
                    p.block_size,
                    p.cells.len()
                ),
                None => format!("pool {} · unused", p.pool),
            };
            let _ = writeln!(
                body,
                r##"<text x="8" y="{:.1}" class="pool">{}</text>"##,
                y + row_h - 1.0,
                escape(&class),
            );
            let _ = p.class;
            if detailed {
                for (i, c) in p.cells.iter().enumerate() {
                    let x = LABEL + i as f64 * cell;
                    let title = match c {
                        Cell::Used(o) => {
                            format!("{} {} ({} B, {})", o.ty, o.repr, o.size, o.origin)
                        }
                        Cell::StartUp => "start-up object".into(),
                        Cell::FreeList(t) => format!("free ({t} free list)"),
                        Cell::Free => "free".into(),
                        Cell::Virgin => "never used".into(),
                    };
                    let _ = writeln!(
                        body,
                        r##"<rect x="{x:.2}" y="{y:.1}" width="{w:.2}" height="{h:.1}" fill="{}" class="b"><title>{}</title></rect>"##,
                        fill_of(c),
                        escape(&title),
                        w = (cell - 0.3).max(0.7),
                        h = row_h - 1.0,
                    );
                }
            } else {
                let mut shares: BTreeMap<String, usize> = BTreeMap::new();
                for c in &p.cells {
                    *shares.entry(legend_key(c)).or_insert(0) += 1;
                }
                let n = p.cells.len().max(1) as f64;
                let mut x = LABEL;
                for (k, v) in shares {
                    let w = ROW_WIDTH * v as f64 / n;
                    let _ = writeln!(
                        body,
                        r##"<rect x="{x:.2}" y="{y:.1}" width="{w:.2}" height="{h:.1}" fill="{}" class="b"><title>{} × {v}</title></rect>"##,
                        legend_fill(&k),
                        escape(&k),
                        h = row_h - 1.0
                    );
                    x += w;
                }
            }
            y += row_h;
        }
        let _ = writeln!(
            body,
            r##"<rect x="1" y="{band_top:.1}" width="{:.1}" height="{:.1}" class="band"/>"##,
            LABEL + ROW_WIDTH + 6.0,
            y - band_top + 4.0
        );
        y += 10.0;
    }
    let width = LABEL + ROW_WIDTH + 10.0;
    let mut out = String::new();
    let _ = writeln!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{:.0}" viewBox="0 0 {width:.0} {:.0}" font-family="monospace" font-size="10">"##,
        y + 10.0,
        y + 10.0
    );
    out.push_str(
        r##"<defs><pattern id="virgin" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="4" stroke="#b0b0b0" stroke-width="1.5"/></pattern></defs>
<style>.b{stroke:#666;stroke-width:0.3}.band{fill:none;stroke:#444;stroke-width:1}.arena{font-weight:bold;font-size:12px}.pool{fill:#333}</style>
"##,
    );
    let _ = writeln!(
        out,
        r##"<text x="4" y="16" font-size="14" font-weight="bold">arenapy heap map ({} profile): {} arena(s), {} carved pool(s), {used} block(s) in use{}</text>"##,
        escape(&m.profile),
        m.arenas.len(),
        m.pools.len(),
        if detailed {
            ""
        } else {
            " (aggregated: each pool one bar)"
        }
    );
    for (i, (k, v)) in counts.iter().enumerate() {
        let (col, row) = (i % 4, i / 4);
        let x = 4.0 + col as f64 * 260.0;
        let ly = 30.0 + row as f64 * 18.0;
        let _ = writeln!(
            out,
            r##"<rect x="{x}" y="{ly}" width="12" height="12" fill="{}" class="b"/><text x="{}" y="{}">{} × {v}</text>"##,
            legend_fill(k),
            x + 16.0,
            ly + 10.0,
            escape(k)
        );
    }
    out.push_str(&body);
    out.push_str("</svg>\n");
    out
}
