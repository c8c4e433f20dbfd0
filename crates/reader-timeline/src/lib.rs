//! The timeline of both Belarus Reader documents (issue 22).
//!
//! At build time (feature `build`, the default) every date expression of every passage is
//! found ([`extract`]), resolved to a [`Date`] with its precision ([`resolve`]): explicit
//! dates as written, relative and deictic ones ("a year later", "last December", "this past
//! January", "in September") against the dated statement they count from or the document's
//! own (inferred) date, each marked `inferred` with its reasoning. What the rules cannot
//! decide is decided in the reviewed file `content/timeline.txt` ([`review`]). Each
//! [`Event`] is a span of the text (byte range of its passage's plain text), never a
//! paraphrase. The same event told by both documents is joined ([`Join`], computed by
//! shared terms at a compatible date, checked against the review), with the figures each
//! gives paired ([`FigurePair`]: "nine" against "several", "30 … out of 35" against "only
//! five") and their [`Agreement`]. [`encode`] writes it on `reader-format`; the app only
//! calls [`decode`].
//!
//! ```
//! # #[cfg(feature = "build")] {
//! let library = reader_content::library().unwrap();
//! let timeline = reader_timeline::timeline(&library).unwrap();
//! let first = &timeline.events[0];
//! assert_eq!((first.doc.as_str(), first.date.to_string()), ("heritage", "1991".to_string()));
//! let back = reader_timeline::decode(&reader_timeline::encode(&timeline)).unwrap();
//! assert_eq!(back, timeline);
//! # }
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

use std::ops::Range;

mod date;
#[cfg(feature = "build")]
mod error;
#[cfg(feature = "build")]
mod events;
#[cfg(feature = "build")]
pub mod extract;
#[cfg(feature = "build")]
pub mod figures;
mod format;
#[cfg(feature = "build")]
mod join;
#[cfg(feature = "build")]
pub mod resolve;
#[cfg(feature = "build")]
pub mod review;

pub use date::{month_name, Date, Precision, MONTHS};
#[cfg(feature = "build")]
pub use error::{Error, Problem};
#[cfg(feature = "build")]
pub use figures::{figures, Figure, Value};
pub use format::{decode, decode_with, encode, encode_with};
/// Why encoded bytes could not be decoded: the error shared by every payload.
pub use reader_format::Error as FormatError;

/// Every event of both documents and the events they share.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    /// In time order (a year before its months), then document and reading order.
    pub events: Vec<Event>,
    /// The same event in both documents, in time order.
    pub joins: Vec<Join>,
}

/// A dated statement: a span of one passage and its date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The document id.
    pub doc: String,
    /// The passage (block id).
    pub block: String,
    /// Byte range of the statement in the passage's plain text (one or more sentences).
    pub span: Range<u32>,
    /// Byte range of the date expression in the same text; `None` when the statement is
    /// undated and the review dates it from its context.
    pub mention: Option<Range<u32>>,
    /// The date, at its precision.
    pub date: Date,
    /// True unless the text states this date in full.
    pub inferred: bool,
    /// Why the date is what it is (empty when stated).
    pub reasoning: String,
}

/// Whether two figures (or two dates) agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Agreement {
    /// The same value.
    Same,
    /// Different words or precision that fit together ("nine" and "several").
    Compatible,
    /// Values that cannot both be right.
    Conflict,
}

/// Two figures of a joined event, one from each document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigurePair {
    /// Byte range of the figure in the first event's passage text.
    pub a: Range<u32>,
    /// Byte range of the figure in the second event's passage text.
    pub b: Range<u32>,
    /// How they compare.
    pub agreement: Agreement,
    /// Why, in words ("35 − 30 = 5").
    pub reason: String,
}

/// The same event told by both documents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Join {
    /// Index in [`Timeline::events`] of the first document's event.
    pub a: u32,
    /// Index of the second document's event.
    pub b: u32,
    /// How their dates compare, and why.
    pub dates: (Agreement, String),
    /// Their figures, paired.
    pub figures: Vec<FigurePair>,
}

/// The timeline of the library under the embedded review (`content/timeline.txt`).
#[cfg(feature = "build")]
pub fn timeline(library: &reader_model::Library) -> Result<Timeline, Error> {
    timeline_with(library, review::EMBEDDED)
}

/// The timeline under another review (`""`: the rules alone).
#[cfg(feature = "build")]
pub fn timeline_with(
    library: &reader_model::Library,
    review_text: &str,
) -> Result<Timeline, Error> {
    let review = review::parse(review_text)?;
    let events = events::events(library, &review)?;
    let joins = join::joins(library, &events);
    Ok(Timeline { events, joins })
}

/// The joins the review lists, as pairs of event indices (checked against the computed ones
/// by the tests).
#[cfg(feature = "build")]
pub fn reviewed_joins(
    library: &reader_model::Library,
    timeline: &Timeline,
) -> Result<Vec<(u32, u32)>, Error> {
    join::reviewed(library, &timeline.events, &review::parse(review::EMBEDDED)?)
}

/// The plain text of an event's passage (build time and tests).
#[cfg(feature = "build")]
pub fn passage_text(library: &reader_model::Library, block: &str) -> String {
    library
        .find_block(block)
        .map(|(d, i)| d.blocks[i].plain_text())
        .unwrap_or_default()
}
