//! What the tests annotate: the curated documents, highlights made on them as the page makes
//! them, and fixed times and ids.

#![allow(dead_code)] // Each test file uses its own part of this.

use reader_model::{Block, Document, Library};
use reader_notes::{edition_of, Annotation, AnnotationId, Colour, ExportContext, Place, Timestamp};

/// The base the links are made on in tests (the page gives its own address).
pub const BASE: &str = "https://belarus-reader.example/reader/";

pub fn library() -> Library {
    reader_content::library().expect("curated sources parse")
}

/// 2026-12-07T16:45:00Z plus `minutes`.
pub fn at(minutes: u64) -> Timestamp {
    Timestamp::from_millis(1_796_661_900_000 + minutes * 60_000).unwrap()
}

/// The export context of the tests: [`BASE`], exported at `at(60)`.
pub fn ctx() -> ExportContext<'static> {
    ExportContext {
        base: BASE,
        now: at(60),
    }
}

/// The id numbered `n`: `00000000-0000-4000-8000-00000000000n` (hex).
pub fn id(n: u32) -> AnnotationId {
    AnnotationId::parse(&format!("00000000-0000-4000-8000-{n:012x}")).unwrap()
}

/// The block of `doc` whose text contains `words`.
pub fn block_with<'a>(doc: &'a Document, words: &str) -> &'a Block {
    doc.blocks
        .iter()
        .find(|b| b.text().contains(words))
        .unwrap_or_else(|| panic!("no passage has {words:?}"))
}

/// The character range of `words` in `block`'s text.
pub fn range_of(block: &Block, words: &str) -> std::ops::Range<usize> {
    let text = block.text();
    let at = text[..text.find(words).expect("words in block")]
        .chars()
        .count();
    at..at + words.chars().count()
}

/// A highlight of `words` in document `doc_id` of `library`, numbered `n`, made at `at(n)`.
pub fn highlight(library: &Library, doc_id: &str, words: &str, n: u32) -> Annotation {
    let doc = library.document(doc_id).unwrap();
    let block = block_with(doc, words);
    let selection = reader_quote::select(&block.text(), range_of(block, words)).unwrap();
    let edition = edition_of(doc);
    let place = Place {
        document: doc_id,
        edition: &edition,
        passage: &block.id,
    };
    Annotation::new(id(n), place, selection, Colour::Yellow, at(n.into())).unwrap()
}

/// `doc` with the text of the passage holding `words` replaced by `text`.
pub fn edited(doc: &Document, words: &str, text: &str) -> Document {
    let mut changed = doc.clone();
    let i = changed
        .blocks
        .iter()
        .position(|b| b.text().contains(words))
        .unwrap();
    changed.blocks[i].inlines = vec![reader_model::Inline::Text(text.to_string())];
    changed
}
