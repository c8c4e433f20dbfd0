//! One search result: document, heading and highlighted snippet, linking to the passage.

use std::ops::Range;

use reader_search::Hit;
use yew::prelude::*;

use crate::components::block_view::marked_html;

/// Result `hit` as a list item keyed by its passage: `href` links to the passage (keeping the
/// search), `doc_name` is its document's short name, `snippet` the text shown with `ranges`
/// marked (text nodes only, never HTML). A view function, rendered by the results list. Few
/// elements and attributes: a page of results is created at once, element by element (the
/// list's CSS selects `li` and `a` by position).
pub fn result_item(
    hit: &Hit,
    href: String,
    doc_name: String,
    snippet: &str,
    ranges: &[Range<usize>],
) -> Html {
    html! {
        <li key={hit.block_id.clone()} data-doc={hit.doc_id.clone()}>
            <a {href}>
                <span class="result-doc">{doc_name}</span>
                if let Some(h) = &hit.heading {
                    {" "}<span class="result-heading">{h}</span>
                }
                // (A space, so the link's text reads apart without the stylesheet too.)
                {" "}<span class="snippet">{marked_html(snippet, 0, ranges)}</span>
            </a>
        </li>
    }
}
