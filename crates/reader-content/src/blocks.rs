//! Block ids and footnotes: each block gets `DOCUMENT-SLUG` (suffixed `-2`,
//! `-3` when a slug repeats; [`BlockIds`], the rule the encoding relies on to
//! leave the ids out), and each footnote reference the sentence it closes.

use std::collections::HashSet;

use reader_model::{slug, Block, BlockIds, Document, Footnote, Inline};
use reader_text::last_sentence;

use crate::markdown::RawBlock;
use crate::ContentError;

/// Gives the blocks their ids and collects the footnotes into `doc`.
pub(crate) fn finish(mut doc: Document, blocks: Vec<RawBlock>) -> Result<Document, ContentError> {
    let doc_id = doc.id.clone();
    let mut ids = BlockIds::new(&doc_id);
    for (line, kind, inlines) in blocks {
        let text: String = inlines.iter().filter_map(Inline::text).collect();
        if slug(&text).is_empty() {
            return Err(ContentError::new(
                &doc.id,
                line,
                "block has no words to make its id from",
            ));
        }
        let id = ids.next(&text);
        let mut prefix = String::new();
        for inline in &inlines {
            match inline {
                Inline::NoteRef(n) => {
                    let expected = doc.footnotes.len() as u16 + 1;
                    if *n != expected {
                        return Err(ContentError::new(&doc.id, line, format!("footnote reference [^{n}] where [^{expected}] is expected (references must run 1, 2, 3, ... in order)")));
                    }
                    doc.footnotes.push(Footnote {
                        number: *n,
                        block_id: id.clone(),
                        sentence: last_sentence(&prefix).to_string(),
                        text: None,
                    });
                }
                other => prefix.push_str(other.text().unwrap_or_default()),
            }
        }
        doc.blocks.push(Block::new(id, kind, inlines));
    }
    // A suffixed id could still meet a plain one (`x-2` from text "x 2").
    let mut ids = HashSet::new();
    if let Some(dup) = doc.blocks.iter().find(|b| !ids.insert(b.id.as_str())) {
        return Err(ContentError::new(
            &doc.id,
            0,
            format!("block id `{}` is not unique", dup.id),
        ));
    }
    Ok(doc)
}
