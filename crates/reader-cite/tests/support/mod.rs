//! What the tests cite: the curated works, a passage and a selection of each, and their links.

use reader_cite::{Day, Work};
use reader_model::{Block, Library};
use reader_route::Route;

/// The base the links are made on in tests (a placeholder: the page gives its own address).
pub const BASE: &str = "https://belarus-reader.example/";

/// The access date the tests give.
pub fn today() -> Day {
    Day::parse_iso("2026-12-07").unwrap()
}

pub fn library() -> Library {
    reader_content::library().expect("curated sources parse")
}

/// The work of document `id`.
pub fn work(library: &Library, id: &str) -> Work {
    Work::from_document(library.document(id).unwrap()).unwrap()
}

/// The block of document `doc` whose text starts with `start`.
pub fn block<'a>(library: &'a Library, doc: &str, start: &str) -> &'a Block {
    let d = library.document(doc).unwrap();
    d.blocks
        .iter()
        .find(|b| b.text().starts_with(start))
        .unwrap()
}

/// The character range of `words` in `block`'s text.
pub fn range_of(block: &Block, words: &str) -> std::ops::Range<usize> {
    let text = block.text();
    let at = text[..text.find(words).expect("words in block")]
        .chars()
        .count();
    at..at + words.chars().count()
}

/// The passage's link.
pub fn passage_url(block: &Block) -> String {
    BASE.to_string() + &Route::default().permalink(&block.id).to_fragment()
}

/// The link of the quote of `range` of `block`.
pub fn quote_url(block: &Block, range: std::ops::Range<usize>) -> String {
    let selection = reader_quote::select(&block.text(), range).unwrap();
    BASE.to_string()
        + &Route::default()
            .quote_link(&block.id, selection.quote)
            .to_fragment()
}
