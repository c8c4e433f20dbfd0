//! Highlights and notes in Belarus Reader, without the browser: the annotation model, finding
//! annotations again in a changed edition, the store's schema and merge, the exports and the
//! import. The app keeps the records in IndexedDB and shows them; everything it decides about
//! them is here, tested on the host.
//!
//! # The model
//!
//! An [`Annotation`] is a highlight of a run of words of one passage, in a [`Colour`], with an
//! optional note (plain text, line breaks kept). It is stored as a W3C Web Annotation: its id
//! a UUID ([`AnnotationId`]), its target the document, the document's edition
//! ([`edition_of`]), the passage, and the words as a `TextQuoteSelector` with a
//! `TextPositionSelector` (both from `reader_quote::select`; offsets count characters).
//! `created` and `modified` are [`Timestamp`]s. Every field is checked when an annotation is
//! made, loaded or imported ([`FieldError`] says which field and why; the limits are the
//! `MAX_*` constants).
//!
//! # Finding the words again
//!
//! [`place`] finds an annotation's words in the edition on screen by the words themselves
//! (`reader_quote::anchor`): where they were, moved within their passage or to another one,
//! or the closest words when a few changed; otherwise the annotation "could not be placed"
//! ([`Placement::Unplaced`]) and is still kept and listed. [`reanchored`] saves it against the
//! new edition when its words were found as they were.
//!
//! # Storing and merging
//!
//! The store holds one record per annotation ([`encode_record`], [`decode_record`]) under a
//! schema version ([`SCHEMA_VERSION`]; older records go through the migrations, newer ones
//! are refused and left alone). [`Notes`] is the store's contents in memory: every change,
//! from this tab, another tab or an import, goes through [`Notes::merge`], where the copy
//! with the newer `modified` wins, per annotation ([`wins`]). A delete leaves a tombstone, so
//! an older copy cannot bring a deleted highlight back.
//!
//! # Export and import
//!
//! [`export_json`] writes a Web Annotation collection (JSON-LD), [`export_markdown`] one
//! document's highlights with their notes, citations (`reader_cite`) and quote links
//! (`reader_route`), [`export_csv`] a spreadsheet-safe table. [`import`] reads a JSON export
//! (at most [`MAX_IMPORT_BYTES`]) with a strict JSON reader, checks each annotation and merges
//! it into a copy: an [`ImportError`] for a file it refuses, otherwise the changes to save and
//! a [`Summary`] (added, updated, skipped with reasons). It never panics (property-tested).
//!
//! ```
//! use reader_notes::*;
//!
//! let library = reader_content::library().unwrap();
//! let doc = library.document("rferl").unwrap();
//! let block = &doc.blocks[2];
//! let edition = edition_of(doc);
//! let text = block.text();
//! let at = text.find("exchange ambassadors").unwrap();
//! let at = text[..at].chars().count();
//! let selection = reader_quote::select(&text, at..at + 20).unwrap();
//!
//! let id = AnnotationId::parse("0b6e8a2c-1d3f-4a5b-8c7d-9e0f1a2b3c4d").unwrap();
//! let passage = Place { document: "rferl", edition: &edition, passage: &block.id };
//! let now = Timestamp::parse_iso("2026-12-07T16:45:00Z").unwrap();
//! let mut a = Annotation::new(id, passage, selection, Colour::Yellow, now).unwrap();
//! a.set_note("Ambassadors again: when?", now).unwrap();
//!
//! let mut notes = Notes::new();
//! assert_eq!(notes.merge(a.clone()), Merge::Added);
//! assert!(matches!(place(&a, doc, &edition), Placement::Exact { .. }));
//!
//! // Export, then import into an empty reader: the same annotation.
//! let ctx = ExportContext { base: "https://example.org/reader/", now };
//! let json = export_json(&notes.in_document_order(&library), &ctx);
//! let imported = import(json.as_bytes(), &Notes::new(), &library).unwrap();
//! assert_eq!(imported.summary.describe(), "Imported 1 (1 new, 0 updated).");
//! assert_eq!(imported.changes, vec![a]);
//! ```

#![forbid(unsafe_code)]

mod annotation;
mod colour;
mod csv;
mod edition;
mod export;
mod id;
mod import;
mod json;
mod link;
mod markdown;
mod merge;
mod place;
mod schema;
mod store;
mod time;
mod validate;
mod w3c;
mod write;

pub use annotation::{Annotation, Place};
pub use colour::Colour;
pub use csv::{csv_field, export_csv};
pub use edition::edition_of;
pub use export::{export_json, ExportContext, ANNO_CONTEXT};
pub use id::AnnotationId;
pub use import::{import, Import, ImportError, SkipReason, Skipped, Summary, MAX_IMPORT_BYTES};
pub use json::{SyntaxError, MAX_DEPTH};
pub use link::quote_link;
pub use markdown::{escape_markdown, export_markdown};
pub use merge::{wins, Merge};
pub use place::{place, reanchored, Placement};
pub use schema::{decode_record, encode_record, RecordError, SCHEMA_VERSION};
pub use store::{Loaded, Notes};
pub use time::Timestamp;
pub use validate::{
    FieldError, Problem, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_OFFSET, MAX_QUOTE_CHARS,
};
