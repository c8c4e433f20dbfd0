//! Export as JSON: a W3C Web Annotation collection (Web Annotation Data Model §5, JSON-LD):
//! an `AnnotationCollection` whose `first` page, an `AnnotationPage` written inside it, holds
//! every annotation shown (tombstones are left out) as `items`, in the order given.
//!
//! The `@context` is the Web Annotation context and three terms of the reader's own for
//! the target (`document`, `passage`, `edition`, under `urn:belarus-reader:`), so other tools
//! read the standard parts and a reader can import the file back exactly. The collection is
//! named after the time of the export.

use crate::w3c;
use crate::write::Writer;
use crate::{Annotation, Timestamp};

/// The Web Annotation JSON-LD context.
pub const ANNO_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The context's own terms (JSON).
const OWN_TERMS: &str = r#"{"document": "urn:belarus-reader:document", "passage": "urn:belarus-reader:passage", "edition": "urn:belarus-reader:edition"}"#;

/// What every export needs from the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportContext<'a> {
    /// The reader's address without its fragment (`location.href` before `#`): the links to
    /// passages and quotes start with it.
    pub base: &'a str,
    /// The time of the export (also the access date of Markdown's citations).
    pub now: Timestamp,
}

/// The JSON export of `annotations` (deleted ones are left out).
pub fn export_json(annotations: &[&Annotation], ctx: &ExportContext) -> String {
    let live: Vec<&&Annotation> = annotations.iter().filter(|a| a.is_live()).collect();
    let id = format!("urn:belarus-reader:export:{}", ctx.now.to_iso());
    let mut w = Writer::new(true);
    w.open('{');
    w.key("@context");
    w.open('[');
    w.item();
    w.string(ANNO_CONTEXT);
    w.item();
    w.raw(OWN_TERMS);
    w.close(']');
    w.pair("id", &id);
    w.pair("type", "AnnotationCollection");
    w.pair("label", "Belarus Reader: highlights and notes");
    w.key("total");
    w.number(live.len() as u64);
    w.key("first");
    w.open('{');
    w.pair("id", &format!("{id}:page-1"));
    w.pair("type", "AnnotationPage");
    w.key("startIndex");
    w.number(0);
    w.key("items");
    w.open('[');
    for a in live {
        w.item();
        w3c::write(&mut w, a, ctx.base, false);
    }
    w.close(']');
    w.close('}');
    w.close('}');
    w.finish()
}
