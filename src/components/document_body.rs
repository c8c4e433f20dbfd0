//! The passages of one document (its contents, body, end matter and notes), apart from the
//! document's shell, so that showing or hiding the document (the first keystroke hides the
//! document whose pane the results take) or a new "n of m" rebuilds none of them.

use std::rc::Rc;

use reader_model::BlockKind;
use yew::prelude::*;

use crate::components::block_view::BlockView;
use crate::components::endnotes::endnotes;
use crate::components::toc::toc;
use crate::data::Data;
use crate::state::search::highlights_of;
use crate::state::{Dispatch, Highlights, RelatedFocus};
use crate::view_helpers::marks::shared_ranges;

/// Props.
#[derive(Properties, Clone, PartialEq)]
pub struct DocumentBodyProps {
    /// Where the views send actions.
    pub dispatch: Dispatch,
    /// The documents.
    pub data: Rc<Data>,
    /// Index of the document.
    pub doc: usize,
    /// Search matches to mark.
    #[prop_or_default]
    pub highlights: Option<Highlights>,
    /// Block id of the current match, if any.
    #[prop_or_default]
    pub current_block: Option<AttrValue>,
    /// Side by side: passages with a counterpart show a related-passage marker.
    #[prop_or_default]
    pub side_by_side: bool,
    /// The related pair being compared.
    #[prop_or_default]
    pub related: Option<RelatedFocus>,
}

/// The document's contents, its passages (lists grouped into `<ul>`, end matter in a `<footer>`)
/// and its notes.
#[function_component(DocumentBody)]
pub fn document_body(props: &DocumentBodyProps) -> Html {
    let send = &props.dispatch;
    let doc = &props.data.library.documents[props.doc];
    let current_block = props.current_block.as_deref();
    let block = |i: usize| {
        let b = &doc.blocks[i];
        let focus = props
            .related
            .as_ref()
            .filter(|r| r.from == b.id || r.to == b.id);
        let mut highlights = props.highlights.as_ref().and_then(|h| highlights_of(h, i));
        if let Some(r) = focus {
            let mut ranges = shared_ranges(&b.plain_text(), &r.shared);
            ranges.extend(highlights.iter().flat_map(|h| h.iter().cloned()));
            highlights = Some(ranges.into());
        }
        html! {
            <BlockView key={b.id.clone()} dispatch={send.clone()} data={props.data.clone()} doc={props.doc} index={i} {highlights}
                current={current_block == Some(b.id.as_str())} related={focus.is_some()} side_by_side={props.side_by_side} />
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
    html! {
        <>
            { toc(doc) }
            <div class="doc-body">{ body }</div>
            if !end.is_empty() {
                <footer class="end-matter" aria-label={format!("About {}", doc.short_name)}>{ end }</footer>
            }
            if !doc.footnotes.is_empty() {
                { endnotes(doc) }
            }
        </>
    }
}
