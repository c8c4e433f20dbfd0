//! Linked scrolling: while the reader scrolls one pane, the other pane keeps the counterpart of
//! the passage being read level with it. Passages know their counterpart through their
//! related-passage marker (`a[data-related]`), so this needs no state beyond the DOM.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::dom;

/// Listens to both panes while alive; dropping it removes the listeners.
pub struct LinkedScroll {
    _listeners: Vec<EventListener>,
}

impl LinkedScroll {
    /// Starts linking the panes `pane-0` and `pane-1` (if both exist).
    pub fn start() -> Option<LinkedScroll> {
        let panes: Vec<HtmlElement> = ["pane-0", "pane-1"]
            .iter()
            .filter_map(|id| dom::element(id)?.dyn_into::<HtmlElement>().ok())
            .collect();
        if panes.len() != 2 {
            return None;
        }
        // The scroll position we last set on a pane, so its own scroll event is not echoed back.
        let expected: Rc<[Cell<i32>; 2]> = Rc::new([Cell::new(-1), Cell::new(-1)]);
        let listeners = (0..2)
            .map(|i| {
                let (src, other, expected) =
                    (panes[i].clone(), panes[1 - i].clone(), expected.clone());
                EventListener::new(&panes[i], "scroll", move |_| {
                    if (src.scroll_top() - expected[i].get()).abs() <= 1 {
                        return;
                    }
                    if let Some(top) = align(&src, &other) {
                        expected[1 - i].set(top);
                        other.set_scroll_top(top);
                    }
                })
            })
            .collect();
        Some(LinkedScroll {
            _listeners: listeners,
        })
    }
}

/// The scroll position of `other` that puts the counterpart of the first passage read in
/// `src` (the topmost one with a counterpart in `other`) level with it.
fn align(src: &HtmlElement, other: &HtmlElement) -> Option<i32> {
    let src_top = src.get_bounding_client_rect().top();
    let markers = src.query_selector_all("a[data-related]").ok()?;
    for k in 0..markers.length() {
        let marker = markers.item(k)?.dyn_into::<Element>().ok()?;
        let block = marker.closest(".block").ok()??;
        let rect = block.get_bounding_client_rect();
        if rect.bottom() < src_top + 24.0 {
            continue;
        }
        let target = marker.get_attribute("data-related")?;
        let Ok(Some(counterpart)) =
            other.query_selector(&format!("[id=\"{}\"]", css_escape(&target)))
        else {
            continue;
        };
        let delta = counterpart.get_bounding_client_rect().top() - rect.top();
        return Some((other.scroll_top() as f64 + delta).round().max(0.0) as i32);
    }
    None
}

/// Block ids are `[a-z0-9-]`, but never trust markup: drop anything else.
fn css_escape(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}
