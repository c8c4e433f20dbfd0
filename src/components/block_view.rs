//! One passage of a document: its inlines, search highlights, footnote markers and permalink.

use std::ops::Range;
use std::rc::Rc;

use reader_model::{BlockKind, Inline};
use yew::prelude::*;

use crate::components::note_ref::note_ref;
use crate::components::related_marker::related_marker;
use crate::data::Data;
use crate::state::Dispatch;
use crate::view_helpers::marks::marked_html;

/// Props: plain data, so unchanged passages are not re-rendered while typing.
#[derive(Properties, Clone, PartialEq)]
pub struct BlockViewProps {
    /// Where the views send actions.
    pub dispatch: Dispatch,
    /// The documents (compared by identity: loaded once).
    pub data: Rc<Data>,
    /// Index of the document in the library.
    pub doc: usize,
    /// Index of the block in the document.
    pub index: usize,
    /// Byte ranges of `block.plain_text()` to mark as search matches.
    #[prop_or_default]
    pub highlights: Option<Rc<[Range<usize>]>>,
    /// This passage is the current match ("n of m").
    #[prop_or_default]
    pub current: bool,
    /// This passage is one of a related pair being compared.
    #[prop_or_default]
    pub related: bool,
    /// Side by side: a passage with a counterpart ends with its related-passage marker.
    #[prop_or_default]
    pub side_by_side: bool,
}

/// Renders a block as the element its kind calls for, with `id` = the block id.
#[function_component(BlockView)]
pub fn block_view(props: &BlockViewProps) -> Html {
    let send = &props.dispatch;
    let document = &props.data.library.documents[props.doc];
    let block = &document.blocks[props.index];
    let content = render_inlines(
        send,
        &document.id,
        &block.inlines,
        props.highlights.as_deref().unwrap_or(&[]),
    );
    let permalink = html! {
        <a class="permalink" href={format!("#/{}", block.id)} aria-label="Link to this passage" title="Link to this passage">{"¶"}</a>
    };
    // One element per kind (headings and captions are styled by element: `h3.block`,
    // `figure.block`); the end matter carries no related-passage marker. The passage's state is
    // in attributes, not classes: a class computed at render goes through Yew's `Classes`, a
    // set type whose code the WASM would carry.
    let (tag, extra) = match block.kind {
        BlockKind::Heading => ("h3", true),
        BlockKind::Paragraph => ("p", true),
        BlockKind::ListItem => ("li", true),
        BlockKind::Caption => ("figure", true),
        BlockKind::AuthorNote | BlockKind::PublisherNotice => ("p", false),
    };
    let marker = if extra && props.side_by_side {
        marker_for(send, &props.data, &block.id)
    } else {
        html! {}
    };
    let inner = html! { <>{content}{permalink}{marker}</> };
    let inner = if block.kind == BlockKind::Caption {
        html! { <figcaption><span class="visually-hidden">{"Photo caption: "}</span>{inner}</figcaption> }
    } else {
        inner
    };
    html! {
        <@{tag} id={block.id.clone()} class="block" tabindex="-1"
            data-current-match={props.current.then_some("")} data-related-focus={props.related.then_some("")}>{inner}</@>
    }
}

/// Renders inlines, splitting text at highlight boundaries into `<mark>` elements.
/// Text is always inserted as text nodes (never parsed as HTML).
pub fn render_inlines(
    send: &Dispatch,
    doc: &str,
    inlines: &[Inline],
    highlights: &[Range<usize>],
) -> Html {
    let mut offset = 0usize;
    let mut out: Vec<Html> = Vec::with_capacity(inlines.len());
    for inline in inlines {
        match inline {
            Inline::NoteRef(n) => out.push(note_ref(send, doc, *n)),
            Inline::Text(t) | Inline::Emphasis(t) | Inline::Strong(t) => {
                let inner = marked_html(t, offset, highlights);
                offset += t.len();
                out.push(match inline {
                    Inline::Emphasis(_) => html! { <em>{inner}</em> },
                    Inline::Strong(_) => html! { <strong>{inner}</strong> },
                    _ => inner,
                });
            }
        }
    }
    out.into_iter().collect()
}

/// The marker of a passage's best counterpart in the other document, if it has one.
fn marker_for(send: &Dispatch, data: &Data, block_id: &str) -> Html {
    let pairs = data.alignment.for_block(block_id);
    let Some((pair, to)) = pairs
        .first()
        .and_then(|p| Some((p, p.counterpart(block_id)?)))
    else {
        return html! {};
    };
    let other = data
        .library
        .find_block(to)
        .map(|(d, _)| d.short_name.clone())
        .unwrap_or_default();
    let label = format!(
        "Related passage in {other} (shared: {})",
        pair.shared.join(", ")
    );
    related_marker(send, block_id, to, &label)
}
