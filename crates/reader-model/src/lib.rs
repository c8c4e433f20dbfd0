//! The document model of Belarus Reader.
//!
//! A [`Library`] holds the curated [`Document`]s. A document is a sequence of
//! [`Block`]s (headings, paragraphs, list items, captions, end matter), each
//! with a stable id and a list of [`Inline`] spans. The model is produced at
//! build time (by `reader-content`) and shipped to the browser encoded with
//! [`Library::to_bytes`]; the browser only calls [`Library::from_bytes`]. The
//! encoding (module `codec`) is written by hand on the shared `reader-format`
//! layout: no `serde`/`postcard` code in the WASM.
//!
//! ```
//! use reader_model::{Block, BlockKind, Document, Inline, Library};
//!
//! let doc = Document {
//!     id: "demo".into(),
//!     blocks: vec![Block::new("demo-hello", BlockKind::Paragraph, vec![Inline::Text("Hello.".into())])],
//!     ..Document::default()
//! };
//! let lib = Library { documents: vec![doc] };
//! let bytes = lib.to_bytes();
//! let back = Library::from_bytes(&bytes).unwrap();
//! assert_eq!(back.documents[0].blocks[0].plain_text(), "Hello.");
//! ```

#![forbid(unsafe_code)]

use std::borrow::Cow;

mod codec;
mod ids;

pub use ids::{slug, BlockIds};

/// Why encoded bytes could not be decoded: the error shared by every payload.
pub use reader_format::Error as FormatError;

/// All documents the reader carries, in display order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    /// The documents, in the order the reader shows them.
    pub documents: Vec<Document>,
}

impl Library {
    /// Encodes the library into compact bytes.
    ///
    /// ```
    /// let lib = reader_model::Library::default();
    /// assert!(!lib.to_bytes().is_empty());
    /// ```
    pub fn to_bytes(&self) -> Vec<u8> {
        codec::encode(self)
    }

    /// Decodes bytes made by [`Library::to_bytes`]. Corrupt input is an error, never a panic.
    ///
    /// ```
    /// assert!(reader_model::Library::from_bytes(&[0xff, 0xff, 0xff]).is_err());
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> Result<Library, FormatError> {
        codec::decode(bytes)
    }

    /// Every id of the library, the documents' and then each document's blocks', in order:
    /// the strings other payloads refer to by position
    /// ([`reader_format::write::known`]), so that the ids travel once.
    ///
    /// ```
    /// assert!(reader_model::Library::default().ids().is_empty());
    /// ```
    pub fn ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for d in &self.documents {
            ids.push(&d.id);
        }
        for d in &self.documents {
            for b in &d.blocks {
                ids.push(&b.id);
            }
        }
        ids
    }

    /// The document with the given id.
    ///
    /// ```
    /// let lib = reader_model::Library::default();
    /// assert!(lib.document("rferl").is_none());
    /// ```
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// Finds a block by its id in any document; returns the document and the block index.
    ///
    /// ```
    /// let lib = reader_model::Library::default();
    /// assert!(lib.find_block("rferl-x").is_none());
    /// ```
    pub fn find_block(&self, block_id: &str) -> Option<(&Document, usize)> {
        self.documents
            .iter()
            .find_map(|d| d.block_index(block_id).map(|i| (d, i)))
    }
}

/// A value that is either stated by the source or supplied by the editors.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attributed {
    /// The value as shown to readers.
    pub value: String,
    /// True when the value is not in the source and was supplied or inferred by the editors.
    pub editorial: bool,
}

/// One curated document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    /// Short stable id used in URLs and block ids (`rferl`, `heritage`).
    pub id: String,
    /// Short name shown on tabs and in search results (`RFE/RL`, `Heritage`).
    pub short_name: String,
    /// Full title; `editorial` when the source does not carry one.
    pub title: Attributed,
    /// Authors as named in the source.
    pub authors: Vec<String>,
    /// Publisher.
    pub publisher: String,
    /// Kind of document (e.g. "News article").
    pub kind: String,
    /// Publication date, if known; usually inferred, hence attributed.
    pub date: Option<Attributed>,
    /// Notes by the editors of this edition: what was changed or inferred and why.
    pub editorial_notes: Vec<String>,
    /// The body and end matter, in reading order.
    pub blocks: Vec<Block>,
    /// The footnotes referenced from the blocks, in number order.
    pub footnotes: Vec<Footnote>,
}

impl Document {
    /// Index of the block with this id.
    ///
    /// ```
    /// use reader_model::{Block, BlockKind, Document};
    /// let d = Document { blocks: vec![Block::new("a", BlockKind::Paragraph, vec![])], ..Default::default() };
    /// assert_eq!(d.block_index("a"), Some(0));
    /// ```
    pub fn block_index(&self, block_id: &str) -> Option<usize> {
        self.blocks.iter().position(|b| b.id == block_id)
    }

    /// The heading a block sits under (the nearest preceding heading), if any.
    ///
    /// ```
    /// use reader_model::{Block, BlockKind, Document, Inline};
    /// let d = Document { blocks: vec![
    ///     Block::new("h", BlockKind::Heading, vec![Inline::Text("Intro".into())]),
    ///     Block::new("p", BlockKind::Paragraph, vec![]),
    /// ], ..Default::default() };
    /// assert_eq!(d.section_heading(1).map(|b| b.id.as_str()), Some("h"));
    /// ```
    pub fn section_heading(&self, block_index: usize) -> Option<&Block> {
        self.blocks[..=block_index.min(self.blocks.len().saturating_sub(1))]
            .iter()
            .rev()
            .find(|b| b.kind == BlockKind::Heading)
    }
}

