//! Linked scrolling: while the reader scrolls one pane, the other pane keeps the counterpart of
//! the passage being read level with it. Passages know their counterpart through their
//! related-passage marker (`a[data-related]`), so this needs no state beyond the DOM.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::dom;

/// Listens to both panes while alive; dropping it removes the listeners.
pub struct LinkedScroll {
    panes: Vec<HtmlElement>,
    listener: Closure<dyn Fn(web_sys::Event)>,
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
        let targets = panes.clone();
        let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
            let Some(src) = e
                .current_target()
                .and_then(|t| t.dyn_into::<HtmlElement>().ok())
            else {
                return;
            };
            let Some(i) = targets.iter().position(|p| p.is_same_node(Some(&src))) else {
                return;
            };
            if (src.scroll_top() - expected[i].get()).abs() <= 1 {
                return;
            }
            let other = &targets[1 - i];
            if let Some(top) = align(&src, other) {
                expected[1 - i].set(top);
                other.set_scroll_top(top);
            }
        });
        for p in &panes {
            let _ = p.add_event_listener_with_callback("scroll", listener.as_ref().unchecked_ref());
        }
        Some(LinkedScroll { panes, listener })
    }
}

impl Drop for LinkedScroll {
    fn drop(&mut self) {
        for p in &self.panes {
            let _ = p.remove_event_listener_with_callback(
                "scroll",
                self.listener.as_ref().unchecked_ref(),
            );
        }
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
