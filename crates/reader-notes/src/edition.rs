//! Which edition of a document an annotation was made in: a fingerprint of the document's
//! passages (their ids and plain text), so any change to the text gives a new edition and the
//! page knows to re-anchor (see `place`). The curated editions carry no edition number of
//! their own; the fingerprint is computed from what the page shows.

use reader_model::Document;

/// The edition of `doc`: "c" and the CRC-32C of its passages' ids and texts, in hex.
///
/// ```
/// let library = reader_content::library().unwrap();
/// let doc = library.document("rferl").unwrap();
/// let edition = reader_notes::edition_of(doc);
/// assert_eq!(edition.len(), 9);
/// let mut changed = doc.clone();
/// changed.blocks[3].inlines = vec![reader_model::Inline::Text("Corrected.".into())];
/// assert_ne!(reader_notes::edition_of(&changed), edition);
/// ```
pub fn edition_of(doc: &Document) -> String {
    let mut bytes = Vec::new();
    for block in &doc.blocks {
        bytes.extend_from_slice(block.id.as_bytes());
        bytes.push(0);
        bytes.extend_from_slice(block.text().as_bytes());
        bytes.push(0);
    }
    format!("c{:08x}", reader_format::checksum::crc32c(&bytes))
}
