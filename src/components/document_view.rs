//! One document: its metadata and match navigation around its passages
//! ([`super::document_body`]: contents, body, end matter, notes).

use yew::prelude::*;

use crate::components::document_body::{DocumentBody, DocumentBodyProps};
use crate::components::match_nav::match_nav;
use crate::state::CurrentMatch;

/// Props: the body's (which it passes on unchanged) and the current match for "n of m".
pub struct DocumentViewProps {
    /// The document and what its passages show.
    pub body: DocumentBodyProps,
    /// The current match, when the search matches this document (its block id is in
    /// `body.current_block`).
    pub current: Option<CurrentMatch>,
}

/// Id of the heading of document `doc_id` (its `article` is labelled by it).
pub fn title_id(doc_id: &str) -> String {
    format!("{doc_id}-title")
}

/// A document's content: its metadata, "n of m" and passages, inside the `article` its pane
/// renders ([`crate::components::pane::pane`]). A view function, rendered with its pane: the
/// metadata and "n of m" are a few elements, and a component of their own (a memo boundary)
/// cost more WASM code than diffing them on each render does time; the passages are the
/// [`DocumentBody`] component, which keeps its props when the document is hidden (the first
/// keystroke hides the document whose pane the results take), so neither re-renders them.
pub fn document_view(props: DocumentViewProps) -> Html {
    let send = &props.body.dispatch;
    let doc = &props.body.data.library.documents[props.body.doc];
    let byline = {
        let mut parts = Vec::new();
        if !doc.authors.is_empty() {
            parts.push(
                html! { <span class="authors">{format!("By {}", doc.authors.join(", "))}</span> },
            );
        }
        if let Some(date) = &doc.date {
            parts.push(html! {
                <span class="date">{&date.value}{ if date.editorial { html!{ <span class="editorial-mark" title="Not stated in the source; inferred by the editors">{" (inferred)"}</span> } } else { html!{} } }</span>
            });
        }
        parts
    };
    html! {
        <>
            <header class="doc-meta">
                <p class="doc-kind">{&doc.kind}{" · "}{&doc.publisher}</p>
                <h2 id={title_id(&doc.id)}>
                    {&doc.title.value}
                    if doc.title.editorial {
                        <span class="editorial-badge" title="This title is not in the source; it was supplied by the editors">{"editorial title"}</span>
                    }
                </h2>
                <p class="byline">{ for byline.into_iter().enumerate().map(|(i, p)| html!{ <>{ if i > 0 { " · " } else { "" } }{p}</> }) }</p>
                if !doc.editorial_notes.is_empty() {
                    <details class="editorial-notes">
                        <summary>{"About this edition"}</summary>
                        <ul>{ for doc.editorial_notes.iter().map(|n| html!{ <li>{n}</li> }) }</ul>
                    </details>
                }
            </header>
            if let Some(c) = &props.current {
                { match_nav(send, &doc.id, &doc.short_name, c.position, c.total) }
            }
            <DocumentBody ..props.body />
        </>
    }
}
