//! Query evaluation, in named steps: the query is parsed ([`crate::query`]),
//! the blocks matching its negated clauses are excluded, each positive clause
//! is matched ([`clause`], with its words expanded by [`expand`]) and scored
//! with BM25 ([`rank`]), the blocks are ranked, and the best become [`Hit`]s
//! ([`hits`]), with or without their snippets, in [`SearchResults`]
//! ([`results`]). [`suggest`] gives "did you mean" terms when a word found
//! nothing.

mod clause;
mod expand;
mod hits;
mod rank;
mod results;
mod suggest;

pub use expand::{FUZZY_CAP, PREFIX_CAP};
pub use hits::MAX_HITS;
pub use rank::{DIVERSITY_WINDOW, HEADING_BOOST};
pub use results::{Hit, MatchKind, SearchResults};

use reader_model::Library;

use crate::index::Index;
use crate::query::parse;

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
