//! Byte offsets to line numbers and columns.

/// Start offsets of every line of a source text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset where each line starts; `starts[0] == 0`.
    starts: Vec<u32>,
}

impl LineIndex {
    /// Lines end at `\n`, `\r\n` or a lone `\r`, as in Python's tokenizer.
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0u32];
        let b = src.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => starts.push(i as u32 + 1),
                b'\r' if b.get(i + 1) != Some(&b'\n') => starts.push(i as u32 + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// `(1-based line, 0-based column in UTF-8 bytes)` of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        (line as u32, offset - self.starts[line - 1])
    }

    /// The text of a 1-based line, including its line terminator.
    pub fn line_text<'a>(&self, src: &'a str, line: u32) -> &'a str {
        let i = (line as usize).saturating_sub(1);
        let Some(&start) = self.starts.get(i) else {
            return "";
        };
        let end = self.starts.get(i + 1).map_or(src.len(), |&e| e as usize);
        src.get(start as usize..end).unwrap_or("")
    }

    /// Number of lines (a final line without terminator counts).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte offset where a 1-based line starts.
    pub fn line_start(&self, line: u32) -> usize {
        self.starts[(line as usize).saturating_sub(1).min(self.starts.len() - 1)] as usize
    }

    /// 0-based column in characters of a byte offset.
    pub fn char_col(&self, src: &str, offset: usize) -> usize {
        let (line, _) = self.line_col(offset as u32);
        let start = self.line_start(line);
        src.get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
    }
}
