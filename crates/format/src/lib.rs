//! Pure text <-> number formatting for arenapy, following CPython 3.11 to the
//! character. This crate owns: `repr(float)`, the format-spec mini-language
//! (`format(x, spec)` / `str.format` / f-strings) for `int`, `float` and `str`,
//! the `%`-operator conversions for one already-extracted argument, the
//! `'%.*f'`/`'%.*e'`/`'%.*g'` helpers, `round(float, n)`, and parsing for
//! `float(str)` and `int(str, base)`. It knows nothing about the VM: errors
//! come back as `(exception type name, message)` and the caller raises them.
//! Decimal digits come from Rust's float formatting (`{:e}` is shortest
//! round-trip, `{:.N}`/`{:.Ne}` are exact and round half to even), re-laid out
//! the way CPython's `format_float_short` does.

mod float_repr;
mod parse;
mod percent;
mod spec;
mod text;

pub use float_repr::{
    float_repr, float_repr_text, format_exp, format_fixed, format_general, round_float,
};
pub use parse::{parse_float, parse_int};
pub use percent::{
    percent_float, percent_float_into, percent_float_text, percent_int, percent_int_small_into,
    percent_pad_str, percent_pad_str_into, PercentOut, PercentSpec,
};
pub use spec::{
    format_complex, format_float, format_float_text, format_int, format_int_text, format_str,
    format_str_text, parse_spec, parse_spec_for, FormatSpec, IntRef,
};
pub use text::Text;

