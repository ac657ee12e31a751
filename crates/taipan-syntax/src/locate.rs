//! Offset → (line, column) conversion.
//!
//! ruff reports byte offsets (`TextSize`) into the source; CPython's AST uses
//! 1-based line numbers and 0-based UTF-8 byte columns, while `SyntaxError`
//! uses 1-based *character* columns. A `LineIndex` is built once per parse and
//! answers both questions with a binary search over line starts.
//! Line breaks are `\n`, `\r\n` and lone `\r`, as in CPython's tokenizer.

use crate::ast::Loc;
use ruff_text_size::{TextRange, TextSize};

/// Line-start table for one source text.
pub(crate) struct LineIndex<'s> {
    src: &'s str,
    /// Byte offset of the first byte of every line; `starts[0] == 0`.
    starts: Vec<u32>,
}

impl<'s> LineIndex<'s> {
    pub(crate) fn new(src: &'s str) -> Self {
        let bytes = src.as_bytes();
        let mut starts = vec![0u32];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push((i + 1) as u32),
                b'\r' => {
                    if i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                        i += 1;
                    }
                    starts.push((i + 1) as u32);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { src, starts }
    }

    pub(crate) fn src(&self) -> &'s str {
        self.src
    }

    /// 0-based line index containing byte `offset`.
    fn line_of(&self, offset: u32) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// (1-based line, 0-based byte column) of `offset`.
    pub(crate) fn pos(&self, offset: TextSize) -> (u32, u32) {
        let off = u32::from(offset).min(self.src.len() as u32);
        let line = self.line_of(off);
        (line as u32 + 1, off - self.starts[line])
    }

    /// CPython-style location of a range.
    pub(crate) fn loc(&self, range: TextRange) -> Loc {
        let (lineno, col_offset) = self.pos(range.start());
        let (end_lineno, end_col_offset) = self.pos(range.end());
        Loc {
            lineno,
            col_offset,
            end_lineno,
            end_col_offset,
        }
    }

    /// The text of 1-based line `lineno` including its line terminator.
    pub(crate) fn line_text(&self, lineno: u32) -> &'s str {
        let i = lineno.max(1) as usize - 1;
        if i >= self.starts.len() {
            return "";
        }
        let start = self.starts[i] as usize;
        let end = self
            .starts
            .get(i + 1)
            .map_or(self.src.len(), |&e| e as usize);
        &self.src[start..end]
    }

    /// 1-based character column (CPython's `SyntaxError.offset`) of byte `offset`.
    pub(crate) fn char_col(&self, offset: u32) -> (u32, u32) {
        let off = offset.min(self.src.len() as u32);
        let line = self.line_of(off);
        let start = self.starts[line] as usize;
        let mut end = off as usize;
        while !self.src.is_char_boundary(end) {
            end -= 1;
        }
        let chars = self.src[start..end].chars().count() as u32;
        (line as u32 + 1, chars + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions() {
        let idx = LineIndex::new("ab\r\ncé\rd\n");
        assert_eq!(idx.pos(TextSize::from(0)), (1, 0));
        assert_eq!(idx.pos(TextSize::from(4)), (2, 0));
        assert_eq!(idx.pos(TextSize::from(7)), (2, 3));
        assert_eq!(idx.pos(TextSize::from(8)), (3, 0));
        assert_eq!(idx.char_col(7), (2, 3));
        assert_eq!(idx.line_text(2), "cé\r");
    }
}
