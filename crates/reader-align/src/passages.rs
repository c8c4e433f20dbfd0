//! The passages that take part in the alignment: body blocks (paragraphs,
//! list items and, if asked, captions), not headings or end matter.

use reader_model::{Block, BlockKind, Document};

/// Blocks that take part: body passages, not headings or end matter;
/// captions only if `captions`.
fn is_body(block: &Block, captions: bool) -> bool {
    match block.kind {
        BlockKind::Paragraph | BlockKind::ListItem => true,
        BlockKind::Caption => captions,
        _ => false,
    }
}

/// The id and plain text of every body passage of `doc`, in order.
pub(crate) fn body_passages(doc: Option<&Document>, captions: bool) -> Vec<(&str, String)> {
    doc.map(|d| {
        d.blocks
            .iter()
            .filter(|b| is_body(b, captions))
            .map(|b| (b.id.as_str(), b.plain_text()))
            .collect()
    })
    .unwrap_or_default()
}
