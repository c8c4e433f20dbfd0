//! The documents, the search index and the related-passage alignment, embedded at compile
//! time by `build.rs`.

use std::rc::Rc;

use reader_align::Alignment;
use reader_model::{FormatError, Library};
use reader_search::Index;

static LIBRARY_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/library.bin"));
static INDEX_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.bin"));
static ALIGN_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/align.bin"));
static NAMES_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/names.bin"));

/// Everything the reader reads: the documents and their index.
#[derive(Debug)]
pub struct Data {
    /// The curated documents.
    pub library: Library,
    /// The search index over them.
    pub index: Index,
    /// Related passages between the documents, and footnotes' related passages.
    pub alignment: Alignment,
}

/// Why the embedded data could not be loaded (a broken build, never bad user input).
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError(pub String);

impl Data {
    /// Decodes the embedded documents and index.
    pub fn load() -> Result<Rc<Data>, LoadError> {
        Data::from_bytes(LIBRARY_BYTES, INDEX_BYTES, ALIGN_BYTES)
    }

    /// Decodes documents and index from bytes (tests feed corrupt ones).
    pub fn from_bytes(
        library: &[u8],
        index: &[u8],
        alignment: &[u8],
    ) -> Result<Rc<Data>, LoadError> {
        let library = Library::from_bytes(library).map_err(failed("document model"))?;
        let index = Index::from_bytes(index).map_err(failed("search index"))?;
        let alignment = reader_align::decode(alignment).map_err(failed("alignment"))?;
        Ok(Rc::new(Data {
            library,
            index,
            alignment,
        }))
    }
}

/// The index of names (people, organisations, places of both documents), decoded on demand:
/// only a view of the index needs it, so a page that never shows one neither decodes it nor,
/// when no view calls this, carries its bytes.
pub fn names() -> Result<reader_names::NameIndex, LoadError> {
    reader_names::decode(NAMES_BYTES).map_err(failed("index of names"))
}

/// The load error of one payload: which one, and what was wrong with its bytes.
fn failed(payload: &'static str) -> impl FnOnce(FormatError) -> LoadError {
    move |e| LoadError(format!("{payload}: {e}"))
}

impl PartialEq for Data {
    /// Data is loaded once; two handles are equal when they are the same load.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_index_of_names_decodes() {
        let names = super::names().expect("names.bin decodes");
        let lukashenka = names.get("lukashenka").expect("an entry for Lukashenka");
        assert!(lukashenka.spellings.iter().any(|s| s == "Lukashenko"));
    }
}
