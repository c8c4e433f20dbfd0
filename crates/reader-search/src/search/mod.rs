//! Query evaluation, in named steps: the query is parsed ([`crate::query`]),
//! the blocks matching its negated clauses are excluded, each positive clause
//! is matched ([`clause`], with its words expanded by [`expand`]) and scored
//! with BM25 ([`rank`]), the blocks are ranked, and the best become [`Hit`]s
//! ([`hits`]), with or without their snippets. [`suggest`] gives "did you
//! mean" terms when a word found nothing.

mod clause;
mod expand;
mod hits;
mod rank;
mod suggest;

use core::ops::Range;

use reader_model::Library;

use crate::index::Index;
use crate::query::parse;

/// Most terms a prefix expands to.
pub const PREFIX_CAP: usize = 64;
/// Most terms a misspelled word expands to.
pub const FUZZY_CAP: usize = 16;
/// Most hits returned (the counts cover all matches).
pub const MAX_HITS: usize = 50;
/// Score factor for heading blocks.
pub const HEADING_BOOST: f32 = 1.5;
/// Documents that have hits get their best one into this many first results.
pub const DIVERSITY_WINDOW: usize = 5;

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
    /// Passages, best first (at most [`MAX_HITS`]).
    pub hits: Vec<Hit>,
    /// Matching passages per document, for every indexed document, before the document filter.
    pub counts: Vec<(String, usize)>,
    /// A short message for the UI, e.g. "Query cut to 16 words".
    pub notice: Option<String>,
    /// When nothing matched: index terms near the query words ("did you mean").
    pub suggestions: Vec<String>,
}

impl Index {
    /// Searches all documents. `lib` must be the library the index was built
    /// from; snippets and ids are read from it, and a term's occurrences in
    /// the blocks the index lists for it (positions, frequency, highlights)
    /// are found in its block text (the tokens of a block are kept after its
    /// first use; [`Index::prepare`] makes them all at once).
    ///
    /// ```
    /// use reader_model::{Block, BlockKind, Document, Inline, Library};
    /// use reader_search::{build_index, Index, MatchKind};
    /// let para = |id: &str, t: &str| Block::new(id, BlockKind::Paragraph, vec![Inline::Text(t.into())]);
    /// let doc = Document {
    ///     id: "d".into(),
    ///     blocks: vec![para("d-a", "Lukashenka met Hale in Minsk."), para("d-b", "A cease-fire was agreed.")],
    ///     ..Document::default()
    /// };
    /// let lib = Library { documents: vec![doc] };
    /// let index = Index::from_bytes(&build_index(&lib)).unwrap();
    /// let r = index.search(&lib, "Lukashenko ");
    /// assert_eq!((r.hits[0].block_id.as_str(), r.hits[0].match_kind), ("d-a", MatchKind::Variant));
    /// assert_eq!(index.search(&lib, "ceasefire").hits[0].snippet_highlights, [2..12]);
    /// assert_eq!(r.counts, [("d".to_string(), 1)]);
    /// assert!(index.search(&lib, "  ?! ").hits.is_empty());
    /// ```
    pub fn search(&self, lib: &Library, query: &str) -> SearchResults {
        self.search_in(lib, query, None)
    }

    /// Like [`Index::search`], keeping only hits of the document `doc_filter`
    /// (the counts still cover every document).
    ///
    /// ```
    /// use reader_model::{Block, BlockKind, Document, Inline, Library};
    /// use reader_search::{build_index, Index};
    /// let doc = |id: &str| Document {
    ///     id: id.into(),
    ///     blocks: vec![Block::new(format!("{id}-p"), BlockKind::Paragraph, vec![Inline::Text("Minsk".into())])],
    ///     ..Document::default()
    /// };
    /// let lib = Library { documents: vec![doc("a"), doc("b")] };
    /// let index = Index::from_bytes(&build_index(&lib)).unwrap();
    /// let r = index.search_in(&lib, "minsk", Some("b"));
    /// assert_eq!(r.hits.len(), 1);
    /// assert_eq!(r.counts, [("a".to_string(), 1), ("b".to_string(), 1)]);
    /// ```
    pub fn search_in(&self, lib: &Library, query: &str, doc_filter: Option<&str>) -> SearchResults {
        self.run(lib, query, doc_filter, hits::with_snippet)
    }

    /// Like [`Index::search`], but the hits carry no snippet (`snippet` and
    /// `snippet_highlights` are empty): for a view that shows a few hits at a
    /// time and makes their snippets itself, with
    /// [`make_snippet`](crate::snippet::make_snippet) on the block text and
    /// `block_highlights` (which gives exactly the snippet [`Index::search`]
    /// would have made). Making the snippets of all [`MAX_HITS`] hits is most
    /// of a search's time when many passages match (see BENCHMARKS.md).
    ///
    /// ```
    /// use reader_model::{Block, BlockKind, Document, Inline, Library};
    /// use reader_search::snippet::{make_snippet, SNIPPET_WORDS};
    /// use reader_search::{build_index, Index};
    /// let text = "Lukashenka met Hale in Minsk.";
    /// let doc = Document {
    ///     id: "d".into(),
    ///     blocks: vec![Block::new("d-a", BlockKind::Paragraph, vec![Inline::Text(text.into())])],
    ///     ..Document::default()
    /// };
    /// let lib = Library { documents: vec![doc] };
    /// let index = Index::from_bytes(&build_index(&lib)).unwrap();
    /// let bare = index.search_without_snippets(&lib, "Minsk");
    /// assert!(bare.hits[0].snippet.is_empty());
    /// let full = &index.search(&lib, "Minsk").hits[0];
    /// let made = make_snippet(text, &bare.hits[0].block_highlights, SNIPPET_WORDS);
    /// assert_eq!((made.0.as_str(), made.1.as_slice()), (full.snippet.as_str(), full.snippet_highlights.as_slice()));
    /// ```
    pub fn search_without_snippets(&self, lib: &Library, query: &str) -> SearchResults {
        self.run(lib, query, None, hits::without_snippet)
    }

    /// Every search: the steps of the module documentation; `snippet` makes
    /// a hit's snippet from its block text and highlights.
    fn run(
        &self,
        lib: &Library,
        query: &str,
        doc_filter: Option<&str>,
        snippet: hits::MakeSnippet,
    ) -> SearchResults {
        let parsed = parse(query, &self.aliases);
        let mut results = SearchResults {
            notice: parsed.notice,
            ..SearchResults::default()
        };
        let mut counts: Vec<usize> = vec![0; self.docs.len()];
        if parsed.clauses.iter().any(|c| !c.negated) {
            let excluded = self.excluded(lib, &parsed.clauses);
            let scored = self.score(lib, &parsed.clauses, &excluded, &mut results.suggestions);
            let ranked = self.rank(scored, doc_filter, &mut counts);
            results.hits = self.hits(lib, ranked, snippet);
        }
        results.counts = self.doc_counts(&counts);
        results
    }
}
