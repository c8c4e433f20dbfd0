//! Shared by the timeline's tests: the library, its timeline, and finding an event by its text.

use reader_model::Library;
use reader_timeline::{Event, Timeline};

/// The curated library and its reviewed timeline.
pub fn timeline() -> (Library, Timeline) {
    let lib = reader_content::library().expect("curated content parses");
    let tl = reader_timeline::timeline(&lib).expect("timeline builds");
    (lib, tl)
}

/// The text of a range of an event's block.
pub fn text_of(lib: &Library, block: &str, range: &std::ops::Range<u32>) -> String {
    let (doc, i) = lib.find_block(block).expect("event block exists");
    let text = doc.blocks[i].plain_text();
    text.get(range.start as usize..range.end as usize)
        .expect("range inside the block text")
        .to_string()
}

/// The one event of `doc` whose span contains `snippet` and whose date expression is `mention`
/// (`None`: an undated statement dated from its context). Not every test file uses it.
#[allow(dead_code)]
pub fn find<'a>(
    lib: &Library,
    tl: &'a Timeline,
    doc: &str,
    snippet: &str,
    mention: Option<&str>,
) -> &'a Event {
    let found: Vec<&Event> = tl
        .events
        .iter()
        .filter(|e| e.doc == doc && text_of(lib, &e.block, &e.span).contains(snippet))
        .filter(|e| {
            e.mention
                .as_ref()
                .map(|m| text_of(lib, &e.block, m))
                .as_deref()
                == mention
        })
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one {doc} event with {snippet:?} dated by {mention:?}, found {}",
        found.len()
    );
    found[0]
}
