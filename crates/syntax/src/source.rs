//! Source files as bytes → text, as CPython's tokenizer reads them (PEP 263
//! and PEP 3120): a UTF-8 byte order mark is dropped; a `coding:` cookie
//! on the first or second line (a comment line) names the encoding, of
//! which UTF-8, Latin-1 and ASCII are known; without one the file is UTF-8.

use crate::error::{SyntaxError, SyntaxErrorKind};

/// The encoding named by a PEP 263 cookie in `line`, if it has one:
/// `# -*- coding: latin-1 -*-`, `# vim: set fileencoding=utf-8 :`.
fn cookie(line: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(line).ok().or_else(|| {
        // A cookie is ASCII; the rest of the line may not be.
        let end = line.iter().position(|&b| b >= 0x80).unwrap_or(line.len());
        std::str::from_utf8(&line[..end]).ok()
    })?;
    let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
    if !trimmed.starts_with('#') {
        return None;
    }
    let at = trimmed.find("coding")?;
    let rest = &trimmed[at + "coding".len()..];
    let rest = rest.strip_prefix([':', '='])?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}

/// CPython's `get_normal_name`, reduced to the encodings arenapy decodes.
fn normal_name(name: &str) -> Option<&'static str> {
    let n = name.to_ascii_lowercase().replace('_', "-");
    if n == "utf-8" || n.starts_with("utf-8-") || n == "utf8" {
        Some("utf-8")
    } else if [
        "latin-1",
        "iso-8859-1",
        "iso-latin-1",
        "latin1",
        "l1",
        "iso8859-1",
    ]
    .iter()
    .any(|p| n == *p || n.starts_with(&format!("{p}-")))
    {
        Some("latin-1")
    } else if n == "ascii" || n == "us-ascii" {
        Some("ascii")
    } else {
        None
    }
}

/// A NUL byte in a script run from a file: CPython 3.11.7's SyntaxError
/// "source code cannot contain null bytes" at the NUL's line, showing the
/// line up to the NUL and no caret. (Compiling source text holding one,
/// `exec`, `compile` and imports, says "source code string cannot contain
/// null bytes" without a location: [`decode_source`] gives that message.)
pub fn nul_byte_error(bytes: &[u8]) -> Option<SyntaxError> {
    let at = bytes.iter().position(|&b| b == 0)?;
    let line_start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let lineno = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    Some(SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "source code cannot contain null bytes".to_string(),
        lineno,
        offset: 0,
        end_lineno: lineno,
        end_offset: 0,
        text: Some(String::from_utf8_lossy(&bytes[line_start..at]).into_owned()),
        incomplete: false,
    })
}

/// Decodes a source file; `Err` has CPython's SyntaxError message (without
/// the `SyntaxError: ` prefix). `filename` is for that message.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, String> {
    if bytes.contains(&0) {
        return Err("source code string cannot contain null bytes".to_string());
    }
    let (bytes, bom) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    let mut lines = bytes.split_inclusive(|&b| b == b'\n');
    let first = lines.next().unwrap_or(b"");
    let declared = cookie(first).or_else(|| {
        // The second line counts only when the first is blank or a comment.
        let t = String::from_utf8_lossy(first);
        let t = t.trim_start();
        if t.is_empty() || t.starts_with('#') {
            lines.next().and_then(cookie)
        } else {
            None
        }
    });
    let encoding = match &declared {
        Some(name) => match normal_name(name) {
            Some(e) => e,
            None => return Err(format!("unknown encoding: {name}")),
        },
        None => "utf-8",
    };
    if bom && encoding != "utf-8" {
        return Err(format!(
            "encoding problem: {} with BOM",
            declared.unwrap_or_default()
        ));
    }
    match encoding {
        "latin-1" => Ok(bytes.iter().map(|&b| b as char).collect()),
        _ => match std::str::from_utf8(bytes) {
            Ok(s) if encoding == "ascii" && !s.is_ascii() => Err(format!(
                "Non-ASCII character in file {filename}, but the encoding declared is ascii"
            )),
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let at = e.valid_up_to();
                let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                Err(match declared {
                    Some(_) => format!(
                        "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte",
                        bytes[at]
                    ),
                    None => format!(
                        "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, \
                         but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                        bytes[at]
                    ),
                })
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::decode_source;

    #[test]
    fn bom_and_cookies() {
        assert_eq!(
            decode_source(b"\xef\xbb\xbfx = 1\n", "f").unwrap(),
            "x = 1\n"
        );
        assert_eq!(
            decode_source(b"# coding: latin-1\nx = '\xe9'\n", "f").unwrap(),
            "# coding: latin-1\nx = '\u{e9}'\n"
        );
        assert_eq!(
            decode_source(
                b"#!/usr/bin/python\n# -*- coding: iso-8859-1 -*-\n\xe9",
                "f"
            )
            .unwrap(),
            "#!/usr/bin/python\n# -*- coding: iso-8859-1 -*-\n\u{e9}"
        );
        assert!(decode_source(b"x = '\xe9'\n", "f").is_err());
        assert!(decode_source(b"# coding: klingon\n", "f").is_err());
    }
}
