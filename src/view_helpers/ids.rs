//! Element ids that more than one part of the app refers to, and focus moves between them.

use wasm_bindgen::JsCast;

/// Element id of the search input (the `/` shortcut focuses it).
pub const SEARCH_INPUT_ID: &str = "search-input";

/// Element id of the index pane's "Names in this passage" (the passage key `I` focuses it).
pub const PASSAGE_NAMES_ID: &str = "index-passage";

/// Element id of the search results' `<ol>`.
pub const RESULTS_LIST_ID: &str = "search-results";

/// Focuses the link of result `i` (0-based) in the results list; whether it exists.
pub fn focus_result(i: usize) -> bool {
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector_all(&format!("#{RESULTS_LIST_ID} > li > a"))
                .ok()
        })
        .and_then(|links| links.item(i as u32))
        .and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok());
    link.map(|link| link.focus()).is_some()
}
