//! Offline full-text search for Belarus Reader, on BurntSushi's [`fst`] crate.
//!
//! The index is built at compile time ([`build_index`], feature `build`) and
//! loaded in the browser with [`Index::from_bytes`]. It stores no copy of the
//! text: hits read their snippets from the [`reader_model::Library`], and a
//! term's positions, frequency and highlights are found in the text of the
//! blocks the index lists for it ([`Index::prepare`] analyses every block
//! ahead of the queries).
//!
//! ```
//! use reader_model::{Block, BlockKind, Document, Inline, Library};
//! use reader_search::{build_index, Index};
//!
//! let para = |id: &str, t: &str| Block::new(id, BlockKind::Paragraph, vec![Inline::Text(t.into())]);
//! let doc = Document {
//!     id: "rferl".into(),
//!     blocks: vec![
//!         para("rferl-a", "Moscow’s seizure of Crimea."),
//!         para("rferl-b", "Washington eased sanctions."),
//!     ],
//!     ..Document::default()
//! };
//! let lib = Library { documents: vec![doc] };
//! let bytes = build_index(&lib); // in build.rs
//! let index = Index::from_bytes(&bytes).unwrap(); // in the app
//! index.prepare(&lib); // optional, once after loading (when idle)
//! let results = index.search(&lib, "sanctoins");
//! assert_eq!(results.hits[0].block_id, "rferl-b");
//! assert_eq!(results.hits[0].snippet, "Washington eased sanctions.");
//! assert_eq!(results.hits[0].snippet_highlights, [17..26]);
//! ```
//!
//! Modules: [`format`](mod@format) (the bytes), [`fuzzy`] (typo automaton),
//! [`snippet`], [`sort`] (one small heapsort); the builder, the loaded index
//! (`index`: loading, term walks, groups, block tokens) and the query side
//! (`query`, `search`: clauses, expansion, ranking, hits, suggestions) are
//! private. The text analysis is the `reader_text` crate, which the indexer
//! and the query both call, so they analyse text alike.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "build")]
mod builder;
pub mod format;
pub mod fuzzy;
mod index;
mod query;
mod search;
pub mod snippet;
pub mod sort;
mod spans;

#[cfg(feature = "build")]
pub use builder::{build_index, variant_groups};
pub use index::{Index, IndexStats};
pub use query::{QueryNotice, MAX_QUERY_WORDS};
/// Why index bytes could not be loaded: the error shared by every payload.
pub use reader_format::Error as FormatError;
pub use search::{
    Hit, MatchKind, SearchResults, DIVERSITY_WINDOW, FUZZY_CAP, HEADING_BOOST, MAX_HITS, PREFIX_CAP,
};
