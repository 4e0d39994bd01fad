//! Python regular-expression syntax → `fancy-regex` syntax.
//!
//! The two dialects mostly agree; this pass rewrites the places where they
//! differ:
//! - flags: leading inline flags `(?imsx)` join the compile flags; `a`, `u`,
//!   `L` are dropped from flag groups (ASCII is applied by rewriting `\d`,
//!   `\w`, `\s`);
//! - VERBOSE: whitespace and `#` comments outside classes are removed here;
//! - `$` without MULTILINE matches at the end or before a final newline
//!   (`(?=\n?\z)`), `\Z` is `\z`, `(?P=name)` is `\k<name>`, `(?#...)` is
//!   dropped;
//! - escapes of punctuation and octal escapes become `\x{..}`, `\uXXXX`
//!   and `\UXXXXXXXX` become `\x{..}`;
//! - inside classes `[`, `&`, `~` are literal in Python but set operators
//!   in Rust, so they are escaped;
//! - `{` that does not start a valid repeat is a literal, `{,n}` is `{0,n}`.
//!
//! Errors carry CPython's wording where it is easy (`bad escape \q at
//! position 3`); otherwise the regex crate's message is used.

const IGNORECASE: u32 = 2;
const MULTILINE: u32 = 8;
const DOTALL: u32 = 16;
const UNICODE: u32 = 32;
const VERBOSE: u32 = 64;
const ASCII: u32 = 256;

/// The translated pattern, and whether an anchored match may run on the
/// slice `text[pos..]` (false when the pattern looks behind its start:
/// `^`, `\b`, `\B`, lookbehind).
pub struct Translated {
    pub source: String,
    pub flags: u32,
    pub slice_safe: bool,
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        'u' => UNICODE,
        'L' => 4,
        _ => return None,
    })
}

pub fn translate(pattern: &str, mut flags: u32) -> Result<Translated, String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    // Leading global flags.
    while i + 2 < chars.len() && chars[i] == '(' && chars[i + 1] == '?' {
        let mut j = i + 2;
        let mut f = 0;
        while j < chars.len() {
            match flag_of(chars[j]) {
                Some(v) => f |= v,
                None => break,
            }
            j += 1;
        }
        if j > i + 2 && j < chars.len() && chars[j] == ')' {
            flags |= f;
            i = j + 1;
        } else {
            break;
        }
    }
    let mut t = Tr {
        c: chars,
        i,
        out: String::new(),
        flags,
        slice_safe: true,
    };
    t.run()?;
    let mut prefix = String::new();
    for (bit, letter) in [(IGNORECASE, 'i'), (MULTILINE, 'm'), (DOTALL, 's')] {
        if flags & bit != 0 {
            prefix.push(letter);
        }
    }
    let source = if prefix.is_empty() {
        t.out
    } else {
        format!("(?{prefix}){}", t.out)
    };
    Ok(Translated {
        source,
        flags,
        slice_safe: t.slice_safe,
    })
}

struct Tr {
    c: Vec<char>,
    i: usize,
    out: String,
    flags: u32,
    slice_safe: bool,
}

fn hex(c: char) -> String {
    format!("\\x{{{:x}}}", c as u32)
}

impl Tr {
    fn peek(&self, k: usize) -> Option<char> {
        self.c.get(self.i + k).copied()
    }

    fn run(&mut self) -> Result<(), String> {
        let verbose = self.flags & VERBOSE != 0;
        while let Some(ch) = self.peek(0) {
            match ch {
                '\\' => self.escape(false)?,
                '[' => self.class()?,
                '(' => self.group()?,
                '$' => {
                    self.i += 1;
                    if self.flags & MULTILINE != 0 {
                        self.out.push('$');
                    } else {
                        self.out.push_str("(?=\\n?\\z)");
                    }
                }
                '^' => {
                    self.i += 1;
                    self.slice_safe = false;
                    self.out.push('^');
                }
                '{' => self.brace(),
                '}' => {
                    self.i += 1;
                    self.out.push_str("\\}");
                }
                c if verbose && c.is_whitespace() => self.i += 1,
                '#' if verbose => {
                    while let Some(c) = self.peek(0) {
                        self.i += 1;
                        if c == '\n' {
                            break;
                        }
                    }
                }
                c => {
                    self.i += 1;
                    self.out.push(c);
                }
            }
        }
        Ok(())
    }

