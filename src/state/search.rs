//! The search and its marks: the results of the query, the results whose matches the documents
//! mark, whether the reader is typing (the marks then wait), how many results the list shows,
//! and the match shown in each document ("n of m"). The view data derived from them (each
//! document's matches in document order, the highlights, the "n of m" of every document) is
//! computed here and nowhere else.

use std::ops::Range;
use std::rc::Rc;

use reader_search::{Hit, SearchResults};
use reader_text::MAX_QUERY_CHARS;

use crate::data::Data;

/// How many results the list shows at first, and how many more each "Show more" adds.
pub const RESULTS_PAGE: usize = 10;

/// Highlight ranges of one document's matching blocks, by block index, in block order.
pub type Highlights = Rc<[(usize, Rc<[Range<usize>]>)]>;

/// The match being shown in a document: "`position + 1` of `total`".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrentMatch {
    /// 0-based position among the document's matching passages; `total` when none is chosen.
    pub position: usize,
    /// Number of matching passages in the document.
    pub total: usize,
    /// Block id of the current match (empty when none is chosen).
    pub block: String,
}

/// The search state.
#[derive(Clone, Debug, PartialEq)]
pub struct Search {
    /// Results for the query over all documents (the filter applies in the view), without
    /// snippets: the results list makes those of the hits it shows.
    pub results: Rc<SearchResults>,
    /// The results whose matches are marked in the documents and counted in "n of m": the
    /// same as `results` except while [`Search::typing`].
    pub marked: Rc<SearchResults>,
    /// The query of `results`.
    query: String,
    /// The query of `marked`.
    pub marked_query: String,
    /// The reader is typing: `marked` keeps the previous results until typing pauses, so that
    /// a keystroke re-renders only the results list.
    pub typing: bool,
    /// How many results the list shows ([`RESULTS_PAGE`] more each time the reader asks).
    pub limit: usize,
    /// The mentions of the entry of the index of names being marked: while there is one, the
    /// documents mark these instead of the search's matches, and "n of m" steps through them.
    pub entity: Option<Rc<SearchResults>>,
    /// The match being shown in each document, by document id.
    current: Vec<(String, usize)>,
}

impl Default for Search {
    fn default() -> Search {
        Search {
            results: Rc::default(),
            marked: Rc::default(),
            query: String::new(),
            marked_query: String::new(),
            typing: false,
            limit: RESULTS_PAGE,
            entity: None,
            current: Vec::new(),
        }
    }
}

/// Cuts a typed `query` to the one query cap ([`MAX_QUERY_CHARS`], the same as a link's);
/// whether it was cut.
pub fn cut_query(query: &mut String) -> bool {
    let (kept, cut) = reader_text::cut_chars(query, MAX_QUERY_CHARS);
    let at = kept.len();
    query.truncate(at);
    cut
}

impl Search {
    /// Searches for `query` (already cut): new results, no current matches, the first page.
    /// The marks follow at once unless `typing`.
    pub fn run(&mut self, data: &Data, query: &str, typing: bool) {
        self.results = Rc::new(data.index.search_without_snippets(&data.library, query));
        self.query = query.to_string();
        self.current.clear();
        self.limit = RESULTS_PAGE;
        self.typing = typing;
        if !typing {
            self.settle();
        }
    }

    /// The documents mark the current results' matches (typing paused, or the reader did
    /// something else).
    pub fn settle(&mut self) {
        self.marked = self.results.clone();
        self.marked_query.clone_from(&self.query);
        self.typing = false;
    }

    /// Shows [`RESULTS_PAGE`] more results.
    pub fn show_more(&mut self) {
        self.limit = self.limit.saturating_add(RESULTS_PAGE);
    }

    /// Back to the first page of results (another filter).
    pub fn first_page(&mut self) {
        self.limit = RESULTS_PAGE;
    }

    /// What the documents mark: the entry's mentions when one is chosen, else the marked
    /// results.
    pub fn marks(&self) -> &Rc<SearchResults> {
        self.entity.as_ref().unwrap_or(&self.marked)
    }

    /// Marks the mentions of an entry of the index of names (`None`: the search's matches
    /// again); no match is current then.
    pub fn mark_entity(&mut self, mentions: Option<SearchResults>) {
        self.entity = mentions.map(Rc::new);
        self.current.clear();
    }

    /// The marked hits in one document, in document order.
    pub fn doc_hits(&self, doc: &str) -> Vec<&Hit> {
        doc_hits(self.marks(), doc)
    }

