//! The table of contents of one document.

use reader_model::{BlockKind, Document};
use yew::prelude::*;

use crate::state::{Action, Sender};

/// A `nav` listing the document's headings, plus its notes section if it has one. A view
/// function, rendered by the document's view.
pub fn toc(send: &Sender, doc: &Document) -> Html {
    // The href is the plain permalink (to copy or open in a new tab); a click opens the passage
    // in place and keeps the current search.
    let link = |target: String, label: String| {
        let send = send.clone();
        let href = format!("#/{target}");
        let onclick = Callback::from(move |e: MouseEvent| {
            if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
                return;
            }
            e.prevent_default();
            send(Action::OpenPassage(target.clone()));
        });
        html! { <a {href} {onclick}>{label}</a> }
    };
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
