//! The search results' list items: the one part of the page kept outside Yew's virtual DOM.
//!
//! The list is what a keystroke changes most, and the keystroke budget (input to results in the
//! page, see BENCHMARKS.md) is why: diffing ten new results through Yew, or building them with
//! a web-sys call per DOM operation, costs more per keystroke than one call into JavaScript
//! that does the DOM work itself. So it is done in one way only:
//!
//! 1. the results list ([`crate::components::results_list`]) renders an empty `<ol>` whose
//!    children Yew never touches, with the ref [`ResultNodes::list`];
//! 2. after each render the page effects ([`crate::hooks::page_effects`]) ask
//!    [`ResultNodes::sync`] to show the state's results: [`result_items`] makes the items
//!    (text, link, marked ranges), [`pack`] packs them into one string;
//! 3. `sync_results` in `src/js/results.js` keeps the `<ol>`'s elements keyed by passage.
//!
//! Every text reaches the page as a text node, never as HTML. The component tests drive it
//! through keeping, patching, reordering and dropping items.

use std::ops::Range;

use reader_route::Route;
use reader_search::snippet::{make_snippet, SNIPPET_WORDS};
use reader_search::SearchResults;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::NodeRef;

use crate::data::Data;
use crate::state::search::shown_hits;
use crate::view_helpers::marks::marked_segments;

/// One result as shown: what its list item is made of. Items with the same `key` share an
/// element, patched where they differ.
pub struct ResultItem {
    /// The passage's block id: the item's identity.
    pub key: String,
    /// The document's id (`data-doc`, which the stylesheet colours by).
    pub doc_id: String,
    /// Link to the passage, keeping the search.
    pub href: String,
    /// The document's short name.
    pub doc_name: String,
    /// The heading of the section the passage is in.
    pub heading: Option<String>,
    /// The snippet shown.
    pub snippet: String,
    /// Byte ranges of `snippet` to mark.
    pub ranges: Vec<Range<usize>>,
}

/// The first `limit` results the list shows (the route's filter applies), with their snippets
/// (the search makes none).
pub fn result_items(
    data: &Data,
    results: &SearchResults,
    route: &Route,
    limit: usize,
) -> Vec<ResultItem> {
    let library = &data.library;
    shown_hits(results, route.filter.as_deref())
        .take(limit.max(1))
        .map(|hit| {
            let doc = library.document(&hit.doc_id);
            let text = doc
                .and_then(|d| d.blocks.get(hit.block_index))
                .map(|b| b.text())
                .unwrap_or_default();
            let (snippet, ranges) = make_snippet(&text, &hit.block_highlights, SNIPPET_WORDS);
            ResultItem {
                key: hit.block_id.clone(),
                doc_id: hit.doc_id.clone(),
                href: route.fragment_at(&hit.block_id),
                doc_name: doc.map(|d| d.short_name.clone()).unwrap_or_default(),
                heading: hit.heading.clone(),
                snippet,
                ranges,
            }
        })
        .collect()
}

/// The results list's `<ol>` and what it was last given.
#[derive(Default)]
pub struct ResultNodes {
    /// The `<ol>` (its `ref`).
    pub list: NodeRef,
    /// The list element filled last, and the items it was given (packed).
    shown: Option<(Element, String)>,
}

impl ResultNodes {
    /// Makes the list show `items()`, in order: an item already shown keeps its element (and
    /// gets a new link and snippet if they changed), new ones are made, the rest removed.
    /// `changed` says whether the items may differ from last time; a list element other than
    /// last time's (the list was mounted again) is filled whatever `changed` says.
    pub fn sync(&mut self, changed: bool, items: impl FnOnce() -> Vec<ResultItem>) {
        let Some(list) = self.list.cast::<Element>() else {
            self.shown = None;
            return;
        };
        let same_list = self.shown.as_ref().is_some_and(|(l, _)| *l == list);
        if same_list && !changed {
            return;
        }
        let packed = pack(&items());
        if same_list && self.shown.as_ref().is_some_and(|(_, p)| *p == packed) {
            return;
        }
        sync_results(&list, &packed);
        self.shown = Some((list, packed));
    }
}

/// Between items (also the popover's related passages, [`crate::note_popover`]).
pub(crate) const ITEM: char = '\u{0}';
/// Between an item's fields.
pub(crate) const FIELD: char = '\u{1}';
/// Between a snippet's pieces.
const PIECE: char = '\u{2}';

/// The items as one string for `sync_results`: items joined by U+0000, each
/// `key U+0001 doc U+0001 href U+0001 name U+0001 heading U+0001 snippet` (no heading: empty),
/// the snippet as its pieces, unmarked and marked in turn (the first unmarked, maybe empty),
/// joined by U+0002. The separators are not in the documents' text, and are removed if they
/// were.
fn pack(items: &[ResultItem]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(ITEM);
        }
        let heading = item.heading.as_deref().unwrap_or_default();
        for field in [&item.key, &item.doc_id, &item.href, &item.doc_name, heading] {
            push_text(&mut out, field);
            out.push(FIELD);
        }
        push_pieces(&mut out, &item.snippet, &item.ranges);
    }
    out
}

/// Appends `text` without the separators. They are single bytes in UTF-8 (and no byte of
/// another character): a text without them, as the documents' always are, is copied whole.
pub(crate) fn push_text(out: &mut String, text: &str) {
    if text.bytes().any(|b| b <= PIECE as u8) {
        out.extend(text.chars().filter(|c| !matches!(*c, ITEM | FIELD | PIECE)));
    } else {
        out.push_str(text);
    }
}

/// Appends `text` as its pieces, unmarked and marked (`ranges`) in turn, the first unmarked
/// (maybe empty), joined by U+0002.
pub(crate) fn push_pieces(out: &mut String, text: &str, ranges: &[Range<usize>]) {
    let mut marked = false;
    for (piece, is_marked) in marked_segments(text, 0, ranges) {
        if is_marked != marked {
            out.push(PIECE);
            marked = is_marked;
        }
        push_text(out, piece);
    }
}

#[wasm_bindgen(module = "/src/js/results.js")]
extern "C" {
    /// Makes `ol` show the items [`pack`]ed in `packed`, keyed by passage (see the file).
    fn sync_results(ol: &Element, packed: &str);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(
        key: &str,
        heading: Option<&str>,
        snippet: &str,
        ranges: Vec<Range<usize>>,
    ) -> ResultItem {
        ResultItem {
            key: key.into(),
            doc_id: "rferl".into(),
            href: format!("#/{key}?q=x"),
            doc_name: "RFE/RL".into(),
            heading: heading.map(Into::into),
            snippet: snippet.into(),
            ranges,
        }
    }

    #[test]
    fn items_pack_into_fields_and_pieces() {
        let packed = pack(&[
            item("a", Some("Head"), "Sanctions hit Minsk", vec![0..9, 14..19]),
            item("b", None, "x\u{1}y", vec![]),
        ]);
        assert_eq!(
            packed,
            "a\u{1}rferl\u{1}#/a?q=x\u{1}RFE/RL\u{1}Head\u{1}\u{2}Sanctions\u{2} hit \u{2}Minsk\u{0}\
             b\u{1}rferl\u{1}#/b?q=x\u{1}RFE/RL\u{1}\u{1}xy"
        );
        assert_eq!(pack(&[]), "");
    }
}