    fn brace(&mut self) {
        // A repeat is `{m}`, `{m,}`, `{,n}`, `{m,n}`; anything else is literal.
        let start = self.i;
        let mut j = self.i + 1;
        let mut lo = String::new();
        let mut hi = String::new();
        let mut comma = false;
        while let Some(&c) = self.c.get(j) {
            if c.is_ascii_digit() {
                if comma {
                    hi.push(c)
                } else {
                    lo.push(c)
                }
            } else if c == ',' && !comma {
                comma = true;
            } else {
                break;
            }
            j += 1;
        }
        if self.c.get(j) == Some(&'}') && (!lo.is_empty() || comma) {
            let lo = if lo.is_empty() { "0".to_string() } else { lo };
            self.out.push('{');
            self.out.push_str(&lo);
            if comma {
                self.out.push(',');
                self.out.push_str(&hi);
            }
            self.out.push('}');
            self.i = j + 1;
        } else {
            self.i = start + 1;
            self.out.push_str("\\{");
        }
    }

    fn group(&mut self) -> Result<(), String> {
        self.i += 1;
        if self.peek(0) != Some('?') {
            self.out.push('(');
            return Ok(());
        }
        match (self.peek(1), self.peek(2)) {
            (Some('#'), _) => {
                while let Some(c) = self.peek(0) {
                    self.i += 1;
                    if c == ')' {
                        return Ok(());
                    }
                }
                Err("missing ), unterminated comment".into())
            }
            (Some('P'), Some('=')) => {
                let mut name = String::new();
                self.i += 3;
                while let Some(c) = self.peek(0) {
                    self.i += 1;
                    if c == ')' {
                        self.out.push_str(&format!("\\k<{name}>"));
                        return Ok(());
                    }
                    name.push(c);
                }
                Err("missing ), unterminated name".into())
            }
            (Some('P'), Some('<')) => {
                self.i += 2;
                self.out.push_str("(?P");
                Ok(())
            }
            (Some('<'), Some('=' | '!')) => {
                self.slice_safe = false;
                self.i += 1;
                self.out.push_str("(?");
                Ok(())
            }
            (Some(c), _) if flag_of(c).is_some() || c == '-' => {
                // A scoped flag group `(?i:...)` or `(?-i:...)`.
                self.i += 1;
                self.out.push_str("(?");
                while let Some(c) = self.peek(0) {
                    if c == ':' || c == ')' {
                        break;
                    }
                    self.i += 1;
                    if !matches!(c, 'a' | 'u' | 'L') {
                        self.out.push(c);
                    }
                }
                if self.out.ends_with("(?") && self.peek(0) == Some(')') {
                    // Only flags we apply by rewriting: drop the group.
                    self.out.truncate(self.out.len() - 2);
                    self.i += 1;
                }
                Ok(())
            }
            _ => {
                self.i += 1;
                self.out.push_str("(?");
                Ok(())
            }
        }
    }

    fn class(&mut self) -> Result<(), String> {
        let open = self.i;
        self.i += 1;
        self.out.push('[');
        if self.peek(0) == Some('^') {
            self.i += 1;
            self.out.push('^');
        }
        if self.peek(0) == Some(']') {
            self.i += 1;
            self.out.push_str("\\]");
        }
        loop {
            match self.peek(0) {
                None => return Err(format!("unterminated character set at position {open}")),
                Some(']') => {
                    self.i += 1;
                    self.out.push(']');
                    return Ok(());
                }
                Some('\\') => self.escape(true)?,
                Some(c @ ('[' | '&' | '~')) => {
                    self.i += 1;
                    self.out.push('\\');
                    self.out.push(c);
                }
                Some(c) => {
                    self.i += 1;
                    self.out.push(c);
                }
            }
        }
    }

