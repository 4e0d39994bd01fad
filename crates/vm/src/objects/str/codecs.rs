//! The text codecs arenapy knows — UTF-8, ASCII and Latin-1 (UTF-16 and
//! UTF-32 in [`super::codecs_wide`]) under their CPython spellings (`utf8`, `UTF-8`, `latin_1`, `iso-8859-1` ...):
//! `str.encode` and encoding to bytes for `bytes(s, encoding)`, and the
//! encoding-name checks `bytes.decode` shares, with CPython's error messages
//! (`UnicodeEncodeError`, `LookupError: unknown encoding`).

use crate::memory::object::{Obj, ObjRef};
use crate::objects::bytes::new_bytes;
use crate::objects::exception;
use crate::objects::exception::type_error;
use crate::objects::registry::types;
use crate::objects::str::try_str;
use crate::protocol::convert::{check_args, check_kwargs, kwarg, split_kwargs};
use crate::protocol::object::type_name;
use crate::vm::{PyResult, Vm};

pub(crate) fn check_encoding(enc: &Obj) -> PyResult<&str> {
    check_encoding_for(enc, "encode")
}

/// [`check_encoding`] for `what()` (`encode` or `decode`), which the
/// TypeError names.
pub(crate) fn check_encoding_for<'a>(enc: &'a Obj, what: &str) -> PyResult<&'a str> {
    let name = try_str(enc).ok_or_else(|| {
        type_error(format!(
            "{what}() argument 'encoding' must be str, not {}",
            // _PyArg_BadArgument names None itself.
            if crate::objects::singletons::is_none(enc) {
                "None".to_string()
            } else {
                type_name(enc).to_string()
            }
        ))
    })?;
    let norm = name.to_ascii_lowercase().replace('_', "-");
    match norm.as_str() {
        "utf-8" | "utf8" | "ascii" | "us-ascii" | "latin-1" | "latin1" | "iso-8859-1" => Ok(name),
        _ if super::codecs_wide::wide_codec(name).is_some() => Ok(name),
        _ => Err(exception::new_error(
            &types().lookup_error,
            &format!("unknown encoding: {name}"),
        )),
    }
}

pub(crate) fn is_ascii_name(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "ascii" | "us-ascii" | "us_ascii"
    )
}

pub(crate) fn is_latin1_name(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().replace('_', "-").as_str(),
        "latin-1" | "latin1" | "iso-8859-1"
    )
}

/// `text.encode(encoding)` for utf-8, ascii and latin-1.
pub(crate) fn encode(text: &str, enc: &Obj) -> PyResult<ObjRef> {
    encode_with(text, enc, "strict")
}

/// The error handler `errors`, checked when it is needed (CPython looks a
/// handler up only at the first error).
fn unknown_handler(errors: &str) -> crate::vm::PyErr {
    exception::new_error(
        &types().lookup_error,
        &format!("unknown error handler name '{errors}'"),
    )
}

/// `text.encode(encoding, errors)`: the error handlers strict, ignore,
/// replace, xmlcharrefreplace, namereplace and backslashreplace.
pub(crate) fn encode_with(text: &str, enc: &Obj, errors: &str) -> PyResult<ObjRef> {
    let name = check_encoding(enc)?;
    let limit = if is_ascii_name(name) {
        Some((128u32, "ascii", "ordinal not in range(128)"))
    } else if is_latin1_name(name) {
        Some((256u32, "latin-1", "ordinal not in range(256)"))
    } else {
        None
    };
    if let Some(codec) = super::codecs_wide::wide_codec(name) {
        return Ok(new_bytes(&super::codecs_wide::encode(text, codec))?);
    }
    let Some((max, codec, why)) = limit else {
        return Ok(new_bytes(text.as_bytes())?);
    };
    let mut out = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if (c as u32) < max {
            out.push(c as u32 as u8);
            continue;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                // CPython reports the whole run of unencodable characters.
                let run = text
                    .chars()
                    .skip(i)
                    .take_while(|&d| (d as u32) >= max)
                    .count();
                let _ = c;
                return Err(exception::unicode_error5(
                    false,
                    codec,
                    crate::objects::str::new_str(text)?,
                    i,
                    i + run,
                    why,
                ));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "xmlcharrefreplace" => out.extend(format!("&#{};", c as u32).bytes()),
            // `\N{NAME}` for a named character, else as backslashreplace.
            "namereplace" => match unicode_names2::name(c) {
                Some(n) => out.extend(format!("\\N{{{n}}}").bytes()),
                None => out.extend(char_escape(c).trim_matches('\'').bytes()),
            },
            "backslashreplace" => {
                let quoted = char_escape(c);
                out.extend(quoted.trim_matches('\'').bytes());
            }
            other => return Err(unknown_handler(other)),
        }
    }
    Ok(new_bytes(&out)?)
}

pub(crate) fn char_escape(c: char) -> String {
    let v = c as u32;
    if v < 0x100 {
        format!("'\\x{v:02x}'")
    } else if v < 0x10000 {
        format!("'\\u{v:04x}'")
    } else {
        format!("'\\U{v:08x}'")
    }
}

/// `str.encode(encoding="utf-8", errors="strict")`.
pub fn str_encode(_vm: &mut Vm, args: &[ObjRef], kwnames: Option<&Obj>) -> PyResult<ObjRef> {
    let (pos, kws) = split_kwargs(args, kwnames);
    check_kwargs("encode", &kws, &["encoding", "errors"])?;
    let text = pos
        .first()
        .and_then(|s| try_str(s))
        .ok_or_else(|| type_error("descriptor 'encode' requires a 'str' object"))?;
    check_args("encode", &pos[1..], 0, 2)?;
    // Argument Clinic checks encoding's type before errors'.
    if let Some(enc) = pos.get(1).or_else(|| kwarg(&kws, "encoding")) {
        if try_str(enc).is_none() {
            check_encoding(enc)?;
        }
    }
    let errors = error_handler(pos.get(2).or_else(|| kwarg(&kws, "errors")), "encode")?;
    match pos.get(1).or_else(|| kwarg(&kws, "encoding")) {
        Some(enc) => encode_with(text, enc, errors),
        None => Ok(new_bytes(text.as_bytes())?),
    }
}

/// The `errors` argument of encode/decode: a str, "strict" by default.
pub(crate) fn error_handler<'a>(errors: Option<&'a ObjRef>, what: &str) -> PyResult<&'a str> {
    match errors {
        None => Ok("strict"),
        Some(e) => try_str(e).ok_or_else(|| {
            type_error(format!(
                "{what}() argument 'errors' must be str, not {}",
                // _PyArg_BadArgument names None itself.
                if crate::objects::singletons::is_none(e) {
                    "None".to_string()
                } else {
                    type_name(e).to_string()
                }
            ))
        }),
    }
}
