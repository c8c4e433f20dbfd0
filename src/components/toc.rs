//! The table of contents of one document.

use std::rc::Rc;

use reader_model::BlockKind;
use reader_route::Route;
use yew::prelude::*;

use crate::data::Data;

/// Props.
#[derive(Properties, Clone, PartialEq)]
pub struct TocProps {
    /// The documents.
    pub data: Rc<Data>,
    /// Index of the document.
    pub doc: usize,
    /// The current route; links keep its search and view.
    pub route: Rc<Route>,
}

/// A `nav` listing the document's headings, plus its notes section if it has one.
#[function_component(Toc)]
pub fn toc(props: &TocProps) -> Html {
    let doc = &props.data.library.documents[props.doc];
    let link = |target: &str| {
        let mut r = (*props.route).clone();
        r.block = Some(target.to_string());
        r.to_fragment()
    };
    let headings: Vec<Html> = doc
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| html! { <li key={b.id.clone()}><a href={link(&b.id)}>{b.plain_text()}</a></li> })
        .collect();
    if headings.is_empty() {
        return html! {};
    }
    let notes = (!doc.footnotes.is_empty()).then(|| {
        html! { <li><a href={link(&format!("{}-notes", doc.id))}>{"Notes"}</a></li> }
    });
    html! {
        <nav class="toc" aria-label={format!("Contents of {}", doc.short_name)}>
            <ol>{ headings }{ notes }</ol>
        </nav>
    }
}
