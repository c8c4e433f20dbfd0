//! The links an export writes, made with `reader_route` under the reader's address: a
//! passage's (the Web Annotation target's `source`) and a quote's (opens the reader at the
//! words, as issue 19's quote links do).

use reader_route::Route;

use crate::Annotation;

/// `base` without its fragment.
fn page(base: &str) -> &str {
    base.split('#').next().unwrap_or_default()
}

/// The link to passage `passage` under `base` (the page's address; a fragment is dropped).
pub(crate) fn passage_link(base: &str, passage: &str) -> String {
    page(base).to_string() + &Route::default().permalink(passage).to_fragment()
}

/// The link that opens the reader at `a`'s words.
///
/// ```
/// # let library = reader_content::library().unwrap();
/// # let doc = library.document("heritage").unwrap();
/// # let block = &doc.blocks[2];
/// use reader_notes::{Annotation, AnnotationId, Colour, Place, Timestamp};
/// let id = AnnotationId::parse("0b6e8a2c-1d3f-4a5b-8c7d-9e0f1a2b3c4d").unwrap();
/// let place = Place { document: "heritage", edition: "", passage: &block.id };
/// let now = Timestamp::from_millis(0).unwrap();
/// let a = Annotation::new(id, place, reader_quote::select(&block.text(), 0..7).unwrap(), Colour::Pink, now).unwrap();
/// let link = reader_notes::quote_link("https://example.org/reader/#/?q=oil", &a);
/// assert!(link.starts_with(&format!("https://example.org/reader/#/{}?quote=", block.id)));
/// ```
pub fn quote_link(base: &str, a: &Annotation) -> String {
    page(base).to_string()
        + &Route::default()
            .quote_link(&a.passage, a.quote.clone())
            .to_fragment()
}
