//! What a search returns: [`SearchResults`], its [`Hit`]s and how each
//! matched ([`MatchKind`]).

use core::ops::Range;

use crate::QueryNotice;

/// How a passage matched the query (the weakest way among the query's words).
///
/// ```
/// use reader_search::MatchKind;
/// assert!(MatchKind::Exact < MatchKind::Stemmed && MatchKind::Prefix < MatchKind::Fuzzy);
/// assert_eq!(MatchKind::Variant.weight(), 0.75);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// The word as written (after case and diacritics folding).
    Exact,
    /// Another form of the same English stem (`sanctioned` → `sanctions`).
    Stemmed,
    /// A transliteration variant (`Lukashenko` → `Lukashenka`) or an acronym / long form.
    Variant,
    /// A completion of the word being typed.
    Prefix,
    /// A misspelling within the allowed edit distance.
    Fuzzy,
}

impl MatchKind {
    /// Factor applied to the term frequency of a match of this kind.
    pub fn weight(self) -> f32 {
        match self {
            MatchKind::Exact => 1.0,
            MatchKind::Stemmed => 0.85,
            MatchKind::Variant => 0.75,
            MatchKind::Prefix => 0.7,
            MatchKind::Fuzzy => 0.4,
        }
    }
}

/// One passage found.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Id of the document.
    pub doc_id: String,
    /// Id of the block (passage).
    pub block_id: String,
    /// Index of the block in its document.
    pub block_index: usize,
    /// Text of the section heading the block sits under (its own text for a heading).
    pub heading: Option<String>,
    /// Ranking score (higher is better); comparable within one result list.
    pub score: f32,
    /// About 30 whole words around the matches, `…` where cut.
    pub snippet: String,
    /// Byte ranges of the matches in `snippet`.
    pub snippet_highlights: Vec<Range<usize>>,
    /// Byte ranges of the matches in the block's `plain_text()`.
    pub block_highlights: Vec<Range<usize>>,
    /// The weakest way a query word matched in this passage.
    pub match_kind: MatchKind,
}

/// The answer to a query.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchResults {
    /// Passages, best first (at most [`MAX_HITS`](crate::MAX_HITS)).
    pub hits: Vec<Hit>,
    /// Matching passages per document, for every indexed document, before the document filter.
    pub counts: Vec<(String, usize)>,
    /// What was cut from the query, if anything (the UI words it).
    pub notice: Option<QueryNotice>,
    /// When nothing matched: index terms near the query words ("did you mean").
    pub suggestions: Vec<String>,
}
