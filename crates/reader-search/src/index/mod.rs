//! The loaded index: what it holds, its statistics and the postings of a
//! term. The other parts of `impl Index` on the index side are in the
//! submodules: [`load`] (validation of the bytes), [`walk`] (term ordinals
//! and listings over the fst), [`groups`] (stem and transliteration groups)
//! and [`block_tokens`] (the tokens of each block, kept after first use). The
//! query side (`search`, `suggest`) is in `crate::search`.

mod block_tokens;
mod groups;
mod load;
mod walk;

use std::sync::OnceLock;

use fst::Set;
use reader_model::Library;

use crate::format::read_postings;
use crate::spans::Token;

/// Terms grouped by a key computed from them (a stem, a variant key): the
/// keys sorted, each with its term ordinals, ascending.
pub(crate) type Groups = Vec<(String, Vec<u32>)>;

/// One document of the index.
#[derive(Clone, Debug)]
pub(crate) struct DocMeta {
    pub id: String,
    /// Global number of its first block.
    pub first_block: u32,
    pub n_blocks: u32,
}

/// Sizes of an index, for the UI's "about" box and the README.
///
/// ```
/// let stats = reader_search::IndexStats { index_bytes: 10, terms: 2, text_bytes: 40, documents: 1, blocks: 1 };
/// assert_eq!(stats.to_string(), "index 10 bytes for 40 bytes of text (25.0 %), 2 terms, 1 documents, 1 blocks");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndexStats {
    /// Size of the index bytes.
    pub index_bytes: usize,
    /// Distinct terms in the dictionary.
    pub terms: usize,
    /// Bytes of block text indexed (sum of `plain_text()` lengths).
    pub text_bytes: u64,
    /// Documents indexed.
    pub documents: usize,
    /// Blocks (passages) indexed.
    pub blocks: usize,
}

impl core::fmt::Display for IndexStats {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let pct = if self.text_bytes == 0 {
            0.0
        } else {
            self.index_bytes as f64 * 100.0 / self.text_bytes as f64
        };
        write!(
            f,
            "index {} bytes for {} bytes of text ({pct:.1} %), {} terms, {} documents, {} blocks",
            self.index_bytes, self.text_bytes, self.terms, self.documents, self.blocks
        )
    }
}

/// A search index loaded from bytes made by `build_index`.
///
/// Two parts are computed on first use and then kept (see [`Index::prepare`]):
/// the stem groups and the tokens of each block.
///
/// ```
/// let index = reader_search::Index::from_bytes(&reader_search::build_index(&Default::default())).unwrap();
/// assert_eq!(index.stats().terms, 0);
/// ```
#[derive(Clone)]
pub struct Index {
    pub(crate) size: usize,
    pub(crate) text_bytes: u64,
    pub(crate) docs: Vec<DocMeta>,
    pub(crate) block_len: Vec<u32>,
    pub(crate) heading: Vec<bool>,
    pub(crate) avg_len: f32,
    /// The terms; a term's ordinal is its rank ([`Index::term`]).
    pub(crate) terms: Set<Vec<u8>>,
    /// Number of terms below each node of `terms`, by node address.
    pub(crate) keys_below: Vec<u32>,
    /// Ordinal -> offset of its postings list in `postings`.
    pub(crate) term_offset: Vec<u32>,
    pub(crate) postings: Vec<u8>,
    pub(crate) aliases: Vec<(String, Vec<String>)>,
    /// Stem groups of the terms starting with `a`, `b`, … `z`, each made on first use.
    pub(crate) stems: Vec<OnceLock<Groups>>,
    /// Transliteration groups of the names (terms seen capitalized and never
    /// in lower case), made at load from the names in the index.
    pub(crate) variants: Groups,
    /// Tokens of each block (global block number) by term, from the library text.
    pub(crate) tokens: Vec<OnceLock<Box<[Token]>>>,
    /// (FNV-1a of the term, ordinal) of every term, sorted: finds the ordinals
    /// of a block's tokens faster than [`Index::term`] (made on first use).
    pub(crate) by_hash: OnceLock<Vec<(u32, u32)>>,
}

impl core::fmt::Debug for Index {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Index")
            .field("stats", &self.stats())
            .finish()
    }
}

