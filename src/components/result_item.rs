//! One search result: document, heading and highlighted snippet, linking to the passage.
//! Memoised: while the reader types, a result whose snippet did not change is not rebuilt.

use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::block_view::marked_html;

/// Props of [`ResultItem`].
#[derive(Properties, Clone, PartialEq)]
pub struct ResultItemProps {
    /// Link to the passage (keeps the search).
    pub href: AttrValue,
    /// Document id.
    pub doc: AttrValue,
    /// Document short name.
    pub doc_name: AttrValue,
    /// Heading of the passage's section.
    #[prop_or_default]
    pub heading: Option<AttrValue>,
    /// The snippet and its match ranges.
    pub snippet: SnippetProps,
}

/// A result as a list item.
#[function_component(ResultItem)]
pub fn result_item(props: &ResultItemProps) -> Html {
    html! {
        <li class="result" data-doc={props.doc.clone()}>
            <a class="result-link" href={props.href.clone()}>
                <span class="result-meta">
                    <span class="result-doc">{props.doc_name.clone()}</span>
                    if let Some(h) = &props.heading {
                        <span class="result-heading">{h.clone()}</span>
                    }
                </span>
                <Snippet ..props.snippet.clone() />
            </a>
        </li>
    }
}

/// Props of [`Snippet`].
#[derive(Properties, Clone, PartialEq)]
pub struct SnippetProps {
    /// Snippet text.
    pub text: AttrValue,
    /// Byte ranges of `text` to mark.
    pub ranges: Rc<[Range<usize>]>,
}

/// The snippet with matches in `<mark>` (text nodes only, never HTML).
#[function_component(Snippet)]
pub fn snippet(props: &SnippetProps) -> Html {
    let parts = marked_html(&props.text, 0, &props.ranges);
    html! { <span class="snippet">{parts}</span> }
}
