//! The table of contents of one document.

use reader_model::{BlockKind, Document};
use yew::prelude::*;

/// A `nav` listing the document's headings, plus its notes section if it has one. A view
/// function, rendered with the document's passages.
pub fn toc(doc: &Document) -> Html {
    // The href is the plain permalink (to copy or open in a new tab); a plain click opens the
    // passage in place and keeps the current search (the app's page click handler).
    let link =
        |target: String, label: String| html! { <a href={format!("#/{target}")}>{label}</a> };
    let headings: Vec<Html> = doc
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| html! { <li key={b.id.clone()}>{link(b.id.clone(), b.plain_text())}</li> })
        .collect();
    if headings.is_empty() {
        return html! {};
    }
    let notes = (!doc.footnotes.is_empty()).then(|| {
        html! { <li>{link(format!("{}-notes", doc.id), "Notes".into())}</li> }
    });
    html! {
        <nav class="toc" aria-label={format!("Contents of {}", doc.short_name)}>
            <ol>{ headings }{ notes }</ol>
        </nav>
    }
}
