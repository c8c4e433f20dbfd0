//! Proper names: the terms of a corpus that occur capitalized and never in
//! lower case (`Minsk`, `Lukashenka`; not `Russian` if the text also has
//! `russian`). The indexer gives them transliteration keys and the alignment
//! weighs them as names.

use std::collections::BTreeSet;

use crate::tokens::{Token, TokenKind};

/// Collects the words seen capitalized and those seen in lower case.
///
/// ```
/// let mut names = reader_text::Names::default();
/// for text in ["Minsk and Moscow.", "moscow"] {
///     for t in reader_text::analyze(text) {
///         names.observe(text, &t);
///     }
/// }
/// assert_eq!(names.finish().into_iter().collect::<Vec<_>>(), ["minsk"]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Names {
    capitalized: BTreeSet<String>,
    lower: BTreeSet<String>,
}

impl Names {
    /// Notes how a word token of `text` is written (numbers and joined
    /// hyphenated words are skipped).
    pub fn observe(&mut self, text: &str, token: &Token) {
        if token.kind != TokenKind::Word {
            return;
        }
        let Some(first) = text.get(token.range.clone()).and_then(|w| w.chars().next()) else {
            return;
        };
        if first.is_uppercase() {
            self.capitalized.insert(token.term.clone());
        } else {
            self.lower.insert(token.term.clone());
        }
    }

    /// The terms seen capitalized and never in lower case.
    pub fn finish(self) -> BTreeSet<String> {
        self.capitalized.difference(&self.lower).cloned().collect()
    }
}
