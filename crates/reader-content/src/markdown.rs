//! The body: Markdown events (pulldown-cmark) read into blocks of inlines.

use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};
use reader_model::{BlockKind, Inline};

use crate::lines::LineIndex;
use crate::ContentError;

/// The marker lines that give the next paragraph a kind of its own.
const MARKERS: [(&str, BlockKind); 3] = [
    ("<!-- caption -->", BlockKind::Caption),
    ("<!-- author-note -->", BlockKind::AuthorNote),
    ("<!-- publisher-notice -->", BlockKind::PublisherNotice),
];

/// Which inline style text currently gets.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Text,
    Emphasis,
    Strong,
}

/// A block being read: its kind, the line it starts on and its inlines.
struct Pending {
    kind: BlockKind,
    line: usize,
    inlines: Vec<Inline>,
}

/// A block read from the body: the line it starts on, its kind and inlines.
pub(crate) type RawBlock = (usize, BlockKind, Vec<Inline>);

/// Reads the body's Markdown events into blocks.
pub(crate) struct Body<'s> {
    lines: &'s LineIndex,
    /// The document's name in error messages.
    name: &'s str,
    /// Blocks read so far.
    blocks: Vec<RawBlock>,
    current: Option<Pending>,
    /// The kind set by a marker line for the next paragraph.
    pending: Option<BlockKind>,
    style: Style,
    in_list: bool,
    in_item: bool,
}

impl<'s> Body<'s> {
    pub(crate) fn new(lines: &'s LineIndex, name: &'s str) -> Body<'s> {
        Body {
            lines,
            name,
            blocks: Vec::new(),
            current: None,
            pending: None,
            style: Style::Text,
            in_list: false,
            in_item: false,
        }
    }

    pub(crate) fn error(&self, offset: usize, message: impl Into<String>) -> ContentError {
        ContentError::new(self.name, self.lines.line(offset), message)
    }

    pub(crate) fn event(
        &mut self,
        event: Event<'_>,
        range: Range<usize>,
    ) -> Result<(), ContentError> {
        match event {
            Event::Html(html) => {
                let marker = html.trim();
                let Some(&(_, kind)) = MARKERS.iter().find(|(m, _)| *m == marker) else {
                    return Err(self.error(range.start, format!("unsupported HTML `{marker}` (known markers: `<!-- caption -->`, `<!-- author-note -->`, `<!-- publisher-notice -->`)")));
                };
                if self.pending.is_some() {
                    return Err(self.error(range.start, "two block markers in a row"));
                }
                self.pending = Some(kind);
            }
            Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => {}
            Event::Start(Tag::Heading { .. }) => self.open(BlockKind::Heading, &range)?,
            Event::Start(Tag::Paragraph) if self.in_item => {}
            Event::Start(Tag::Paragraph) => {
                let kind = self.pending.take().unwrap_or(BlockKind::Paragraph);
                self.open(kind, &range)?;
            }
            Event::Start(Tag::List(None)) if !self.in_list => self.in_list = true,
            Event::Start(Tag::Item) => {
                self.open(BlockKind::ListItem, &range)?;
                self.in_item = true;
            }
            Event::Start(Tag::Emphasis) if self.style == Style::Text => {
                self.style = Style::Emphasis
            }
            Event::Start(Tag::Strong) if self.style == Style::Text => self.style = Style::Strong,
            Event::End(TagEnd::Emphasis | TagEnd::Strong) => self.style = Style::Text,
            Event::End(TagEnd::Paragraph) if self.in_item => {}
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph) => self.close(&range)?,
            Event::End(TagEnd::Item) => {
                self.in_item = false;
                self.close(&range)?;
            }
            Event::End(TagEnd::List(_)) => self.in_list = false,
            Event::Text(text) => self.text(&text, &range)?,
            Event::SoftBreak => self.text(" ", &range)?,
            Event::FootnoteReference(label) => {
                let n = label
                    .parse::<u16>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| {
                        self.error(
                            range.start,
                            format!("footnote reference `[^{label}]` is not a number from 1"),
                        )
                    })?;
                self.inline(Inline::NoteRef(n), &range)?;
            }
            other => {
                return Err(self.error(
                    range.start,
                    format!("unsupported Markdown: {}", describe(&other)),
                ));
            }
        }
        Ok(())
    }

    fn open(&mut self, kind: BlockKind, range: &Range<usize>) -> Result<(), ContentError> {
        if self.current.is_some() {
            return Err(self.error(range.start, "a block inside another block is not supported"));
        }
        if let Some(marker) = self.pending {
            if kind != marker {
                return Err(self.error(
                    range.start,
                    format!("{marker:?} marker must be followed by a paragraph"),
                ));
            }
        }
        self.current = Some(Pending {
            kind,
            line: self.lines.line(range.start),
            inlines: Vec::new(),
        });
        Ok(())
    }

    fn close(&mut self, range: &Range<usize>) -> Result<(), ContentError> {
        let Some(block) = self.current.take() else {
            return Err(self.error(range.start, "end of a block that was not opened"));
        };
        self.blocks.push((block.line, block.kind, block.inlines));
        Ok(())
    }

    fn text(&mut self, text: &str, range: &Range<usize>) -> Result<(), ContentError> {
        let inline = match self.style {
            Style::Text => Inline::Text(text.to_string()),
            Style::Emphasis => Inline::Emphasis(text.to_string()),
            Style::Strong => Inline::Strong(text.to_string()),
        };
        self.inline(inline, range)
    }

    /// Appends an inline to the current block, merging text of the same style.
    fn inline(&mut self, inline: Inline, range: &Range<usize>) -> Result<(), ContentError> {
        let Some(block) = self.current.as_mut() else {
            return Err(self.error(range.start, "text outside a block"));
        };
        match (block.inlines.last_mut(), inline) {
            (Some(Inline::Text(a)), Inline::Text(b))
            | (Some(Inline::Emphasis(a)), Inline::Emphasis(b))
            | (Some(Inline::Strong(a)), Inline::Strong(b)) => a.push_str(&b),
            (_, inline) => block.inlines.push(inline),
        }
        Ok(())
    }

    /// The blocks read, once the events are over (a marker line must be
    /// followed by its paragraph).
    pub(crate) fn end(self, source_len: usize) -> Result<Vec<RawBlock>, ContentError> {
        if let Some(kind) = self.pending {
            return Err(self.error(
                source_len,
                format!("{kind:?} marker at the end of the document"),
            ));
        }
        Ok(self.blocks)
    }
}

fn describe(event: &Event<'_>) -> String {
    match event {
        Event::Start(tag) => format!("{tag:?}"),
        Event::End(tag) => format!("end of {tag:?}"),
        other => format!("{other:?}"),
    }
}