/// `(exception type name, message)`, e.g. `("ValueError", "Invalid format specifier ...")`.
pub type FmtError = (&'static str, String);

fn verr(msg: impl Into<String>) -> FmtError {
    ("ValueError", msg.into())
}

/// The caller's answer to "may `n` more bytes be taken?" (the VM's heap
/// limit); see [`set_room_check`].
static ROOM: std::sync::OnceLock<fn(usize) -> bool> = std::sync::OnceLock::new();

/// Lets the embedding VM refuse output a script sized past its memory limit
/// (a width or precision of billions): such output is then `MemoryError`,
/// as CPython's refused `malloc` is. Set once; later calls are ignored.
pub fn set_room_check(room: fn(usize) -> bool) {
    let _ = ROOM.set(room);
}

/// Room for `n` more bytes in `out`, or `MemoryError`: every buffer sized
/// by a width or precision grows through here, never through an infallible
/// reservation that would abort the process.
pub(crate) fn reserve(out: &mut String, n: usize) -> Result<(), FmtError> {
    // Small buffers (a float's digits) are not the script's sizing: only a
    // big one is held against the caller's limit.
    let refused = n > 1 << 16 && ROOM.get().is_some_and(|room| !room(n));
    if refused || out.try_reserve(n).is_err() {
        return Err(("MemoryError", String::new()));
    }
    Ok(())
}

/// [`reserve`] for a [`Text`].
pub(crate) fn reserve_text(out: &mut Text, n: usize) -> Result<(), FmtError> {
    let refused = n > 1 << 16 && ROOM.get().is_some_and(|room| !room(n));
    if refused || !out.try_reserve(n) {
        return Err(("MemoryError", String::new()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `kind|input|arg|expected` rows (CPython 3.11 results); errors compare the
    /// message.
    const CASES: &str = r#"
repr|0.0||0.0
repr|-0.0||-0.0
repr|1e16||1e+16
repr|1e-5||1e-05
repr|100.0||100.0
repr|1.5e300||1.5e+300
repr|123456789012345.0||123456789012345.0
repr|5e-324||5e-324
repr|0.30000000000000004||0.30000000000000004
repr|-inf||-inf
repr|NaN||nan
repr|-1.5e-7||-1.5e-07
repr|9999999999999998.0||9999999999999998.0
float|1.0||1.0
float|0.1|.3|0.1
float|1234.5|,|1,234.5
float|2.675|.2f|2.67
float|0.125|.2f|0.12
float|123.0|.3|1.23e+02
float|-0.0001|z.1f|0.0
float|1234.5678|012,.2f|0,001,234.57
float|0.5|%|50.000000%
float|inf|010|0000000inf
float|1e16|#|1.e+16
float|3.0|#.0f|3.
float|1.0|d|Unknown format code 'd' for object of type 'float'
float|1.0|.|Format specifier missing precision
float|1.0|,_|Cannot specify both ',' and '_'.
int|1234567|,|1,234,567
int|255|#X|0XFF
int|-255|#010b|-0b11111111
int|1234|08,|0,001,234
int|74565|_x|1_2345
int|65|*^5c|**A**
int|-42|=+8|-     42
int|3|.1f|3.0
int|1|,x|Cannot specify ',' with 'x'.
int|1|.2|Precision not allowed in integer format specifier
int|1114112|c|%c arg not in range(0x110000)
int|1|dd|Invalid format specifier 'dd' for object of type 'int'
str|abc|*^7|**abc**
str|abcdef|5.2|ab   
str|日本|>4|  日本
str|x|,|Cannot specify ',' with 's'.
str|x|+|Sign not allowed in string format specifier
str|x|=5|'=' alignment not allowed in string format specifier
fixed|0.125|2|0.12
fixed|2.5|0|2
exp|123456.0|2|1.23e+05
gen|0.0001|3|0.0001
round|2.675|2|2.67
round|2.5|0|2.0
round|25.0|-1|20.0
round|35.0|-1|40.0
round|-4.0|-1|-0.0
round|1.7976931348623157e308|-305|inf
pfloat| 1_000.5 ||1000.5
pfloat|-Infinity||-inf
pfloat|１２.５||12.5
pfloat|1e||None
pfloat|1__0||None
pint| -0x_1f |0|-31
pint|017|0|None
pint|000|0|0
pint|0b101|2|5
pint|1__0|10|None
pint|zz|36|1295
pct|-42|%06d|-00042
pct|255|%#08X|0X0000FF
pct|8|%#08o|0o000010
pct|5|%.3d|005
pct|3.25159|%+8.2f|   +3.25
pct|1e-5|%#g|1.00000e-05
pct|hello|%-6.3s|hel   
"#;

    fn percent(value: &str, spec: &str) -> String {
        let body = spec.trim_start_matches('%');
        let flags: String = body.chars().take_while(|c| "-+ #0".contains(*c)).collect();
        let rest = &body[flags.len()..body.len() - 1];
        let (w, p) = rest.split_once('.').unwrap_or((rest, ""));
        let spec = PercentSpec {
            left: flags.contains('-'),
            plus: flags.contains('+'),
            space: flags.contains(' '),
            alternate: flags.contains('#'),
            zero: flags.contains('0'),
            width: w.parse().ok(),
            precision: p.parse().ok(),
            conv: spec.chars().last().unwrap(),
        };
        match spec.conv {
            's' => percent_pad_str(value, &spec),
            'd' | 'o' | 'X' => percent_int(&value.parse().unwrap(), &spec),
            _ => percent_float(value.parse().unwrap(), &spec),
        }
        .unwrap()
    }

    #[test]
    fn table() {
        for row in CASES.lines().filter(|l| !l.is_empty()) {
            let f: Vec<&str> = row.split('|').collect();
            let (x, arg) = (|| f[1].parse::<f64>().unwrap(), f[2]);
            let n = || arg.parse::<i64>().unwrap();
            let got = match f[0] {
                "repr" => float_repr(x()),
                "float" => format_float(x(), arg).unwrap_or_else(|e| e.1),
                "int" => format_int(&f[1].parse().unwrap(), arg).unwrap_or_else(|e| e.1),
                "str" => format_str(f[1], arg).unwrap_or_else(|e| e.1),
                "fixed" => format_fixed(x(), n() as usize).unwrap(),
                "exp" => format_exp(x(), n() as usize, false).unwrap(),
                "gen" => format_general(x(), n() as usize, false, false).unwrap(),
                "round" => float_repr(round_float(x(), n())),
                "pfloat" => parse_float(f[1]).map_or("None".into(), float_repr),
                "pint" => parse_int(f[1], n() as u32).map_or("None".into(), |v| v.to_string()),
                _ => percent(f[1], arg),
            };
            assert_eq!(got, f[3], "{row}");
        }
    }
}
