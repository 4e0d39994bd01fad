//! The UTF-16 and UTF-32 codecs (`utf-16`, `utf-16-le`, `utf-16-be`,
//! `utf-32`, `utf-32-le`, `utf-32-be` under CPython's spellings), as
//! CPython's `_PyUnicode_EncodeUTF16/32` and `_PyUnicode_DecodeUTF16/32
//! Stateful` behave: the endian-less names write a little-endian byte order
//! mark and read one (little-endian without it); decoding errors have
//! CPython's reasons, positions and the codec name with the byte order
//! (`'utf-16-le' codec can't decode bytes in position 0-1: illegal
//! encoding`).

/// A wide codec: code unit width (2 or 4 bytes) and byte order (`None`:
/// the byte order mark decides, little-endian by default).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Wide {
    pub width: usize,
    pub big: Option<bool>,
}

/// An encoding name as the codec registry compares it: lower case, with
/// `-` and spaces as `_`.
fn normalise(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The wide codec an encoding name stands for (CPython's normalised names
/// and aliases: `utf_16`, `utf16`, `u16`, `utf-16le`, `UTF-32-BE` ...).
pub(crate) fn wide_codec(name: &str) -> Option<Wide> {
    let norm = normalise(name);
    let (width, big) = match norm.as_str() {
        "utf_16" | "utf16" | "u16" => (2, None),
        "utf_16_le" | "utf_16le" => (2, Some(false)),
        "utf_16_be" | "utf_16be" => (2, Some(true)),
        "utf_32" | "utf32" | "u32" => (4, None),
        "utf_32_le" | "utf_32le" => (4, Some(false)),
        "utf_32_be" | "utf_32be" => (4, Some(true)),
        _ => return None,
    };
    Some(Wide { width, big })
}

fn put(out: &mut Vec<u8>, unit: u32, width: usize, big: bool) {
    if width == 2 {
        let b = (unit as u16).to_le_bytes();
        out.extend(if big { [b[1], b[0]] } else { b });
    } else {
        out.extend(if big {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
}

/// Encodes `text` (which holds no lone surrogates, so nothing can fail).
pub(crate) fn encode(text: &str, codec: Wide) -> Vec<u8> {
    let big = codec.big.unwrap_or(false);
    let mut out = Vec::with_capacity(text.len() * codec.width + 4);
    if codec.big.is_none() {
        put(&mut out, 0xfeff, codec.width, false);
    }
    for c in text.chars() {
        if codec.width == 2 {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                put(&mut out, *u as u32, 2, big);
            }
        } else {
            put(&mut out, c as u32, 4, big);
        }
    }
    out
}

/// Does CPython decode `name` on its fast path (`PyUnicode_Decode`: the
/// normalised name is `utf_16`/`utf16`/`utf_32`/`utf32`)? Other spellings
/// go through the codec registry, which wraps an error handler's
/// TypeError or LookupError as "decoding with 'utf-16-le' codec failed
/// (TypeError: ...)" (the name as given).
pub(crate) fn fast_path(name: &str) -> bool {
    let norm = normalise(name);
    matches!(norm.as_str(), "utf_16" | "utf16" | "utf_32" | "utf32")
}

/// A decoding error: the bytes `start..end` and CPython's reason.
pub(crate) struct WideError {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
    /// Would the surrogate handlers turn these bytes into a lone surrogate
    /// (a surrogate code unit or code point)?
    pub surrogate: bool,
}

/// The codec's name in errors: with the byte order the data used.
pub(crate) fn error_name(codec: Wide, big: bool) -> &'static str {
    match (codec.width, big) {
        (2, false) => "utf-16-le",
        (2, true) => "utf-16-be",
        (_, false) => "utf-32-le",
        (_, true) => "utf-32-be",
    }
}

/// Decodes `data`; each error is given to `on_error`, which appends what
/// the error handler makes of it or refuses it. Returns the byte order used.
pub(crate) fn decode<E>(
    data: &[u8],
    codec: Wide,
    out: &mut String,
    mut on_error: impl FnMut(&mut String, &WideError, bool) -> Result<(), E>,
) -> Result<bool, E> {
    let w = codec.width;
    let mut pos = 0;
    let big = match codec.big {
        Some(b) => b,
        None => {
            let bom_le: &[u8] = if w == 2 {
                b"\xff\xfe"
            } else {
                b"\xff\xfe\x00\x00"
            };
            let bom_be: &[u8] = if w == 2 {
                b"\xfe\xff"
            } else {
                b"\x00\x00\xfe\xff"
            };
            if data.starts_with(bom_le) {
                pos = w;
                false
            } else if data.starts_with(bom_be) {
                pos = w;
                true
            } else {
                false
            }
        }
    };
    let unit = |at: usize| -> u32 {
        let b = &data[at..at + w];
        if w == 2 {
            let v = [b[0], b[1]];
            (if big {
                u16::from_be_bytes(v)
            } else {
                u16::from_le_bytes(v)
            }) as u32
        } else {
            let v = [b[0], b[1], b[2], b[3]];
            if big {
                u32::from_be_bytes(v)
            } else {
                u32::from_le_bytes(v)
            }
        }
    };
    while pos < data.len() {
        let err = |start: usize, end: usize, reason: &'static str, surrogate: bool| WideError {
            start,
            end,
            reason,
            surrogate,
        };
        if data.len() - pos < w {
            on_error(out, &err(pos, data.len(), "truncated data", false), big)?;
            break;
        }
        let u = unit(pos);
        if w == 4 {
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None if u > 0x10ffff => on_error(
                    out,
                    &err(pos, pos + 4, "code point not in range(0x110000)", false),
                    big,
                )?,
                None => on_error(
                    out,
                    &err(
                        pos,
                        pos + 4,
                        "code point in surrogate code point range(0xd800, 0xe000)",
                        true,
                    ),
                    big,
                )?,
            }
            pos += 4;
            continue;
        }
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            pos += 2;
            continue;
        }
        if u >= 0xdc00 {
            on_error(out, &err(pos, pos + 2, "illegal encoding", true), big)?;
            pos += 2;
            continue;
        }
        if data.len() - pos < 4 {
            on_error(
                out,
                &err(pos, data.len(), "unexpected end of data", true),
                big,
            )?;
            break;
        }
        let low = unit(pos + 2);
        if (0xdc00..0xe000).contains(&low) {
            let c = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
            out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
            pos += 4;
        } else {
            on_error(
                out,
                &err(pos, pos + 2, "illegal UTF-16 surrogate", true),
                big,
            )?;
            pos += 2;
        }
    }
    Ok(big)
}
