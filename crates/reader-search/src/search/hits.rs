//! The hits shown: the best ranked blocks with their ids, heading,
//! highlights and (for [`Index::search`]) snippet.

use core::ops::Range;

use reader_model::{Document, Library};

use super::rank::Ranked;
use super::results::Hit;
use crate::index::Index;
use crate::snippet::{make_snippet, merge_ranges, SNIPPET_WORDS};

/// Most hits returned (the counts cover all matches).
pub const MAX_HITS: usize = 50;

/// Makes a hit's snippet and its highlights from the block text and the
/// block highlights.
pub(super) type MakeSnippet = fn(&str, &[Range<usize>]) -> (String, Vec<Range<usize>>);

/// The snippet of [`Index::search`]: [`SNIPPET_WORDS`] words around the matches.
pub(super) fn with_snippet(text: &str, highlights: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    make_snippet(text, highlights, SNIPPET_WORDS)
}

/// No snippet, for [`Index::search_without_snippets`].
pub(super) fn without_snippet(_: &str, _: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    (String::new(), Vec::new())
}

impl Index {
    /// The first [`MAX_HITS`] of `ranked` as hits, their snippets made by `snippet`.
    pub(super) fn hits(
        &self,
        lib: &Library,
        ranked: Vec<Ranked>,
        snippet: MakeSnippet,
    ) -> Vec<Hit> {
        let lib_docs: Vec<Option<&Document>> =
            self.docs.iter().map(|d| lib.document(&d.id)).collect();
        let mut hits = Vec::new();
        for Ranked {
            block,
            score,
            kind,
            tokens,
            ..
        } in ranked
        {
            if hits.len() >= MAX_HITS {
                break;
            }
            let Some((d, local)) = self.locate(block) else {
                continue;
            };
            let Some(doc) = lib_docs[d] else { continue };
            let Some(b) = doc.blocks.get(local) else {
                continue;
            };
            let text = b.text();
            let valid = |r: Range<usize>| {
                (r.start < r.end
                    && r.end <= text.len()
                    && text.is_char_boundary(r.start)
                    && text.is_char_boundary(r.end))
                .then_some(r)
            };
            let block_highlights = merge_ranges(
                tokens
                    .iter()
                    .filter_map(|t| valid(t.start as usize..t.end as usize))
                    .collect(),
            );
            let (snippet, snippet_highlights) = snippet(&text, &block_highlights);
            hits.push(Hit {
                doc_id: doc.id.clone(),
                block_id: b.id.clone(),
                block_index: local,
                heading: doc.section_heading(local).map(|h| h.plain_text()),
                score,
                snippet,
                snippet_highlights,
                block_highlights,
                match_kind: kind,
            });
        }
        hits
    }
}
