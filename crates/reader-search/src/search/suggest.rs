//! "Did you mean": the index terms nearest to a word that found nothing.

use crate::fuzzy::Damerau;
use crate::index::Index;

impl Index {
    /// Up to `n` index terms nearest to `word` (for "No results — did you
    /// mean …?"): within 1 edit for words under 5 letters, 2 from 5, ordered
    /// by distance, then by how many passages hold them, then alphabetically.
    /// The word itself is not suggested, nor anything for a single character:
    /// it is the start of a word, not a typo, and every one- or two-letter term
    /// is one edit from it ("L" gave "a", "rl", "i").
    ///
    /// ```
    /// use reader_model::{Block, BlockKind, Document, Inline, Library};
    /// use reader_search::{build_index, Index};
    /// let text = "Sanctions, sanctions, and a station.";
    /// let doc = Document {
    ///     id: "d".into(),
    ///     blocks: vec![Block::new("d-p", BlockKind::Paragraph, vec![Inline::Text(text.into())])],
    ///     ..Document::default()
    /// };
    /// let index = Index::from_bytes(&build_index(&Library { documents: vec![doc] })).unwrap();
    /// assert_eq!(index.suggest("sanctoins", 3), ["sanctions"]);
    /// assert!(index.suggest("", 3).is_empty());
    /// assert!(index.suggest("s", 3).is_empty());
    /// ```
    pub fn suggest(&self, word: &str, n: usize) -> Vec<String> {
        let Some(term) = reader_text::analyze(word)
            .into_iter()
            .next()
            .map(|t| t.term)
            .filter(|t| t.chars().nth(1).is_some())
        else {
            return Vec::new();
        };
        let max = if term.chars().count() < 5 { 1 } else { 2 };
        let Some(aut) = Damerau::new(&term, max) else {
            return Vec::new();
        };
        let mut found: Vec<(u8, core::cmp::Reverse<u32>, String)> = Vec::new();
        let mut occ = Vec::new();
        self.each_term(b"", Some(&aut), &mut |key, ordinal, d| {
            if found.len() >= 256 {
                return false;
            }
            match core::str::from_utf8(key) {
                Ok(key) if key != term => {
                    occ.clear();
                    self.blocks_into(ordinal, &mut occ);
                    found.push((d, core::cmp::Reverse(occ.len() as u32), key.to_string()));
                }
                _ => {}
            }
            true
        });
        crate::sort::sort(&mut found);
        found.into_iter().take(n).map(|(_, _, k)| k).collect()
    }
}
