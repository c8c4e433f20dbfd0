//! The completeness check: capitalised words of the texts that are neither
//! part of a mention of a curated entry nor on the reviewed list of words
//! that are not names (sentence starts, titles, adjectives such as
//! `Belarusian`, month names).

use std::collections::BTreeSet;

use reader_model::Library;
use reader_text::{analyze, TokenKind};

use crate::curated::NamesError;
use crate::mentions::{curated_spellings, find};

/// The terms of the non-names list (one word a line, `#` comments), folded.
///
/// ```
/// let s = reader_names::coverage::non_names("# titles\nPresident\nU.S.\n");
/// assert!(s.contains("president") && s.contains("us"));
/// ```
pub fn non_names(source: &str) -> BTreeSet<String> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(|l| analyze(l).into_iter().map(|t| t.term))
        .collect()
}

/// Every capitalised word of `lib` outside the mentions of the curated
/// entries and not in `non_names`: `(passage id, word as written)`.
pub fn uncovered(
    lib: &Library,
    curated: &str,
    non_names: &BTreeSet<String>,
) -> Result<Vec<(String, String)>, NamesError> {
    let spellings = curated_spellings(curated)?;
    let mut out = Vec::new();
    for block in lib.documents.iter().flat_map(|d| &d.blocks) {
        let text = block.plain_text();
        let mentions = find(&text, &spellings);
        for t in analyze(&text) {
            let word = &text[t.range.clone()];
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            let inside = mentions
                .iter()
                .any(|(_, r)| r.start <= t.range.start && t.range.end <= r.end);
            if t.kind == TokenKind::Word && capital && !inside && !non_names.contains(&t.term) {
                out.push((block.id.clone(), word.to_string()));
            }
        }
    }
    Ok(out)
}
