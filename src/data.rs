//! The documents, the search index, the related-passage alignment, the index of names and the
//! timeline, embedded at compile time by `build.rs`.

use std::rc::Rc;

use reader_align::Alignment;
use reader_model::{FormatError, Library};
use reader_search::Index;
use reader_timeline::Timeline;

static LIBRARY_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/library.bin"));
static INDEX_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.bin"));
static ALIGN_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/align.bin"));
static NAMES_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/names.bin"));
static TIMELINE_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/timeline.bin"));

/// Everything the reader reads: the documents and their index.
#[derive(Debug)]
pub struct Data {
    /// The curated documents.
    pub library: Library,
    /// The search index over them.
    pub index: Index,
    /// Related passages between the documents, and footnotes' related passages.
    pub alignment: Alignment,
    /// The dated statements of both documents and the events they share.
    pub timeline: Timeline,
}

/// Why the embedded data could not be loaded (a broken build, never bad user input).
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError(pub String);

impl Data {
    /// Decodes the embedded documents and index.
    pub fn load() -> Result<Rc<Data>, LoadError> {
        Data::from_bytes(LIBRARY_BYTES, INDEX_BYTES, ALIGN_BYTES)
    }

    /// Decodes documents and index from bytes (tests feed corrupt ones); the timeline is the
    /// embedded one.
    pub fn from_bytes(
        library: &[u8],
        index: &[u8],
        alignment: &[u8],
    ) -> Result<Rc<Data>, LoadError> {
        let library = Library::from_bytes(library).map_err(failed("document model"))?;
        let index = Index::from_bytes(index).map_err(failed("search index"))?;
        let ids = library.ids();
        let alignment = reader_align::decode_with(alignment, &ids).map_err(failed("alignment"))?;
        let timeline =
            reader_timeline::decode_with(TIMELINE_BYTES, &ids).map_err(failed("timeline"))?;
        Ok(Rc::new(Data {
            library,
            index,
            alignment,
            timeline,
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
    use super::Data;

    #[test]
    fn the_embedded_index_of_names_decodes() {
        let names = super::names().expect("names.bin decodes");
        let lukashenka = names.get("lukashenka").expect("an entry for Lukashenka");
        assert!(lukashenka.spellings.iter().any(|s| s == "Lukashenko"));
    }

    /// The embedded timeline fits the embedded documents: every event's passage exists and
    /// every range (statement, date expression, figure) is text of that passage.
    #[test]
    fn the_embedded_timeline_points_into_the_embedded_documents() {
        let data = Data::load().expect("embedded data loads");
        let tl = &data.timeline;
        assert!(tl.events.len() >= 40 && !tl.joins.is_empty());
        let text = |block: &str, r: &std::ops::Range<u32>| {
            let (doc, i) = data
                .library
                .find_block(block)
                .expect("event passage exists");
            let t = doc.blocks[i].plain_text();
            t.get(r.start as usize..r.end as usize).map(str::to_string)
        };
        for e in &tl.events {
            assert!(
                text(&e.block, &e.span).is_some_and(|s| !s.is_empty()),
                "{}",
                e.block
            );
            if let Some(m) = &e.mention {
                assert!(text(&e.block, m).is_some(), "{}", e.block);
            }
        }
        for j in &tl.joins {
            let (a, b) = (&tl.events[j.a as usize], &tl.events[j.b as usize]);
            for f in &j.figures {
                assert!(text(&a.block, &f.a).is_some() && text(&b.block, &f.b).is_some());
            }
        }
    }
}
