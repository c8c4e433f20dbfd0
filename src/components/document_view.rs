//! One document: metadata, table of contents, match navigation, body, end matter, notes.

use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use reader_model::BlockKind;
use reader_route::Route;
use yew::prelude::*;

use crate::components::block_view::BlockView;
use crate::components::endnotes::Endnotes;
use crate::components::match_nav::MatchNav;
use crate::components::toc::Toc;
use crate::data::Data;

/// Highlight ranges per block id, for one search.
pub type Highlights = Rc<HashMap<String, Rc<[Range<usize>]>>>;

/// The match being shown in a document: "`position + 1` of `total`".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrentMatch {
    /// 0-based position among the document's matching passages; `total` when none is chosen.
    pub position: usize,
    /// Number of matching passages in the document.
    pub total: usize,
    /// Block id of the current match (empty when none is chosen).
    pub block: String,
}

/// Props.
#[derive(Properties, Clone, PartialEq)]
pub struct DocumentViewProps {
    /// The documents.
    pub data: Rc<Data>,
    /// Index of the document to show.
    pub doc: usize,
    /// Search matches to mark, by block id.
    pub highlights: Highlights,
    /// The current match, when the search matches this document.
    #[prop_or_default]
    pub current: Option<CurrentMatch>,
    /// The route, for in-app links that keep the search.
    pub route: Rc<Route>,
}

/// Renders a document as an `article` with `data-doc` set to its id.
#[function_component(DocumentView)]
pub fn document_view(props: &DocumentViewProps) -> Html {
    let doc = &props.data.library.documents[props.doc];
    let title_id = format!("{}-title", doc.id);
    let current_block = props.current.as_ref().map(|c| c.block.as_str());
    let block = |i: usize| {
        let b = &doc.blocks[i];
        html! {
            <BlockView key={b.id.clone()} data={props.data.clone()} doc={props.doc} index={i}
                highlights={props.highlights.get(&b.id).cloned()} current={current_block == Some(b.id.as_str())} />
        }
    };
    // Group consecutive list items into one <ul>; end matter goes into a footer.
    let mut body: Vec<Html> = Vec::new();
    let mut end: Vec<Html> = Vec::new();
    let mut i = 0;
    while i < doc.blocks.len() {
        let kind = doc.blocks[i].kind;
        if kind == BlockKind::ListItem {
            let start = i;
            while i < doc.blocks.len() && doc.blocks[i].kind == BlockKind::ListItem {
                i += 1;
            }
            body.push(html! { <ul key={format!("list-{start}")} class="recommendations">{ for (start..i).map(block) }</ul> });
            continue;
        }
        if kind.is_end_matter() {
            end.push(block(i));
        } else {
            body.push(block(i));
        }
        i += 1;
    }
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
        <article class="document" data-doc={doc.id.clone()} aria-labelledby={title_id.clone()}>
            <header class="doc-meta">
                <p class="doc-kind">{&doc.kind}{" · "}{&doc.publisher}</p>
                <h2 id={title_id}>
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
            <Toc data={props.data.clone()} doc={props.doc} route={props.route.clone()} />
            if let Some(c) = &props.current {
                <MatchNav doc={doc.id.clone()} short_name={doc.short_name.clone()} position={c.position} total={c.total} />
            }
            <div class="doc-body">{ body }</div>
            if !end.is_empty() {
                <footer class="end-matter" aria-label={format!("About {}", doc.short_name)}>{ end }</footer>
            }
            if !doc.footnotes.is_empty() {
                <Endnotes data={props.data.clone()} doc={props.doc} />
            }
        </article>
    }
}
