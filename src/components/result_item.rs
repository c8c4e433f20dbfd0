//! The search results' list items, kept in the page by hand rather than through Yew's virtual
//! DOM: the list is what a keystroke changes most, and building, diffing and creating ten
//! results through the virtual DOM took about half a millisecond per keystroke (issue 9).
//!
//! Every text reaches the page as a DOM text node (`create_text_node`, `set_text_content`), never
//! as HTML. The results list renders an empty `<ol>`; Yew never touches its children, and
//! [`ResultNodes::sync`], called by the page effects after each render, makes them match the
//! results.

use std::ops::Range;

use web_sys::{Document, Element};
use yew::NodeRef;

use crate::components::block_view::marked_segments;

/// One result as shown: what its list item is made of. Items with the same `key` share an
/// element, patched where they differ.
#[derive(PartialEq)]
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

/// The list items currently in the page, in order, with what each shows.
#[derive(Default)]
pub struct ResultNodes {
    /// The `<ol>` (its `ref`).
    pub list: NodeRef,
    /// The list element the items are in.
    shown_in: Option<Element>,
    items: Vec<(ResultItem, Shown)>,
}

/// A list item in the page and the parts of it a new query may change.
struct Shown {
    li: Element,
    link: Element,
    snippet: Element,
}

impl ResultNodes {
    /// Makes the list's children show `items()`, in order: an item already shown keeps its
    /// element (wherever it was) and is patched, new ones are created, and the rest removed.
    /// `changed` says whether the items may differ from last time; a list element other than
    /// last time's (the list was mounted again) is filled whatever `changed` says.
    pub fn sync(&mut self, changed: bool, items: impl FnOnce() -> Vec<ResultItem>) {
        let Some(list) = self.list.cast::<Element>() else {
            self.shown_in = None;
            return;
        };
        if self.shown_in.as_ref() != Some(&list) {
            list.set_text_content(None);
            self.items.clear();
            self.shown_in = Some(list.clone());
        } else if !changed {
            return;
        }
        let Some(doc) = list.owner_document() else {
            return;
        };
        let items = items();
        let mut old: Vec<Option<(ResultItem, Shown)>> = std::mem::take(&mut self.items)
            .into_iter()
            .map(Some)
            .collect();
        // For each new item, where it was (`None`: created now).
        let mut was_at: Vec<Option<usize>> = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            let same = |o: &Option<(ResultItem, Shown)>| {
                o.as_ref().is_some_and(|(o, _)| o.key == item.key)
            };
            let found = if old.get(i).is_some_and(same) {
                Some(i)
            } else {
                old.iter().position(same)
            };
            let shown = match found.and_then(|j| old[j].take()) {
                Some((was, shown)) => {
                    patch(&shown, &was, &item);
                    Some(shown)
                }
                None => create(&doc, &item),
            };
            if let Some(shown) = shown {
                was_at.push(found);
                self.items.push((item, shown));
            }
        }
        for (_, shown) in old.into_iter().flatten() {
            shown.li.remove();
        }
        // Place the items from the end, each before the one after it. The page is not read:
        // an item kept stays where it is if it came before every kept item placed so far (the
        // old order holds); any other is inserted (or moved).
        let mut next: Option<&Element> = None;
        let mut bound = usize::MAX;
        for ((_, shown), at) in self.items.iter().zip(&was_at).rev() {
            match at {
                Some(j) if *j < bound => bound = *j,
                _ => {
                    let _ = list.insert_before(&shown.li, next.map(|n| n.as_ref()));
                }
            }
            next = Some(&shown.li);
        }
    }
}

/// Brings an item's element from showing `was` to showing `now` (the same passage).
fn patch(shown: &Shown, was: &ResultItem, now: &ResultItem) {
    if was.href != now.href {
        let _ = shown.link.set_attribute("href", &now.href);
    }
    if was.snippet != now.snippet || was.ranges != now.ranges {
        shown.snippet.set_text_content(None);
        let _ = fill_snippet(&shown.snippet, now);
    }
}

/// Appends `item`'s snippet to `span`: text nodes, with the marked ranges in `<mark>`.
fn fill_snippet(span: &Element, item: &ResultItem) -> Option<()> {
    let doc = span.owner_document()?;
    for (text, marked) in marked_segments(&item.snippet, 0, &item.ranges) {
        let node: web_sys::Node = if marked {
            let mark = doc.create_element("mark").ok()?;
            mark.set_text_content(Some(&text));
            mark.into()
        } else {
            doc.create_text_node(&text).into()
        };
        let _ = span.append_child(&node);
    }
    Some(())
}

/// A new list item showing `item`:
/// `<li data-doc><a href><span.result-doc/> <span.result-heading/> <span.snippet/></a></li>`.
/// Few elements and attributes (the list's CSS selects `li` and `a` by position); the spaces
/// keep the link's accessible name apart without the stylesheet too.
fn create(doc: &Document, item: &ResultItem) -> Option<Shown> {
    let element = |tag: &str, class: &str| {
        let e = doc.create_element(tag).ok()?;
        if !class.is_empty() {
            let _ = e.set_attribute("class", class);
        }
        Some(e)
    };
    let li = element("li", "")?;
    let _ = li.set_attribute("data-doc", &item.doc_id);
    let link = element("a", "")?;
    let _ = link.set_attribute("href", &item.href);
    let name = element("span", "result-doc")?;
    name.set_text_content(Some(&item.doc_name));
    let _ = link.append_child(&name);
    if let Some(h) = &item.heading {
        let heading = element("span", "result-heading")?;
        heading.set_text_content(Some(h));
        let _ = link.append_child(&doc.create_text_node(" "));
        let _ = link.append_child(&heading);
    }
    let snippet = element("span", "snippet")?;
    let _ = fill_snippet(&snippet, item);
    let _ = link.append_child(&doc.create_text_node(" "));
    let _ = link.append_child(&snippet);
    let _ = li.append_child(&link);
    Some(Shown { li, link, snippet })
}