    fn escape(&mut self, in_class: bool) -> Result<(), String> {
        let at = self.i;
        let Some(c) = self.peek(1) else {
            return Err(format!("bad escape (end of pattern) at position {at}"));
        };
        self.i += 2;
        let ascii = self.flags & ASCII != 0;
        let class_body = |s: &str| {
            if in_class {
                s.to_string()
            } else {
                format!("[{s}]")
            }
        };
        match c {
            'd' if ascii => self.out.push_str(&class_body("0-9")),
            'w' if ascii => self.out.push_str(&class_body("0-9A-Za-z_")),
            's' if ascii => self.out.push_str(&class_body(" \\t\\n\\r\\x0c\\x0b")),
            'D' if ascii => self.out.push_str("[^0-9]"),
            'W' if ascii => self.out.push_str("[^0-9A-Za-z_]"),
            'S' if ascii => self.out.push_str("[^ \\t\\n\\r\\x0c\\x0b]"),
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                self.out.push('\\');
                self.out.push(c);
            }
            'b' if in_class => self.out.push_str("\\x08"),
            'b' | 'B' => {
                self.slice_safe = false;
                self.out.push('\\');
                self.out.push(c);
            }
            'A' if !in_class => self.out.push_str("\\A"),
            'Z' if !in_class => self.out.push_str("\\z"),
            'n' | 't' | 'r' | 'f' | 'v' | 'a' => {
                self.out.push('\\');
                self.out.push(c);
            }
            'x' => {
                let h: String = self.c[self.i..].iter().take(2).collect();
                let v = (h.len() == 2)
                    .then(|| u32::from_str_radix(&h, 16).ok())
                    .flatten()
                    .ok_or_else(|| format!("incomplete escape \\x{h} at position {at}"))?;
                self.i += 2;
                self.out.push_str(&format!("\\x{{{v:x}}}"));
            }
            'u' | 'U' => {
                let n = if c == 'u' { 4 } else { 8 };
                let h: String = self.c[self.i..].iter().take(n).collect();
                let v = (h.len() == n)
                    .then(|| u32::from_str_radix(&h, 16).ok())
                    .flatten()
                    .ok_or_else(|| format!("incomplete escape \\{c}{h} at position {at}"))?;
                self.i += n;
                self.out.push_str(&format!("\\x{{{v:x}}}"));
            }
            '0' => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 2 && self.peek(0).is_some_and(|d| ('0'..='7').contains(&d)) {
                    v = v * 8 + self.peek(0).and_then(|d| d.to_digit(8)).unwrap_or(0);
                    self.i += 1;
                    k += 1;
                }
                self.out.push_str(&format!("\\x{{{v:x}}}"));
            }
            '1'..='9' => {
                // Three octal digits are a character; otherwise a group
                // reference of up to two digits.
                let d2 = self.peek(0);
                let d3 = self.peek(1);
                let oct = |d: Option<char>| d.is_some_and(|d| ('0'..='7').contains(&d));
                if c <= '7' && oct(d2) && oct(d3) {
                    let s: String = [c, d2.unwrap_or('0'), d3.unwrap_or('0')].iter().collect();
                    let v = u32::from_str_radix(&s, 8).unwrap_or(0);
                    self.i += 2;
                    self.out.push_str(&format!("\\x{{{v:x}}}"));
                } else if in_class {
                    return Err(format!("bad escape \\{c} at position {at}"));
                } else {
                    let mut n = c.to_string();
                    if let Some(d) = d2.filter(char::is_ascii_digit) {
                        n.push(d);
                        self.i += 1;
                    }
                    self.out.push('\\');
                    self.out.push_str(&n);
                }
            }
            c if c.is_ascii_alphanumeric() => {
                return Err(format!("bad escape \\{c} at position {at}"));
            }
            c => self.out.push_str(&hex(c)),
        }
        Ok(())
    }
}