    /// Makes the match shown in `doc` the opened passage `block`, or none if it is no match.
    pub fn follow(&mut self, doc: &str, block: &str) {
        let pos = position_of(&self.doc_hits(doc), block);
        self.current.retain(|(d, _)| d != doc);
        if let Some(pos) = pos {
            self.current.push((doc.to_string(), pos));
        }
    }

    /// The match shown in `doc` (0-based): the one stepped to, else the open passage `block`
    /// if it is one of the matches `hits`.
    fn shown(&self, doc: &str, hits: &[&Hit], block: Option<&str>) -> Option<usize> {
        self.current
            .iter()
            .find(|(d, _)| d == doc)
            .map(|(_, n)| *n)
            .or_else(|| position_of(hits, block?))
    }

    /// Steps `by` matches in `doc` from the one shown (wrapping around), marking the current
    /// results first; the block id of the match stepped to, if `doc` has any.
    pub fn step(&mut self, doc: &str, by: i32, block: Option<&str>) -> Option<String> {
        self.settle();
        let hits = self.doc_hits(doc);
        if hits.is_empty() {
            return None;
        }
        let cur = self
            .shown(doc, &hits, block)
            .map(|c| c as i64)
            .unwrap_or(if by < 0 { 0 } else { -1 });
        let next = (cur + by as i64).rem_euclid(hits.len() as i64) as usize;
        let id = hits[next].block_id.clone();
        self.current.retain(|(d, _)| d != doc);
        self.current.push((doc.to_string(), next));
        Some(id)
    }

    /// For each of `docs` with matches, the match being shown ("n of m"); `block` is the
    /// open passage.
    pub fn current_matches<'d>(
        &self,
        docs: impl Iterator<Item = &'d str>,
        block: Option<&str>,
    ) -> Vec<(String, CurrentMatch)> {
        docs.filter_map(|doc| {
            let hits = self.doc_hits(doc);
            if hits.is_empty() {
                return None;
            }
            let (position, block) = match self.shown(doc, &hits, block) {
                Some(p) if p < hits.len() => (p, hits[p].block_id.clone()),
                _ => (hits.len(), String::new()),
            };
            let total = hits.len();
            Some((
                doc.to_string(),
                CurrentMatch {
                    position,
                    total,
                    block,
                },
            ))
        })
        .collect()
    }
}

/// The hits of `results` in one document, in document order.
pub fn doc_hits<'r>(results: &'r SearchResults, doc: &str) -> Vec<&'r Hit> {
    let mut hits: Vec<&Hit> = results.hits.iter().filter(|h| h.doc_id == doc).collect();
    reader_search::sort::sort_by(&mut hits, |a, b| a.block_index < b.block_index);
    hits
}

fn position_of(hits: &[&Hit], block: &str) -> Option<usize> {
    hits.iter().position(|h| h.block_id == block)
}

/// Search matches per document (those with any, in order of first appearance), in block
/// order. A document whose matches did not change compares equal, so its view is not
/// re-rendered.
pub fn highlights(results: &SearchResults) -> Vec<(String, Highlights)> {
    let mut docs: Vec<&str> = Vec::new();
    for h in &results.hits {
        if !docs.contains(&h.doc_id.as_str()) {
            docs.push(&h.doc_id);
        }
    }
    docs.into_iter()
        .map(|doc| {
            let ranges: Vec<(usize, Rc<[Range<usize>]>)> = doc_hits(results, doc)
                .into_iter()
                .map(|h| (h.block_index, h.block_highlights.clone().into()))
                .collect();
            (doc.to_string(), ranges.into())
        })
        .collect()
}

/// The highlight ranges of block `index`, if it matches.
pub fn highlights_of(h: &Highlights, index: usize) -> Option<Rc<[Range<usize>]>> {
    h.binary_search_by_key(&index, |(i, _)| *i)
        .ok()
        .map(|k| h[k].1.clone())
}

/// The hits the results list shows: all, or those of the document `filter` names.
pub fn shown_hits<'a>(
    results: &'a SearchResults,
    filter: Option<&'a str>,
) -> impl Iterator<Item = &'a Hit> {
    results
        .hits
        .iter()
        .filter(move |h| filter.is_none_or(|f| h.doc_id == f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_cut_at_the_limit_in_characters() {
        let mut q = "ž".repeat(MAX_QUERY_CHARS + 5);
        assert!(cut_query(&mut q));
        assert_eq!(q.chars().count(), MAX_QUERY_CHARS);
        let mut short = "ž".repeat(MAX_QUERY_CHARS);
        assert!(!cut_query(&mut short));
        assert_eq!(short.chars().count(), MAX_QUERY_CHARS);
    }
}
