//! Curated editions of the Belarus Reader documents.
//!
//! The two documents the reader carries are kept as reviewed Markdown in
//! `content/rferl.md` and `content/heritage.md` (see this crate's README for
//! the format). This crate parses them, at build time, into the
//! [`reader_model`] document model: it reads the front matter into the
//! document's metadata, turns each Markdown block into a [`Block`] with a
//! stable id, and collects the footnote references into [`Footnote`]s.
//!
//! ```
//! let library = reader_content::library().unwrap();
//! let ids: Vec<&str> = library.documents.iter().map(|d| d.id.as_str()).collect();
//! assert_eq!(ids, ["rferl", "heritage"]);
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod blocks;
mod front_matter;
mod lines;
mod markdown;
mod parse;

use std::collections::HashSet;
use std::fmt;

use reader_model::{Document, Library};

#[cfg(doc)]
use reader_model::{Block, Footnote};

/// The curated sources, in the order the reader shows them: the path shown in
/// error messages and the embedded text.
const SOURCES: [(&str, &str); 2] = [
    (
        "content/rferl.md",
        include_str!("../../../content/rferl.md"),
    ),
    (
        "content/heritage.md",
        include_str!("../../../content/heritage.md"),
    ),
];

/// Error raised when a curated source cannot be parsed: it names the document,
/// the line (1-based) and what is wrong.
///
/// ```
/// let source = "---
/// id: demo
/// short_name: Demo
/// title: A Demo
/// author: Jane Doe
/// publisher: Demo Press
/// kind: Report section
/// ---
///
/// > A block quote is not part of the curated format.
/// ";
/// let err = reader_content::parse_document(source).unwrap_err();
/// assert_eq!(err.document(), "demo");
/// assert_eq!(err.line(), 10);
/// assert_eq!(err.to_string(), "demo, line 10: unsupported Markdown: BlockQuote(None)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    document: String,
    line: usize,
    message: String,
}

impl ContentError {
    pub(crate) fn new(document: &str, line: usize, message: impl Into<String>) -> ContentError {
        ContentError {
            document: document.to_string(),
            line,
            message: message.into(),
        }
    }

    /// The document the error is in: the source file for [`library`], the
    /// document id (or `document` before the id is known) for [`parse_document`].
    ///
    /// ```
    /// let err = reader_content::parse_document("No front matter.\n").unwrap_err();
    /// assert_eq!(err.document(), "document");
    /// ```
    pub fn document(&self) -> &str {
        &self.document
    }

    /// The 1-based line of the source the error is about; 0 when the error
    /// concerns the document as a whole (e.g. a block id that is not unique).
    ///
    /// ```
    /// let err = reader_content::parse_document("---\nid: demo\ncolour: red\n---\n").unwrap_err();
    /// assert_eq!(err.line(), 3);
    /// ```
    pub fn line(&self) -> usize {
        self.line
    }

    /// What is wrong, without the document and line.
    ///
    /// ```
    /// let err = reader_content::parse_document("---\nid: demo\ncolour: red\n---\n").unwrap_err();
    /// assert_eq!(err.message(), "unknown front-matter key `colour`");
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, line {}: {}", self.document, self.line, self.message)
    }
}

impl std::error::Error for ContentError {}

/// Parses the curated sources (embedded in this crate) into the document
/// model, in the order rferl, heritage.
///
/// Block ids are checked to be unique across the whole library.
///
/// ```
/// let library = reader_content::library().unwrap();
/// let heritage = library.document("heritage").unwrap();
/// assert_eq!(heritage.footnotes.len(), 24);
/// assert!(heritage.title.editorial);
/// ```
pub fn library() -> Result<Library, ContentError> {
    let mut documents = Vec::with_capacity(SOURCES.len());
    let mut seen = HashSet::new();
    for (path, source) in SOURCES {
        let document = parse_document(source).map_err(|e| ContentError {
            document: path.to_string(),
            ..e
        })?;
        for block in &document.blocks {
            if !seen.insert(block.id.clone()) {
                return Err(ContentError::new(
                    path,
                    0,
                    format!("block id `{}` is used by another document", block.id),
                ));
            }
        }
        documents.push(document);
    }
    Ok(Library { documents })
}

/// Parses one curated Markdown source into a [`Document`].
///
/// The source starts with a front matter of `key: value` lines between `---`
/// lines, followed by the body: `##` headings, paragraphs, `- ` list items,
/// and paragraphs marked with `<!-- caption -->`, `<!-- author-note -->` or
/// `<!-- publisher-notice -->` on the line before. `**strong**`, `*emphasis*`
/// and footnote references `[^N]` are the only inline markup.
///
/// ```
/// use reader_model::{BlockKind, Inline};
///
/// let source = "---
/// id: demo
/// short_name: Demo
/// title: A Demo
/// author: Jane Doe
/// publisher: Demo Press
/// kind: Report section
/// date: 2019
/// date_editorial: true
/// note: The date is inferred from the text.
/// ---
///
/// ## First Part
///
/// Minsk is the capital.[^1] It lies on the Svislach.
///
/// - **Be brief.** Then explain.
///
/// <!-- caption -->
/// A photo of Minsk.
/// ";
/// let doc = reader_content::parse_document(source).unwrap();
/// assert_eq!(doc.date.as_ref().unwrap().value, "2019");
/// assert_eq!(doc.editorial_notes, ["The date is inferred from the text."]);
///
/// let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
/// assert_eq!(kinds, [BlockKind::Heading, BlockKind::Paragraph, BlockKind::ListItem, BlockKind::Caption]);
/// assert_eq!(doc.blocks[1].id, "demo-minsk-is-the-capital-it");
/// assert_eq!(doc.blocks[1].inlines[1], Inline::NoteRef(1));
/// assert_eq!(doc.blocks[2].inlines[0], Inline::Strong("Be brief.".into()));
///
/// assert_eq!(doc.footnotes[0].block_id, "demo-minsk-is-the-capital-it");
/// assert_eq!(doc.footnotes[0].sentence, "Minsk is the capital.");
/// assert_eq!(doc.footnotes[0].text, None);
/// ```
pub fn parse_document(source: &str) -> Result<Document, ContentError> {
    parse::document(source)
}