impl Index {
    /// Computes now what the index otherwise computes on first use, so that
    /// no later query pays for it: the stem groups (every term stemmed once)
    /// and, from `lib`, the tokens of every block by term (the index stores
    /// only the blocks holding each term; word positions, term frequencies
    /// and highlights are found again in the block text). `lib` must be the
    /// library the index was built from, as for [`Index::search`]. Calling it
    /// again does nothing; searching without it gives the same results.
    ///
    /// In the app: call it once after loading, off the first paint, so the
    /// first keystrokes stay fast: without it, the first query touching a block
    /// or a first letter pays its share (see BENCHMARKS.md).
    ///
    /// ```
    /// use reader_model::{Block, BlockKind, Document, Inline, Library};
    /// use reader_search::{build_index, Index};
    /// let text = "A cease-fire was agreed; the sanctioned firms were listed.";
    /// let doc = Document {
    ///     id: "d".into(),
    ///     blocks: vec![Block::new("d-p", BlockKind::Paragraph, vec![Inline::Text(text.into())])],
    ///     ..Document::default()
    /// };
    /// let lib = Library { documents: vec![doc] };
    /// let index = Index::from_bytes(&build_index(&lib)).unwrap();
    /// index.prepare(&lib);
    /// let hit = &index.search(&lib, "ceasefire sanctions").hits[0];
    /// let marked: Vec<&str> = hit.block_highlights.iter().map(|r| &text[r.clone()]).collect();
    /// assert_eq!(marked, ["cease-fire", "sanctioned"]);
    /// ```
    pub fn prepare(&self, lib: &Library) {
        for letter in b'a'..=b'z' {
            self.stem_groups(letter);
        }
        for d in &self.docs {
            let Some(doc) = lib.document(&d.id) else {
                continue;
            };
            for (local, block) in doc.blocks.iter().enumerate().take(d.n_blocks as usize) {
                self.kept_tokens(d.first_block + local as u32, &block.text());
            }
        }
    }

    /// Sizes of the index and of the text it indexes.
    ///
    /// ```
    /// let index = reader_search::Index::from_bytes(&reader_search::build_index(&Default::default())).unwrap();
    /// let s = index.stats();
    /// assert_eq!((s.documents, s.blocks, s.text_bytes), (0, 0, 0));
    /// assert!(s.index_bytes > 16);
    /// ```
    pub fn stats(&self) -> IndexStats {
        IndexStats {
            index_bytes: self.size,
            terms: self.terms.len(),
            text_bytes: self.text_bytes,
            documents: self.docs.len(),
            blocks: self.block_len.len(),
        }
    }

    /// The acronyms learned from the text, with their long forms as terms.
    ///
    /// ```
    /// let index = reader_search::Index::from_bytes(&reader_search::build_index(&Default::default())).unwrap();
    /// assert!(index.acronyms().is_empty());
    /// ```
    pub fn acronyms(&self) -> &[(String, Vec<String>)] {
        &self.aliases
    }

    /// Decodes the postings of the term with `ordinal` (the global blocks
    /// holding it, ascending), appending to `out`. Cannot fail after a
    /// successful load; on failure it appends nothing more.
    pub(crate) fn blocks_into(&self, ordinal: u32, out: &mut Vec<u32>) {
        let before = out.len();
        let offset = self.term_offset.get(ordinal as usize);
        let decoded = offset.is_some_and(|&offset| {
            read_postings(
                &self.postings,
                offset as usize,
                self.block_len.len() as u32,
                out,
            )
            .is_ok()
        });
        if !decoded {
            out.truncate(before);
        }
    }

    /// The document (index into `docs`) and local block number of a global block.
    pub(crate) fn locate(&self, block: u32) -> Option<(usize, usize)> {
        let d = self
            .docs
            .partition_point(|d| d.first_block <= block)
            .checked_sub(1)?;
        let local = block - self.docs[d].first_block;
        (local < self.docs[d].n_blocks).then_some((d, local as usize))
    }
}

#[cfg(test)]
/// The index of the curated library, for the tests of the submodules.
pub(crate) fn curated() -> Index {
    let lib = reader_content::library().expect("curated documents parse");
    Index::from_bytes(&crate::build_index(&lib)).expect("index loads")
}