/// What a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// A section heading.
    Heading,
    /// A body paragraph.
    Paragraph,
    /// An item of a bulleted list.
    ListItem,
    /// A photo caption.
    Caption,
    /// End matter: a note about the author.
    AuthorNote,
    /// End matter: a notice by the publisher.
    PublisherNotice,
}

impl BlockKind {
    /// True for end matter (author note, publisher notice).
    ///
    /// ```
    /// assert!(reader_model::BlockKind::AuthorNote.is_end_matter());
    /// ```
    pub fn is_end_matter(self) -> bool {
        matches!(self, BlockKind::AuthorNote | BlockKind::PublisherNotice)
    }
}

/// A passage of a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// Stable id, unique across the library; also the HTML `id` of the rendered block.
    pub id: String,
    /// What the block is.
    pub kind: BlockKind,
    /// The content.
    pub inlines: Vec<Inline>,
}

impl Block {
    /// Makes a block.
    ///
    /// ```
    /// let b = reader_model::Block::new("x", reader_model::BlockKind::Heading, vec![]);
    /// assert_eq!(b.id, "x");
    /// ```
    pub fn new(id: impl Into<String>, kind: BlockKind, inlines: Vec<Inline>) -> Block {
        Block {
            id: id.into(),
            kind,
            inlines,
        }
    }

    /// The block's text without markup; footnote references contribute nothing.
    /// Search highlight ranges are byte ranges into this string.
    ///
    /// ```
    /// use reader_model::{Block, BlockKind, Inline};
    /// let b = Block::new("x", BlockKind::Paragraph, vec![
    ///     Inline::Strong("Bold.".into()), Inline::Text(" Plain".into()), Inline::NoteRef(3),
    /// ]);
    /// assert_eq!(b.plain_text(), "Bold. Plain");
    /// ```
    pub fn plain_text(&self) -> String {
        self.text().into_owned()
    }

    /// The block's text as [`Block::plain_text`] gives it, borrowed when one span holds all of
    /// it (most blocks): the search reads the text of every passage it finds, and the results
    /// list of every one it shows.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use reader_model::{Block, BlockKind, Inline};
    /// let one = Block::new("x", BlockKind::Paragraph, vec![Inline::Text("Plain".into()), Inline::NoteRef(1)]);
    /// assert!(matches!(one.text(), Cow::Borrowed("Plain")));
    /// let two = Block::new("y", BlockKind::Paragraph, vec![Inline::Strong("Bold.".into()), Inline::Text(" Plain".into())]);
    /// assert!(matches!(two.text(), Cow::Owned(ref s) if s == "Bold. Plain"));
    /// ```
    pub fn text(&self) -> Cow<'_, str> {
        let mut texts = self.inlines.iter().filter_map(Inline::text);
        let Some(first) = texts.next() else {
            return Cow::Borrowed("");
        };
        match texts.next() {
            None => Cow::Borrowed(first),
            Some(second) => {
                let mut s = String::from(first);
                s.push_str(second);
                texts.for_each(|t| s.push_str(t));
                Cow::Owned(s)
            }
        }
    }
}

/// An inline span of a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Emphasised (italic) text.
    Emphasis(String),
    /// Strong (bold) text, e.g. the lead sentence of a recommendation.
    Strong(String),
    /// A reference to footnote number `n` (1-based), placed right after the text it supports.
    NoteRef(u16),
}

impl Inline {
    /// The text of the span, or `None` for a footnote reference.
    ///
    /// ```
    /// assert_eq!(reader_model::Inline::NoteRef(1).text(), None);
    /// ```
    pub fn text(&self) -> Option<&str> {
        match self {
            Inline::Text(t) | Inline::Emphasis(t) | Inline::Strong(t) => Some(t),
            Inline::NoteRef(_) => None,
        }
    }
}

/// A footnote of the source. The endnote text itself is not part of the source
/// documents we carry, so the model records only where the reference stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Footnote {
    /// The note number, 1-based.
    pub number: u16,
    /// Id of the block that holds the reference.
    pub block_id: String,
    /// The sentence the note supports (ending where the marker stands).
    pub sentence: String,
    /// The endnote text if the source carried it; `None` here, honestly.
    pub text: Option<String>,
}

impl Footnote {
    /// The element id of the reference marker for this note in the rendered page.
    ///
    /// ```
    /// let f = reader_model::Footnote { number: 3, block_id: "b".into(), sentence: String::new(), text: None };
    /// assert_eq!(f.marker_id("heritage"), "heritage-noteref-3");
    /// ```
    pub fn marker_id(&self, doc_id: &str) -> String {
        noteref_id(doc_id, self.number)
    }
}

/// Element id of footnote reference `n` of document `doc_id`.
///
/// ```
/// assert_eq!(reader_model::noteref_id("heritage", 12), "heritage-noteref-12");
/// ```
pub fn noteref_id(doc_id: &str, n: u16) -> String {
    format!("{doc_id}-noteref-{n}")
}

/// Element id of endnote `n` in the notes section of document `doc_id`.
///
/// ```
/// assert_eq!(reader_model::endnote_id("heritage", 1), "heritage-note-1");
/// ```
pub fn endnote_id(doc_id: &str, n: u16) -> String {
    format!("{doc_id}-note-{n}")
}
