//! The search results' list items, kept in the page by hand rather than through Yew's virtual
//! DOM: the list is what a keystroke changes most. Through Yew, ten new results cost about
//! 0.05 ms each; through web-sys calls from Rust, each DOM call cost more than the DOM work it
//! did (a query that marks many words made hundreds of calls). So Rust makes the items (text,
//! link, marked ranges) and hands them to one JavaScript function per change,
//! `sync_results`, which keeps the list's elements keyed by passage (issue 9).
//!
//! Every text reaches the page as a text node (`textContent`, `append` of a string), never as
//! HTML. The results list renders an empty `<ol>` (Yew never touches its children) whose
//! [`ResultNodes::list`] ref the page effects use after each render.

use std::ops::Range;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::NodeRef;

use crate::components::block_view::marked_segments;

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

/// Between items.
const ITEM: char = '\u{0}';
/// Between an item's fields.
const FIELD: char = '\u{1}';
/// Between a snippet's pieces.
const PIECE: char = '\u{2}';

/// The items as one string for [`sync_results`]: items joined by U+0000, each
/// `key U+0001 doc U+0001 href U+0001 name U+0001 heading U+0001 snippet` (no heading: empty),
/// the snippet as its pieces, unmarked and marked in turn (the first unmarked, maybe empty),
/// joined by U+0002. The separators are not in the documents' text, and are removed if they
/// were.
fn pack(items: &[ResultItem]) -> String {
    let mut out = String::new();
    // The separators are single bytes in UTF-8 (and no byte of another character): a text
    // without them, as the documents' always are, is copied whole.
    let push = |out: &mut String, text: &str| {
        if text.bytes().any(|b| b <= PIECE as u8) {
            out.extend(text.chars().filter(|c| !matches!(*c, ITEM | FIELD | PIECE)));
        } else {
            out.push_str(text);
        }
    };
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(ITEM);
        }
        let heading = item.heading.as_deref().unwrap_or_default();
        for field in [&item.key, &item.doc_id, &item.href, &item.doc_name, heading] {
            push(&mut out, field);
            out.push(FIELD);
        }
        let mut marked = false;
        for (text, is_marked) in marked_segments(&item.snippet, 0, &item.ranges) {
            if is_marked != marked {
                out.push(PIECE);
                marked = is_marked;
            }
            push(&mut out, text);
        }
    }
    out
}

#[wasm_bindgen(inline_js = r#"
export function sync_results(ol, packed) {
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const items = packed ? packed.split('\u0000').map((s) => s.split('\u0001')) : [];
  const old = ol.__results || new Map();
  const keys = new Set(items.map((f) => f[0]));
  for (const [key, r] of old) if (!keys.has(key)) { r.li.remove(); old.delete(key); }
  const now = new Map();
  let next = null;
  for (let i = items.length - 1; i >= 0; i--) {
    const [key, doc, href, name, heading, snippet] = items[i];
    let r = old.get(key);
    if (!r) {
      const li = el('li');
      li.setAttribute('data-doc', doc);
      const a = el('a');
      a.append(el('span', 'result-doc', name));
      if (heading) a.append(' ', el('span', 'result-heading', heading));
      const s = el('span', 'snippet');
      a.append(' ', s);
      li.append(a);
      r = { li, a, s };
    }
    if (r.href !== href) r.a.setAttribute('href', (r.href = href));
    if (r.snippet !== snippet) {
      r.s.textContent = '';
      snippet.split('\u0002').forEach((t, j) => {
        if (j % 2) r.s.append(el('mark', '', t));
        else if (t) r.s.append(t);
      });
      r.snippet = snippet;
    }
    if (r.li.parentNode !== ol || r.li.nextSibling !== next) ol.insertBefore(r.li, next);
    next = r.li;
    now.set(key, r);
  }
  ol.__results = now;
}
"#)]
extern "C" {
    /// Makes `ol` show the items [`pack`]ed in `packed`, in order, each as
    /// `<li data-doc><a href><span.result-doc/> <span.result-heading/> <span.snippet/></a></li>`
    /// (no heading: neither it nor its space), the snippet's marked pieces in `<mark>`. Items are
    /// keyed by passage (remembered on `ol`): one already shown keeps its element, and its link
    /// and snippet are set only if they changed; elements already in order are not moved. Few
    /// elements and attributes (the list's CSS selects `li` and `a` by position); the spaces
    /// keep the link's accessible name apart without the stylesheet too.
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
