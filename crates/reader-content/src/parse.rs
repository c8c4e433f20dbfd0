//! From curated Markdown to a [`Document`]: the front matter
//! ([`front_matter`](crate::front_matter)), the body's blocks
//! ([`markdown`](crate::markdown)), then ids and footnotes
//! ([`blocks`](crate::blocks)).

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use reader_model::Document;

use crate::lines::LineIndex;
use crate::markdown::Body;
use crate::{blocks, front_matter, ContentError};

/// Parses a whole curated source.
pub(crate) fn document(source: &str) -> Result<Document, ContentError> {
    let lines = LineIndex::new(source);
    let mut doc = Document::default();
    let options = Options::ENABLE_OLD_FOOTNOTES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut events = Parser::new_ext(source, options).into_offset_iter();

    match events.next() {
        Some((Event::Start(Tag::MetadataBlock(_)), range)) => {
            let mut text = String::new();
            for (event, _) in events.by_ref() {
                match event {
                    Event::Text(t) => text.push_str(&t),
                    Event::End(TagEnd::MetadataBlock(_)) => break,
                    _ => {}
                }
            }
            front_matter::read(&mut doc, &text, lines.line(range.start) + 1)?;
        }
        _ => {
            return Err(ContentError::new(
                front_matter::name(&doc),
                lines.line(0),
                "missing front matter: the source must start with a `---` line",
            ))
        }
    }
    let mut body = Body::new(&lines, front_matter::name(&doc));
    for (event, range) in events {
        body.event(event, range)?;
    }
    let raw = body.end(source.len())?;
    blocks::finish(doc, raw)
}
